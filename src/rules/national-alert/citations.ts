/**
 * Where the national child protection alert rules come from: the sections of
 * Luton's procedure for issuing national alerts (in the same document as the
 * Need to Know guidance), as headed and numbered in the source. The source
 * prints no page numbers.
 */
import type { Citation } from '../../schemas/citation.js';
import { deepFreeze } from '../deep-freeze.js';

const doc = 'luton-need-to-know';

export const alerts = deepFreeze({
  basicPrinciples: { document: doc, section: 'Issuing National Child Protection Alerts: Basic Principles' },
  issueStep1: { document: doc, section: 'The Process to Follow to Issue a National Alert, step 1' },
  issueStep2: { document: doc, section: 'The Process to Follow to Issue a National Alert, step 2' },
  issueStep3: { document: doc, section: 'The Process to Follow to Issue a National Alert, step 3' },
  issueStep4: { document: doc, section: 'The Process to Follow to Issue a National Alert, step 4' },
  issueStep5: { document: doc, section: 'The Process to Follow to Issue a National Alert, step 5' },
  endStep1: { document: doc, section: 'The Process to Follow to End a National Alert, step 1' },
  endStep2: { document: doc, section: 'The Process to Follow to End a National Alert, step 2' },
  threshold1: { document: doc, section: 'Notification Thresholds, 1 (Are the family really missing?)' },
  threshold2: { document: doc, section: 'Notification Thresholds, 2 (How do you know that the child/family is missing, and for how long?)' },
  exceptional: { document: doc, section: 'Exceptional Alerts' },
  exceptional1: { document: doc, section: 'Exceptional Alerts, 1' },
  exceptional2: { document: doc, section: 'Exceptional Alerts, 2' },
  exceptional3: { document: doc, section: 'Exceptional Alerts, 3' },
} as const satisfies Record<string, Citation>);
