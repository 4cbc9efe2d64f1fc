/**
 * A return names each child once by `LAchildID`. A second child under an ID
 * already read is judged on its own (it may be another child given the same
 * ID, or the same child exported twice with different episodes), and warned
 * about, so that the figures' lists of children, which name children by ID,
 * are not read as one child. The ID itself is not repeated in the message.
 */
import type { Warning } from '../rules/engine/interpretation.js';
import { ordinal } from './census-words.js';

export function repeatedChildIdWarning(position: number, firstPosition: number): Warning {
  return {
    code: 'census.warning.child-id-repeated',
    message: `The ${ordinal(position)} child has the same LAchildID as the ${ordinal(firstPosition)} child: each is judged on its own, and lists of children that name them by ID name both the same. Check whether they are two children (give each its own ID) or one child exported twice.`,
    facts: ['ChildIdentifiers/LAchildID'],
  };
}
