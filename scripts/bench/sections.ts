/** Every benchmark section run by `npm run bench`. */
import { benchClassifyNeed } from './classify-need.js';
export const benchSections: (() => void | Promise<void>)[] = [benchClassifyNeed];
