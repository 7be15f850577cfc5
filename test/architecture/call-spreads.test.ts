// No list as long as an org is ever spread into a call: `Math.max(...widths)` passes every
// element on the call stack and overflows it at about 100,000 users (the preview and reminders
// commands crashed so). Every spread into a call or `new` in the package's code and the page is
// read here with the TypeScript parser, and each must be one of the few whose list is bounded
// by something other than the input's size, listed with why. `apply` is not used at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FOLDERS = ['src', 'examples/preview-page/src'];

/** `file: callee`, each with why its list cannot grow with the number of users. */
const BOUNDED: Readonly<Record<string, string>> = {
  'src/cli/commands/preview.ts: lines.push': "the column report: one line per column of the file's header",
  'src/testing/arbitraries.ts: String.fromCodePoint': "the code points of one generated string, at most the arbitrary's length",
  'src/testing/arbitraries.ts: fc.oneof': 'one arbitrary per rule row or per branch of a generator',
  'src/testing/invalid-user-snapshot.ts: fc.oneof': 'one arbitrary per kind of flaw',
  'examples/preview-page/src/render.ts: container.replaceChildren': "the preview's blocks: advisories, a count, one table",
  'examples/preview-page/src/render.ts: list.replaceChildren': 'one item per checklist entry',
  'examples/preview-page/src/main.ts: view.filter.replaceChildren': 'one option per outcome kind',
  'examples/preview-page/src/main.ts: view.emailUser.replaceChildren': 'the users the worker sends for the email preview: LIST_LIMIT (200) at most',
};

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/** Every spread into a call or `new`, and every `.apply(` call, as `file: callee`, with its line. */
export function callSpreads(path: string, text: string): { site: string; line: number }[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { site: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression.getText(file);
      const spread = node.arguments?.some(ts.isSpreadElement) ?? false;
      const apply = ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply';
      if (spread || apply) found.push({ site: `${path}: ${callee}`, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('spreads into calls', () => {
  const sites = FOLDERS.flatMap(sourceFiles).flatMap((path) => callSpreads(path, readFileSync(join(ROOT, path), 'utf8')));

  it('are only those whose list has a bound other than the number of users', () => {
    expect(sites.filter(({ site }) => BOUNDED[site] === undefined).map(({ site, line }) => `${site} (line ${line})`)).toEqual([]);
  });

  it('each listed one still exists, so the list never vouches for code that is gone', () => {
    expect(Object.keys(BOUNDED).filter((site) => !sites.some((found) => found.site === site))).toEqual([]);
  });

  it('are found whatever their form: Math.max of a mapped list, a push, a new, an apply', () => {
    const code = [
      'const width = Math.max(0, ...users.map((user) => user.id.length));',
      'rows.push(...decisions);',
      'const copy = new Set(...lists);',
      'Math.min.apply(null, widths);',
      'const fine = [...users, ...more];',
      'const alsoFine = { ...user };',
    ].join('\n');
    expect(callSpreads('x.ts', code).map(({ site }) => site)).toEqual(['x.ts: Math.max', 'x.ts: rows.push', 'x.ts: Set', 'x.ts: Math.min.apply']);
  });
});
