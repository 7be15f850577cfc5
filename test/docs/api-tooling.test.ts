// The API site and the API report must cover every typed entry of the package: a new entry in
// package.json `exports` fails here until TypeDoc documents it and its report is committed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
};
const typedoc = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { entryPoints: string[]; out: string };

/** Subpaths of the exports map that carry types, e.g. `.`, `./testing`. */
const typedSubpaths = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target !== null && 'import' in target)
  .map(([subpath]) => subpath);

describe('API site and API report cover every typed entry', () => {
  it('finds the typed entries', () => {
    expect(typedSubpaths).toContain('.');
    expect(typedSubpaths.length).toBeGreaterThanOrEqual(3);
  });

  it.each(typedSubpaths)('TypeDoc documents %s', (subpath) => {
    const source = subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}/index.ts`;
    expect(existsSync(join(ROOT, source))).toBe(true);
    expect(typedoc.entryPoints).toContain(source);
    // Named after its import path, so the site reads as the package is used.
    const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    expect(readFileSync(join(ROOT, source), 'utf8')).toContain(`@module ${name}\n`);
  });

  it.each(typedSubpaths)('an API report is committed for %s', (subpath) => {
    const report = subpath === '.' ? pkg.name : `${pkg.name}-${subpath.slice(2).replaceAll('/', '-')}`;
    expect(existsSync(join(ROOT, 'etc', `${report}.api.md`))).toBe(true);
  });

  it('npm test checks the report after the build, and the site is not committed', () => {
    const test = pkg.scripts['test']!;
    expect(test.indexOf('npm run api:check')).toBeGreaterThan(test.indexOf('npm run build'));
    expect(pkg.scripts['api:check']).toBe('node scripts/api-report.mjs');
    expect(pkg.scripts['api:update']).toBe('node scripts/api-report.mjs --update');
    expect(pkg.scripts['docs']).toBe('typedoc');
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain(`${typedoc.out}/`);
  });
});
