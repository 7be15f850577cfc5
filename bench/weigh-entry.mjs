// What weighs most in the main entry: bundles `src/index.ts` (or one named export) for the
// browser as size-limit does, and lists each folder's and file's share of the minified output.
//   node bench/weigh-entry.mjs [exportName]
//   node bench/weigh-entry.mjs --levers
// Shares are of the minified bytes; gzip compresses the whole, so a share of the gzip figure
// is an estimate (each folder's own code gzipped alone is shown beside it).
//
// --levers weighs what the two size goals of the performance issue would take, each against the
// same bundle built the same way: the whole entry with explain's French words left out (explain
// reading the English ones for 'fr' too), and `{ decide }` with the text of every string
// literal emptied (its code alone: what is left for the code if no word of its messages stays).

import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];

/** The entry, or one export of it, bundled and minified for the browser; `plugins` may change a file. */
async function bundle(exportName, plugins = []) {
  const contents = exportName === undefined ? "export * from './src/index.ts';" : `export { ${exportName} } from './src/index.ts';`;
  return build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins,
  });
}

/** The minified code with the text of every string literal longer than 3 characters emptied. */
function withoutWords(code) {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true);
  const cuts = [];
  const visit = (node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.length > 3) cuts.push([node.getStart(file), node.end]);
    else if (ts.isTemplateExpression(node)) {
      for (const part of [node.head, ...node.templateSpans.map((span) => span.literal)]) {
        if (part.text.length > 3) cuts.push([part.getStart(file) + 1, part.end - (ts.isTemplateTail(part) ? 1 : 2)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let cut = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    const quote = cut[start];
    cut = quote === '"' || quote === "'" || quote === '`' ? `${cut.slice(0, start)}${quote}${quote}${cut.slice(end)}` : cut.slice(0, start) + cut.slice(end);
  }
  return cut;
}

if (name === '--levers') {
  const gzip = (result) => gzipSync(result.outputFiles[0].contents).length;
  const french = {
    name: 'explain-without-french',
    setup(plugin) {
      plugin.onLoad({ filter: /src[\\/]messages[\\/]explain\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace("import { library as fr } from './fr';", 'const fr = en;'),
        loader: 'ts',
      }));
    },
  };
  const whole = gzip(await bundle(undefined));
  const noFrench = gzip(await bundle(undefined, [french]));
  const decide = await bundle('decide');
  const decideCode = gzipSync(withoutWords(decide.outputFiles[0].text)).length;
  console.log('What the size goals would take (esbuild for the browser, minified, gzip; size-limit measures the built');
  console.log('dist/index.js, a few bytes apart, so compare these figures with each other):');
  console.log(`  the whole main entry: ${whole} B; without explain's French words: ${noFrench} B (${whole - noFrench} B less; goal 9,216 B)`);
  console.log(`  { decide }: ${gzip(decide)} B; its code alone, every string literal emptied: ${decideCode} B (goal 3,072 B)`);
  process.exit(0);
}

const result = await bundle(name);
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
