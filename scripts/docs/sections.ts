/** Every generator of docs/ files; add a section here when an area gains docs. */
import type { DocSection } from './doc-file.js';

export const docSections: DocSection[] = [];
