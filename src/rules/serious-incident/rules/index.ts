/** Every serious incident rule, in the order the docs list them. */
import type { RuleModule } from '../../engine/rule-module.js';
import { s16cCriteria } from './s16c-criteria.js';
import { childNotYetIdentified } from './child-not-yet-identified.js';
import { careLeaverUnder18AbuseOrNeglect } from './care-leaver-under-18-abuse-or-neglect.js';
import { adultHarmedInChildhood } from './adult-harmed-in-childhood.js';
import { lookedAfterChildDeath } from './looked-after-child-death.js';
import { careLeaverDeath } from './care-leaver-death.js';
import { notificationTypeDeath, notificationTypeOther, notificationTypeSeriousHarm } from './notification-type.js';
import { deepFreeze } from '../../deep-freeze.js';

// Deeply frozen: the modules are public (through `rules`) and shared by every decision.
export const ruleModules: readonly RuleModule[] = deepFreeze([
  s16cCriteria,
  childNotYetIdentified,
  careLeaverUnder18AbuseOrNeglect,
  adultHarmedInChildhood,
  lookedAfterChildDeath,
  careLeaverDeath,
  notificationTypeDeath,
  notificationTypeSeriousHarm,
  notificationTypeOther,
]);
