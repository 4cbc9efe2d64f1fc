/** Identifiers read out in plain words on the site. */
import { describe, expect, it } from 'vitest';
import { factsWords, humanise } from '../../scripts/site/words.js';

describe('humanise', () => {
  it('keeps numbers apart from words and names capitalised', () => {
    expect(humanise('missingMoreThan24Hours')).toBe('missing more than 24 hours');
    expect(humanise('incidentInEngland')).toBe('incident in England');
    expect(humanise('ladoRecommendsNeedToKnow')).toBe('LADO recommends need to know');
    expect(humanise('notification-required')).toBe('notification required');
  });

  it('reads an example input as phrases', () => {
    expect(factsWords({ asOf: '2026-03-02', childStatus: ['looked-after'], childDied: true })).toBe('as of: 2026-03-02; child status: looked after; child died: yes');
    expect(factsWords({})).toBe('(nothing given)');
  });
});
