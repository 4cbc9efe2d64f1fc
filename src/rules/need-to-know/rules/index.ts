/** Every Need to Know rule, in the order of the guidance's lists. */
import type { RuleModule } from '../../engine/rule-module.js';
import { lookedAfterDeath } from './looked-after-death.js';
import { lookedAfterSeriousInjuryOrAccident } from './looked-after-serious-injury-or-accident.js';
import { lookedAfterMissing } from './looked-after-missing.js';
import { lookedAfterSignificantRisk } from './looked-after-significant-risk.js';
import { lookedAfterAllegationAgainstTrustedAdult } from './looked-after-allegation-against-trusted-adult.js';
import { lookedAfterArrestOrConviction } from './looked-after-arrest-or-conviction.js';
import { lookedAfterViolentIncident } from './looked-after-violent-incident.js';
import { lookedAfterSeriousImplicationsForStaff } from './looked-after-serious-implications-for-staff.js';
import { lookedAfterSexualExploitationInvestigation } from './looked-after-sexual-exploitation-investigation.js';
import { lookedAfterMentalHealthAdmission } from './looked-after-mental-health-admission.js';
import { lookedAfterRemandOrCustody } from './looked-after-remand-or-custody.js';
import { lookedAfterSuicideAttemptOrSeriousSelfHarm } from './looked-after-suicide-attempt-or-serious-self-harm.js';
import { lookedAfterSeriousOrCommunicableDisease } from './looked-after-serious-or-communicable-disease.js';
import { lookedAfterResidentialHomeClosureOrIncident } from './looked-after-residential-home-closure-or-incident.js';
import { staffAndCarersLadoRecommends } from './staff-and-carers-lado-recommends.js';
import { staffAndCarersStaffAccidentAtWork } from './staff-and-carers-staff-accident-at-work.js';
import { staffAndCarersCarerAccidentOrInjury } from './staff-and-carers-carer-accident-or-injury.js';
import { staffAndCarersViolence } from './staff-and-carers-violence.js';
import { staffAndCarersDisciplinary } from './staff-and-carers-disciplinary.js';
import { staffAndCarersDeathOrSeriousInjury } from './staff-and-carers-death-or-serious-injury.js';
import { staffAndCarersCriminalAllegation } from './staff-and-carers-criminal-allegation.js';
import { cinCpMissingFromHome } from './cin-cp-missing-from-home.js';
import { cinCpDeathOrSeriousInjury } from './cin-cp-death-or-serious-injury.js';
import { cinCpUnusualDeathOrSeriousInjury } from './cin-cp-unusual-death-or-serious-injury.js';
import { cinCpUnbornParentsWhereaboutsUnknown } from './cin-cp-unborn-parents-whereabouts-unknown.js';
import { cinCpRiskyBehaviours } from './cin-cp-risky-behaviours.js';
import { positionOfTrustSignificantHarm } from './position-of-trust-significant-harm.js';
import { positionOfTrustDirectorateStaff } from './position-of-trust-directorate-staff.js';
import { positionOfTrustWiderInterest } from './position-of-trust-wider-interest.js';
import { financialAndComplaintsHighFinancialOrPolicyImplications } from './financial-and-complaints-high-financial-or-policy-implications.js';
import { financialAndComplaintsFraudOrCorruptionInvestigation } from './financial-and-complaints-fraud-or-corruption-investigation.js';
import { financialAndComplaintsSignificantComplaint } from './financial-and-complaints-significant-complaint.js';
import { financialAndComplaintsComplaintToElectedMembers } from './financial-and-complaints-complaint-to-elected-members.js';
import { mediaCoverageOfChild } from './media-coverage-of-child.js';
import { mediaImpactOnCouncil } from './media-impact-on-council.js';
import { mediaPublicDebateOrAnxiety } from './media-public-debate-or-anxiety.js';
import { mediaLikelyMediaInterest } from './media-likely-media-interest.js';
import { mediaAttentionOfMembersOrMps } from './media-attention-of-members-or-mps.js';
import { premisesSeriousDamage } from './premises-serious-damage.js';
import { premisesVandalismOrBurglary } from './premises-vandalism-or-burglary.js';
import { premisesArson } from './premises-arson.js';
import { legalLikelyPublicInterest } from './legal-likely-public-interest.js';
import { legalInquest } from './legal-inquest.js';
import { legalLitigationWithPublicBodies } from './legal-litigation-with-public-bodies.js';
import { legalSensitiveProceedings } from './legal-sensitive-proceedings.js';
import { legalProsecutionByOrAgainstCouncil } from './legal-prosecution-by-or-against-council.js';
import { deepFreeze } from '../../deep-freeze.js';
import { communityMemberRisk } from './community-member-risk.js';
import { processClosed, processCloseWhenResolved, processKeepUpdated, processWeeklyUpdate } from './process.js';
import { warningLookedAfterAndCareLeaver } from './warning-looked-after-and-care-leaver.js';

