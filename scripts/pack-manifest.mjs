// The package.json that `npm pack` and `npm publish` ship has no install-time
// scripts. A clone needs `prepare` (so that `npm install` builds the CLI the
// README runs), but a consumer's npm lists any install-time script of a
// dependency as one to review ("install scripts not yet covered by
// allowScripts"), though npm never runs `prepare` for a package installed
// from a tarball or the registry. So, the way `pinst` does for `postinstall`:
//
//   prepack:  node scripts/pack-manifest.mjs strip    (after the build)
//   postpack: node scripts/pack-manifest.mjs restore
//
// `strip` keeps the file exactly as it was in .tmp/package.json.before-pack
// and writes package.json without the install-time scripts; `restore` puts
// the kept file back byte for byte. npm reads package.json again after
// prepack, so the tarball gets the stripped one (and no `prepare` runs
// during the pack: prepack has built already). If a pack stops between the
// two, the next `strip` refuses and `restore` mends it.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'package.json');
const kept = join(root, '.tmp', 'package.json.before-pack');

/** The lifecycle scripts npm may run when a package is installed (npm docs, "scripts": life cycle operation order). */
const installTimeScripts = ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'];

function strip() {
  if (existsSync(kept)) {
    console.error(`pack-manifest: ${kept} exists: an earlier pack did not finish. Run \`node scripts/pack-manifest.mjs restore\`, then pack again.`);
    process.exit(1);
  }
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  const scripts = { ...pkg.scripts };
  for (const name of installTimeScripts) delete scripts[name];
  const stripped = { ...pkg, scripts };
  mkdirSync(dirname(kept), { recursive: true });
  writeFileSync(kept, text);
  // The same formatting as npm's own (two spaces, a final newline).
  writeFileSync(manifest, `${JSON.stringify(stripped, null, 2)}\n`);
}

function restore() {
  if (!existsSync(kept)) return; // nothing was stripped (e.g. `npm pack --ignore-scripts`)
  renameSync(kept, manifest);
}

const command = process.argv[2];
if (command === 'strip') strip();
else if (command === 'restore') restore();
else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
