/** The case kept in the page address survives the round trip exactly, whatever it holds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCase, encodeCase } from '../../scripts/site/client/case-url.js';

describe('case in the address', () => {
  it('decodes what it encodes, text in any script included', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (input) => {
        const decoded = decodeCase(`#case=${encodeCase(input)}`);
        expect(decoded).toEqual(JSON.parse(JSON.stringify(input)));
      }),
    );
  });

  it('uses only characters that need no escaping in an address', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (input) => {
        expect(encodeCase(input)).toMatch(/^[A-Za-z0-9_-]*$/);
      }),
    );
  });

  it('ignores an address without a readable case', () => {
    expect(decodeCase('')).toBeUndefined();
    expect(decodeCase('#case=!!!')).toBeUndefined();
    expect(decodeCase(`#case=${encodeCase([1, 2])}`)).toBeUndefined(); // not an object
    expect(decodeCase('#case=bm90IGpzb24')).toBeUndefined(); // "not json"
  });
});
