// Bundles the preview page for the browser. The page imports the package by its name; the
// name resolves through the package's own `exports` map to the built `dist/`, exactly as it
// would for a frontend that installed the package.
import { build } from 'esbuild';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');

export async function buildPage({ log = true } = {}) {
  await mkdir(out, { recursive: true });
  const result = await build({
    // The page, and the worker that reads and plans the users off the page's thread (the page
    // starts it from `worker.js` beside `main.js`).
    entryPoints: { main: join(here, 'src/main.ts'), worker: join(here, 'src/worker.ts') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: out,
    metafile: true,
    // Ignore the repository's tsconfig `paths` (they point type checking at src/): the page must
    // load the package the way a frontend does, through its exports map.
    tsconfigRaw: {},
    logLevel: 'warning',
  });
  await copyFile(join(here, 'index.html'), join(out, 'index.html'));
  await copyFile(join(here, 'style.css'), join(out, 'style.css'));
  const sizes = {};
  for (const file of ['index.html', 'style.css', 'main.js', 'worker.js']) sizes[file] = (await stat(join(out, file))).size;
  if (log) console.log(`preview page built in ${out}: ${JSON.stringify(sizes)}`);
  return { out, sizes, metafile: result.metafile };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPage();
