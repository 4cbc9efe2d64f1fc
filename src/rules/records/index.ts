/** Decision records: the compact record a case system stores, and the full result rebuilt from it. */
export { toRecord, RECORD_VERSION, type DecisionRecord, type RecordedDeadline } from './decision-record.js';
export { explainRecord, type ExplainRecordOptions } from './explain-record.js';
export type { StoredDecisionName, StoredDecisionResult, StoredDecisionResults } from './rerun.js';
