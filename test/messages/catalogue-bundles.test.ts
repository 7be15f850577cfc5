// Each bundle keeps only the words it reads: the main entry the library's sentences in both
// languages, never the command line's or the page's; a bundle of `decide` alone, none at all.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as en from '../../src/messages/en';
import * as fr from '../../src/messages/fr';
import { USER_PORTAL_URL } from '../../src/index';

const root = resolve(__dirname, '../..');

/** The minified browser bundle of `contents`, as an app would build it from the sources. */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Every plain string of a section long enough to be told apart from code; a sentence that ends
 * with the portal's URL is looked for up to it, since the bundle builds it from the constant.
 */
function phrases(section: object): string[] {
  return Object.values(section).flatMap((value: unknown) =>
    typeof value === 'string'
      ? value.length >= 12
        ? [value.split(USER_PORTAL_URL)[0]!]
        : []
      : typeof value === 'object' && value !== null
        ? phrases(value)
        : [],
  );
}

describe('the catalogue in the bundles', () => {
  it('the whole main entry holds every library sentence of both languages, and no word of the command line or the page', async () => {
    const main = await bundle("export * from './src/index';");
    const library = [...phrases(en.library), ...phrases(fr.library)];
    for (const phrase of library) expect(main.includes(phrase), phrase).toBe(true);
    // A heading that a library sentence happens to contain ('dernier courrier électronique') proves nothing.
    const others = [...phrases(en.cli), ...phrases(fr.cli), ...phrases(en.page), ...phrases(fr.page)].filter(
      (phrase) => !library.some((sentence) => sentence.includes(phrase)),
    );
    expect(others.length).toBeGreaterThan(40);
    for (const phrase of others) expect(main.includes(phrase), phrase).toBe(false);
  });

  it('a bundle of decide alone holds no sentence at all', async () => {
    const decideOnly = await bundle("export { decide } from './src/index';");
    expect(decideOnly).toContain('manual-required'); // the bundle was built: the outcome codes are in it
    for (const phrase of [...phrases(en.library), ...phrases(fr.library)]) expect(decideOnly.includes(phrase), phrase).toBe(false);
  });
});
