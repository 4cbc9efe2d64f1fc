/**
 * Serves the built site/ on http://127.0.0.1:8080/ (or the port in PORT)
 * with the same plain static file server the browser tests use.
 *
 *   npm run site:serve
 *   PORT=8081 npm run site:serve
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir } from './build-paths.js';
import { serveStatic } from './static-server.js';

const HELP = `Serves the built policy site (site/, made by \`npm run site\`) on 127.0.0.1.

Usage:
  npm run site:serve                 serve on http://127.0.0.1:8080/
  PORT=8081 npm run site:serve       serve on another port (PORT=0: any free port)

Options:
  -h, --help                         print this help and exit

Stop it with Ctrl+C.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
if (args.length > 0) {
  console.error(`Unknown argument ${JSON.stringify(args[0])}: the port is set with PORT.\n\n${HELP}`);
  process.exit(2);
}
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, got ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error('site/ is not built: run `npm run site` first.');
  process.exit(1);
}
const server = await serveStatic(siteDir, port);
console.log(`Serving site/ at ${server.url} (Ctrl+C to stop).`);
