// `npm start -- <command> [options]`: builds the package when dist/cli.js is missing or older
// than the sources, then runs the command line in this process. Build output goes to standard
// error, so what the command prints on standard output stays clean for pipes.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');

function newestChange(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(cli)) return true;
  const built = statSync(cli).mtimeMs;
  const sources = [join(root, 'src'), join(root, 'tsup.config.ts'), join(root, 'package.json')];
  return sources.some((source) => existsSync(source) && newestChange(source) > built);
}

if (needsBuild()) {
  process.stderr.write('Building the package (dist/ is missing or older than src/)...\n');
  // The same build as `npm run build`, run through tsup's own bin so no shell is needed.
  const tsupPackage = createRequire(join(root, 'package.json')).resolve('tsup/package.json');
  const { bin } = JSON.parse(readFileSync(tsupPackage, 'utf8'));
  const tsup = join(dirname(tsupPackage), typeof bin === 'string' ? bin : bin.tsup);
  const result = spawnSync(process.execPath, [tsup], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}

await import(pathToFileURL(cli).href);
