/**
 * Allegations against people who work with children (Working Together 2026,
 * Chapter 4, para 264, "People in positions of trust"). The heading starts on
 * p116 after a block of footnotes; para 264 is split by a page break after
 * the sentence giving the one working day, so that sentence is on p116.
 */
import type { Timescale } from '../timescale.js';

export const ladoTimescales: Timescale[] = [
  {
    id: 'lado.inform-designated-officer',
    title: 'Inform the designated officer (LADO) of an allegation against a person who works with children',
    trigger: "an allegation against a person who works with children comes to an employer's attention or is made directly to the police",
    amount: 1,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'The designated officer ... should also be informed within one working day of all allegations',
    responsible: 'The employer (or the police, for an allegation made to them), after reporting it immediately to a senior manager',
    citation: { document: 'working-together-2026', section: 'Chapter 4, People in positions of trust, para 264', page: 116 },
  },
];
