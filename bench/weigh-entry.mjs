// What weighs most in the main entry: bundles `src/index.ts` (or one named export) for the
// browser as size-limit does, and lists each folder's and file's share of the minified output.
//   node bench/weigh-entry.mjs [exportName]
// Shares are of the minified bytes; gzip compresses the whole, so a share of the gzip figure
// is an estimate (each folder's own code gzipped alone is shown beside it).

import { build } from 'esbuild';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
const contents = name === undefined ? "export * from './src/index.ts';" : `export { ${name} } from './src/index.ts';`;
const result = await build({
  stdin: { contents, resolveDir: root, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'error',
});
const output = result.outputFiles[0].contents;
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const files = Object.entries(inputs)
  .map(([path, info]) => [relative(root, path), info.bytesInOutput])
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1]);
const folders = {};
for (const [path, bytes] of files) {
  const folder = path.split('/').slice(0, -1).join('/') || '.';
  folders[folder] = (folders[folder] ?? 0) + bytes;
}
console.log(`${name === undefined ? 'the whole main entry' : `{ ${name} }`}: ${output.length} B minified, ${gzipSync(output).length} B gzip`);
console.log('by folder (minified bytes):');
for (const [folder, bytes] of Object.entries(folders).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${folder.padEnd(28)} ${String(bytes).padStart(6)}  ${((100 * bytes) / output.length).toFixed(0).padStart(3)}%`);
}
console.log('largest files (minified bytes):');
for (const [path, bytes] of files.slice(0, 12)) console.log(`  ${path.padEnd(44)} ${String(bytes).padStart(6)}`);
