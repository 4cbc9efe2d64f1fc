/** Identifiers read out in plain words on the site. */
import { describe, expect, it } from 'vitest';
import { factsWords, humanise } from '../../scripts/site/words.js';
import { plainWords } from '../../scripts/site/client/format.js';

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

describe('plainWords', () => {
  const labelOf = (key: string) => ({ anyUpdateSent: 'Has any update of the notification been sent since it was first sent?', lastUpdateSentOn: 'The date the latest update was sent' })[key];

  it('reads a field given a yes or no, written "key: false" or "key is true", as the question and its answer', () => {
    expect(plainWords('Record that none has been (anyUpdateSent: false).', labelOf)).toBe('Record that none has been (the answer to “Has any update of the notification been sent since it was first sent?” is no).');
    expect(plainWords('Only when anyUpdateSent is true.', labelOf)).toBe('Only when the answer to “Has any update of the notification been sent since it was first sent?” is yes.');
    // A name the form does not ask keeps its words, so a test of the page can still find it.
    expect(plainWords('unknownField: false', labelOf)).toBe('unknownField: false');
  });
});
