// `npm run fuzz`: bundles the campaign (TypeScript sources and all) with esbuild into temp/,
// then runs it in this process. Arguments after `--` go to the campaign (--runs N, --seed S).
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'temp/fuzz/campaign.mjs');

await build({
  entryPoints: [resolve(root, 'scripts/fuzz-campaign.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
