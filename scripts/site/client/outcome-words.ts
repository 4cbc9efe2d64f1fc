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
    'keep-notification': 'The notification already sent stays open: update it when things change, every week while the child is missing, until the Service Manager considers the situation resolved.',
    'close-notification': 'The Service Manager considers the situation resolved: finalise page 2 of the notification and send it to the inbox and the Service Director.',
    'notification-closed': 'The notification has been finalised and closed; it is not completed again.',
    'insufficient-information': 'Not decided yet: some answers still to be given could mean a notification is needed.',
  },
  'national-alert': {
    'issue-alert': 'A national child protection alert should be issued.',
    'not-yet': 'A notification threshold is not met yet, so no alert can be issued now, whoever the child is.',
    'not-really-missing': 'The family is not really missing (not missing, or known to be in a particular locality): that does not constitute a national alert.',
    'not-eligible': 'A national child protection alert is not available for this child.',
    'keep-alert': 'The alert already issued stays current: re-issue it every six months, through the sign-off chain, while the child is not located.',
    'end-alert': 'The child has been located: send a national "found" notification to end the alert.',
    'withdraw-alert': 'The alert should not be re-issued, and the child has not been located: no "found" notification; the Service Manager decides how it is withdrawn.',
    'alert-ended': 'The "found" notification has been sent: the alert has ended.',
    'insufficient-information': 'Not decided yet: some answers still to be given decide whether an alert should be issued.',
  },
  'serious-incident': {
    'notify-panel': 'The Child Safeguarding Practice Review Panel must be notified of a serious incident.',
    'consult-panel': 'The safeguarding partners should consult the Panel about this case.',
    'notify-secretary-of-state-and-ofsted': 'The Secretary of State and Ofsted are to be notified of the death: a must for a looked after child, a should for a care leaver.',
    'not-required': 'No serious incident notification is required on these answers.',
    'insufficient-information': 'Not decided yet: some answers still to be given decide whether a notification is required.',
  },
};

export function outcomeInWords(decision: string, outcome: string): string {
  return WORDS[decision]?.[outcome] ?? outcome.replace(/-/g, ' ');
}
