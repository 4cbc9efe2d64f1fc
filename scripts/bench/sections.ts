/** Every benchmark section run by `npm run bench`. */
import { benchClassifyNeed } from './classify-need.js';
import { benchCalendar } from './calendar.js';
export const benchSections: (() => void | Promise<void>)[] = [benchClassifyNeed, benchCalendar];
