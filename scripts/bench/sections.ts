/** Every benchmark section run by `npm run bench`. */
import { benchCalendar } from './calendar.js';
import { benchDecisions } from './decisions.js';
import { benchCensus } from './census.js';
import { benchResultSizes } from './result-sizes.js';
export const benchSections: (() => void | Promise<void>)[] = [benchDecisions, benchResultSizes, benchCalendar, benchCensus];
