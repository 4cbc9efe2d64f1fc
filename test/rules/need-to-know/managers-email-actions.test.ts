/**
 * "Management of 'Need to Know' Notification": the Director of Children's
 * Services, the Service Director or any manager who receives a notification
 * emails the actions they require to the Service or Team Manager, who puts
 * the email on the child's record. Every notification circulated carries
 * that step, with the roles the guidance names.
 */
import { describe, expect, it } from 'vitest';
import { assessNeedToKnow } from '../../../src/index.js';

describe('managers\' emailed actions', () => {
  it('is a step of every notification circulated, by the managers who receive it, cited to the management section', () => {
    const result = assessNeedToKnow({ asOf: '2026-12-02', childStatus: ['child-protection-plan'], childDied: false, childSeriousInjuryOrAccident: true });
    expect(result.outcome).toBe('notification-required');
    const step = result.actions.find((a) => a.id === 'need-to-know.action.managers-email-actions')!;
    expect(step.role).toBe('Director of Children’s Services, Service Director, or any manager in receipt of the notification');
    expect(step.citation.section).toBe("Management of 'Need to Know' Notification");
    const none = assessNeedToKnow({ asOf: '2026-12-02', childStatus: ['child-protection-plan'], childDied: false, childSeriousInjuryOrAccident: false });
    expect(none.actions.map((a) => a.id)).not.toContain('need-to-know.action.managers-email-actions');
  });

  it('and a step to consider a strategic response (an Elected Member briefing, a co-ordinated response), with its reading', () => {
    const result = assessNeedToKnow({ asOf: '2026-12-02', childStatus: ['child-protection-plan'], childDied: false, childSeriousInjuryOrAccident: true });
    const step = result.actions.find((a) => a.id === 'need-to-know.action.consider-strategic-response')!;
    expect(step.description).toContain('Elected Member briefing');
    expect(step.role).toBe('The source names no role; Luton practice: Service Manager');
    expect(result.interpretations.map((i) => i.id)).toContain('need-to-know.interpretation.strategic-response-role');
  });
});
