/**
 * `npm run bench`: measures the library against the naive way a user would
 * otherwise do the same job. Each section prints its own table.
 */
import { benchSections } from './bench/sections.js';
import { benchBundles } from './bench/bundles.js';

for (const section of benchSections) {
  await section();
  console.log('');
}
await benchBundles();
