/** Each decision's outcome as a sentence a practitioner reads. */
const WORDS: Record<string, Record<string, string>> = {
  'need-level': {
    universal: 'Universal: the child’s needs can be met by the services every child uses.',
    additional: 'Additional: the child needs extra support from the people who already work with them.',
    intensive: 'Intensive: the child and family need co-ordinated, multi-agency support.',
    specialist: 'Specialist: the child needs statutory or specialist services.',
    adult: 'An adult (18 or over): not a children’s safeguarding decision. The adult door is named below.',
    'insufficient-information': 'Not decided yet: an answer still to be given could change the level of need, the route or whether consent is needed. Consult the MASH if unsure.',
  },
  'need-to-know': {
    'notification-required': 'A Need to Know notification is advised. The Service Manager decides whether to send it.',
    'not-required': 'No circumstance of the Need to Know guidance applies on these answers.',
    'insufficient-information': 'Not decided yet: some answers still to be given could mean a notification is needed.',
  },
  'national-alert': {
    'issue-alert': 'A national child protection alert should be issued.',
    'not-yet': 'A notification threshold is not met yet, so no alert can be issued now, whoever the child is.',
    'not-eligible': 'A national child protection alert is not available for this child.',
    'keep-alert': 'The alert already issued stays current: re-issue it every six months while the child is missing.',
    'end-alert': 'The alert already issued ends: send a national "found" notification.',
    'insufficient-information': 'Not decided yet: some answers still to be given decide whether an alert should be issued.',
  },
  'serious-incident': {
    'notify-panel': 'The Child Safeguarding Practice Review Panel must be notified of a serious incident.',
    'consult-panel': 'The safeguarding partners should consult the Panel about this case.',
    'notify-secretary-of-state-and-ofsted': 'The Secretary of State and Ofsted must be notified of the death.',
    'not-required': 'No serious incident notification is required on these answers.',
    'insufficient-information': 'Not decided yet: some answers still to be given decide whether a notification is required.',
  },
};

export function outcomeInWords(decision: string, outcome: string): string {
  return WORDS[decision]?.[outcome] ?? outcome.replace(/-/g, ' ');
}
