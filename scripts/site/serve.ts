/**
 * Serves the built site/ on http://127.0.0.1:8080/ (or PORT) with the same
 * plain static file server the browser tests use.
 *
 *   npm run site:serve
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir } from './build-paths.js';
import { serveStatic } from './static-server.js';

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error('site/ is not built: run `npm run site` first.');
  process.exit(1);
}
const server = await serveStatic(siteDir, Number(process.env.PORT ?? 8080));
console.log(`Serving site/ at ${server.url} (Ctrl+C to stop).`);
