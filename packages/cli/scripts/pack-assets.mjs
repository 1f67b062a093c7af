// `npm pack` / `npm publish` of @horseshoe/cli: `prepack` copies the built web app (packages/web/dist → web/)
// and the case library (cases/ → cases/) into the package; `postpack` removes the copies again.
// Usage: node scripts/pack-assets.mjs copy|remove   (run from packages/cli; npm does)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const repo = path.resolve(pkg, '../..');
const copies = [
  { from: path.join(repo, 'packages/web/dist'), to: path.join(pkg, 'web'), build: 'npm run build' },
  { from: path.join(repo, 'cases'), to: path.join(pkg, 'cases') },
];

const action = process.argv[2];
for (const { from, to, build } of copies) {
  fs.rmSync(to, { recursive: true, force: true });
  if (action === 'remove') continue;
  if (action !== 'copy') {
    console.error('usage: node scripts/pack-assets.mjs copy|remove');
    process.exit(2);
  }
  if (!fs.existsSync(from)) {
    console.error(`pack-assets: ${from} is missing${build ? `; run \`${build}\` from the repository root first` : ''}`);
    process.exit(1);
  }
  fs.cpSync(from, to, { recursive: true });
}
