/** Every generator of docs/ files; add a section here when an area gains docs. */
import type { DocSection } from './doc-file.js';
import { needIndicatorDocs } from './need-indicators.js';
import { rulesDocs } from './rules.js';
import { calendarDocs } from './calendar.js';
import { timescalesDocs } from './timescales.js';
import { timelineHistoriesDocs } from './timeline-histories.js';
import { testingDocs } from './testing.js';
import { inputLimitsDocs } from './input-limits.js';
import { otherLanguagesDocs } from './other-languages.js';
import { censusDocs } from './census.js';

export const docSections: DocSection[] = [rulesDocs, needIndicatorDocs, calendarDocs, timescalesDocs, timelineHistoriesDocs, testingDocs, inputLimitsDocs, censusDocs, otherLanguagesDocs];