// Deeply frozen: the modules are public (through `rules`) and shared by every decision.
/** The circumstances of the guidance, in the order of its lists. */
export const needToKnowCircumstanceRules: readonly RuleModule[] = deepFreeze([
  lookedAfterDeath,
  lookedAfterSeriousInjuryOrAccident,
  lookedAfterMissing,
  lookedAfterSignificantRisk,
  lookedAfterAllegationAgainstTrustedAdult,
  lookedAfterArrestOrConviction,
  lookedAfterViolentIncident,
  lookedAfterSeriousImplicationsForStaff,
  lookedAfterSexualExploitationInvestigation,
  lookedAfterMentalHealthAdmission,
  lookedAfterRemandOrCustody,
  lookedAfterSuicideAttemptOrSeriousSelfHarm,
  lookedAfterSeriousOrCommunicableDisease,
  lookedAfterResidentialHomeClosureOrIncident,
  staffAndCarersLadoRecommends,
  staffAndCarersStaffAccidentAtWork,
  staffAndCarersCarerAccidentOrInjury,
  staffAndCarersViolence,
  staffAndCarersDisciplinary,
  staffAndCarersDeathOrSeriousInjury,
  staffAndCarersCriminalAllegation,
  cinCpMissingFromHome,
  cinCpDeathOrSeriousInjury,
  cinCpUnusualDeathOrSeriousInjury,
  cinCpUnbornParentsWhereaboutsUnknown,
  cinCpRiskyBehaviours,
  positionOfTrustSignificantHarm,
  positionOfTrustDirectorateStaff,
  positionOfTrustWiderInterest,
  financialAndComplaintsHighFinancialOrPolicyImplications,
  financialAndComplaintsFraudOrCorruptionInvestigation,
  financialAndComplaintsSignificantComplaint,
  financialAndComplaintsComplaintToElectedMembers,
  mediaCoverageOfChild,
  mediaImpactOnCouncil,
  mediaPublicDebateOrAnxiety,
  mediaLikelyMediaInterest,
  mediaAttentionOfMembersOrMps,
  premisesSeriousDamage,
  premisesVandalismOrBurglary,
  premisesArson,
  legalLikelyPublicInterest,
  legalInquest,
  legalLitigationWithPublicBodies,
  legalSensitiveProceedings,
  legalProsecutionByOrAgainstCouncil,
  communityMemberRisk,
]);

/** The rules of a notification already sent: closed, closed when resolved, kept open and updated, and its weekly update. */
export const needToKnowProcessRules: readonly RuleModule[] = deepFreeze([processClosed, processCloseWhenResolved, processKeepUpdated, processWeeklyUpdate]);

/** Rules that warn about answers that contradict each other (they conclude nothing). */
export const needToKnowWarningRules: readonly RuleModule[] = deepFreeze([warningLookedAfterAndCareLeaver]);

/** Every Need to Know rule: the circumstances, the process of a notification already sent, and the warnings. */
export const needToKnowRules: readonly RuleModule[] = deepFreeze([...needToKnowCircumstanceRules, ...needToKnowProcessRules, ...needToKnowWarningRules]);
