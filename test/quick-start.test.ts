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
    });
    expect(incident.outcome).toBe('notify-panel');
    expect(incident.deadlines[0]).toMatchObject({
      id: 'serious-incident.notify-panel',
      due: '2026-12-29',
      provisional: false,
      citation: { document: 'working-together-2026', section: 'Chapter 5, para 372', page: 140 },
    });
    expect(incident.missingFacts).toEqual([]);
    expect(incident.furtherQuestions[0]).toMatchObject({ fact: 'careLeaver', question: 'Is the young person a care leaver?' });
    expect(incident.counterfactuals[0]).toEqual({ fact: 'abuseOrNeglectKnownOrSuspected', actual: true, alternative: false, outcome: 'insufficient-information' });
    expect(incident.reasons.length).toBeGreaterThan(0);
  });

  it('classifies the need example', () => {
    const need = classifyNeed({
      indicators: ['need-level.intensive.health.self-harm', 'need-level.intensive.health.emerging-mental-health-issues'],
      significantHarmSuspected: false,
      immediateRiskOfSignificantHarm: false,
      childInNeed: false,
    });
    expect(need.outcome).toBe('intensive');
    expect(need.route.form).toBe('Luton referral form, with the consent section signed by the parents');
    expect(need.workingTogetherCategory.id).toBe('family-help');
    expect(need.interpretations.map((i) => i.id)).toEqual(['need-level.interpretation.intensive-threshold-two']);
  });

  it('runs the statutoryTimeline example of "The decisions"', () => {
    const { deadlines } = statutoryTimeline({
      asOf: '2027-01-20',
      events: [
        { type: 'referral-received', date: '2026-12-10' },
        { type: 'strategy-discussion-s47-initiated', date: '2026-12-14' },
        { type: 'initial-conference-held', date: '2027-01-06' },
      ],
    });
    const byId = (id: string) => deadlines.find((d) => d.id === id) as Record<string, unknown> | undefined;
    expect(byId('child-protection.initial-conference')).toMatchObject({ due: '2027-01-07', status: 'met' });
    expect(byId('child-protection.first-core-group')).toMatchObject({ due: '2027-01-20', status: 'due' });
    expect(byId('child-protection.first-review-conference')).toMatchObject({ due: '2027-04-06' });
  });
});
