/** Where the site is built: site/ at the root of the repository (git-ignored). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const siteDir = join(repositoryRoot, 'site');
