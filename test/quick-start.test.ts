/** The README's quick start, run as written, so the README cannot drift from behaviour. */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDaysBetween } from '../src/calendar/index.js';
import { assessSeriousIncident, classifyNeed, statutoryTimeline } from '../src/index.js';

describe('README quick start', () => {
  it('computes the calendar examples', () => {
    expect(addWorkingDays('2026-12-18', 5)).toBe('2026-12-29');
    expect(workingDaysBetween('2026-12-18', '2026-12-29')).toBe(5);
  });

  it('decides the serious incident example', () => {
    const incident = assessSeriousIncident({
      childDied: true,
      abuseOrNeglectKnownOrSuspected: true,
      incidentInEngland: true,
      normallyResidentInEngland: true,
      ageInYears: 9,
      awareOn: '2026-12-18',
      asOf: '2026-12-21',
    });
    expect(incident.outcome).toBe('notify-panel');
    expect(incident.deadlines[0]).toMatchObject({
      id: 'serious-incident.notify-panel',
      status: 'due',
      due: '2026-12-29',
      provisional: false,
      citation: { document: 'working-together-2026', section: 'Chapter 5, para 372', page: 140 },
      basis: 'statutory-must',
      workingDaysRemaining: 4,
      explanation:
        'The safeguarding partners became aware of the incident on 18 December 2026. The serious incident notification is not yet recorded; it is due by 29 December 2026 (within 5 working days): 4 working days (8 calendar days) left after 21 December 2026.',
    });
    expect(incident.missingFacts).toEqual([]);
    expect(incident.furtherQuestions[0]).toMatchObject({ fact: 'careLeaver', question: 'Is the young person a care leaver?' });
    expect(incident.counterfactuals[0]).toEqual({ fact: 'abuseOrNeglectKnownOrSuspected', actual: true, alternative: false, outcome: 'insufficient-information' });
    expect(incident.reasons.length).toBeGreaterThan(0);
  });

  it('classifies the need examples', () => {
    const need = classifyNeed({ indicators: ['need-level.specialist.health.non-accidental-injury'], ageInYears: 0 });
    expect(need.outcome).toBe('specialist');
    expect(need.missingFacts).toEqual([]);
    expect(need.workingTogetherCategory.id).toBe('child-protection-section-47');
    expect(need.route.consent).toMatchObject({ situation: 'child-protection', required: false });
    expect(need.interpretations.map((i) => i.id)).toContain('need-level.interpretation.harm-indicator.non-accidental-injury');
    const two = classifyNeed({
      indicators: ['need-level.intensive.health.self-harm', 'need-level.intensive.health.emerging-mental-health-issues'],
      significantHarmSuspected: false,
      immediateRiskOfSignificantHarm: false,
      childInNeed: false,
    });
    expect(two.outcome).toBe('intensive');
    expect(two.route.form).toBe('Luton referral form, with the consent section signed by the parents');
    expect(two.workingTogetherCategory.id).toBe('family-help');
    expect(two.interpretations.map((i) => i.id)).toContain('need-level.interpretation.intensive-threshold-two');
    const disclosure = classifyNeed({
      indicators: ['need-level.specialist.health.child-discloses-abuse'],
      significantHarmSuspected: false,
      immediateRiskOfSignificantHarm: false,
      childInNeed: true,
      lookedAfter: false,
      ageInYears: 8,
    });
    expect(disclosure.workingTogetherCategory.id).toBe('child-in-need-section-17');
    expect(disclosure.route.consent.afterMashConsultation).toBe(true);
    expect(disclosure.warnings[0]!.code).toBe('need-level.warning.risk-indicator-without-harm');
    expect(disclosure.counterfactuals[0]).toMatchObject({ fact: 'significantHarmSuspected', alternative: true, outcome: 'specialist', workingTogetherCategory: 'child-protection-section-47', consentRequired: false });
  });

  it('runs the statutoryTimeline example of "The decisions": an episode each, and a stop', () => {
    const timeline = statutoryTimeline({
      asOf: '2027-02-15',
      events: [
        { type: 'referral-received', date: '2026-11-02', episode: 'referral-1' },
        { type: 'referral-decision-made', date: '2026-11-03', episode: 'referral-1', nextStep: 'no-further-action' },
        { type: 'referral-received', date: '2027-01-04', episode: 'referral-2' },
        { type: 'strategy-discussion-s47-initiated', date: '2027-01-05', episode: 'referral-2' },
        { type: 'child-moved-out-of-area', date: '2027-01-20' },
      ],
    });
    const statuses = timeline.episodes.map((e) => [e.id, e.deadlines.map((d) => [d.id, d.status, d.status === 'not-yet-triggered' ? undefined : d.due])]);
    expect(statuses).toEqual([
      [
        'referral-1',
        [
          ['referral-and-assessment.decide-next-steps', 'met', '2026-11-03'],
          ['referral-and-assessment.assessment-complete', 'not-required', '2027-01-07'],
        ],
      ],
      [
        'referral-2',
        [
          ['referral-and-assessment.decide-next-steps', 'met-inferred', '2027-01-05'],
          ['child-protection.initial-conference', 'stopped', '2027-01-26'],
          ['referral-and-assessment.assessment-complete', 'stopped', '2027-03-08'],
        ],
      ],
    ]);
    const stopped = timeline.episodes[1]!.deadlines[1]!;
    expect(stopped.status === 'stopped' && stopped.stoppedBy).toEqual({ type: 'child-moved-out-of-area', date: '2027-01-20', index: 4 });
    expect(timeline.warnings.map((w) => w.code)).toEqual(['timeline.warning.decision-date-missing']);
    expect(timeline.notStarted.map((p) => p.process)).toEqual([
      'child-protection-plan',
      'transfer-in',
      'lado',
      'serious-incident',
      'lcspr',
      'private-fostering',
      'missing-child',
      'national-alert',
      'coroner',
      'death-registration',
    ]);
    expect(timeline.interpretations.length).toBeGreaterThan(0);
  });
});
