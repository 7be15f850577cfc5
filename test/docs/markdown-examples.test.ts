// Runs the TypeScript examples of README.md and docs/*.md, so that a page that goes stale fails
// `npm test`. A ```ts block that shows a result (`//=> value`) runs here, as the source's
// @examples do (test/docs/examples.test.ts): import lines dropped, every public export in scope,
// each shown result compared with `toStrictEqual`. A block that shows no result is run by a test
// of its own (listed in RUN_ELSEWHERE) or is a declaration only; a new block that is neither
// fails here rather than going unchecked.
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pages, ROOT } from './pages';
import * as compose from '../../src/compose/index';
import * as formats from '../../src/formats/index';
import * as main from '../../src/index';
import * as journal from '../../src/journal/index';
import * as testing from '../../src/testing/index';
import * as webex from '../../src/webex/index';
import { runExample } from './run-example';
import { typecheckExamples } from './typecheck-examples';



interface Block {
  readonly page: string;
  readonly line: number;
  readonly code: string;
}

function tsBlocks(page: string): Block[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({
    page,
    line: text.slice(0, match.index).split('\n').length,
    code: match[1]!,
  }));
}

/** Blocks that show no `//=>` result, by page and first line, and the test that runs each. */
const RUN_ELSEWHERE: Readonly<Record<string, string>> = {
  'docs/library.md › interface OrgSettings {': 'declarations only: the types the parsers check (test/input)',
  'docs/webex.md › import { planActivation, PolicyInputError } from \'activation-email-policy\';':
    'test/webex/readme-example.test.ts, on the People and Licenses fixtures',
  "docs/webex.md › import { classifyWebexLicense, licenseTypeCode, snapshotsFromWebexPeople } from 'activation-email-policy/webex';":
    'test/webex/readme-example.test.ts, on the People and Licenses fixtures',
  'docs/testing-kit.md › // onboarding.test.ts: an integrator\'s test, as docs/testing-kit.md shows it. Copy it into a project':
    'test/testing/readme-example.test.ts, which is this file',
  "docs/ecosystem.md › import { initTRPC } from '@trpc/server';": 'test/schema/readme-ecosystem.test.ts, in a plain Node process',
  "docs/ecosystem.md › import { Ajv2020 } from 'ajv/dist/2020.js';": 'test/schema/readme-ecosystem.test.ts, in a plain Node process',
};

// Later entries never shadow the main entry's names.
const PUBLIC_SCOPE: Record<string, unknown> = { fc, ...formats, ...journal, ...compose, ...webex, ...testing, ...main };

/** Drops `import ... from '...';` statements, single- or multi-line: the scope provides the names. */
function withoutImports(code: string): string {
  return code.replace(/^import\s[\s\S]*?\sfrom\s+'[^']+';?[^\n]*\n/gm, '');
}

const blocks = pages().flatMap(tsBlocks);
const shown = blocks.filter((block) => block.code.includes('//=>'));
const silent = blocks.filter((block) => !block.code.includes('//=>'));

describe('the examples of the README and docs/', () => {
  it('finds the pages and their examples', () => {
    expect(pages()).toEqual(expect.arrayContaining(['README.md', 'docs/library.md', 'docs/reminders.md', 'docs/refused-input.md']));
    expect(shown.length).toBeGreaterThanOrEqual(9);
  });

  it('runs every block that shows no result somewhere else, or it is a declaration', () => {
    const keys = silent.map((block) => `${block.page} › ${block.code.split('\n')[0]}`);
    expect(keys.sort()).toStrictEqual(Object.keys(RUN_ELSEWHERE).sort());
  });

  for (const block of shown) {
    it(`${block.page}:${block.line}`, async () => {
      const code = withoutImports(block.code);
      expect(code).not.toMatch(/^import\s/m);
      await runExample(code, PUBLIC_SCOPE);
    });
  }
});

describe('the examples of the README and docs/ type-check as a user would paste them', () => {
  // The formats entry is the examples' "own file", so its exports are in scope beside the others.
  const asExamples = shown.map((block) => ({ file: 'src/formats/index.ts', symbol: block.page, line: block.line, code: withoutImports(block.code) }));
  let diagnostics: Map<number, string[]>;
  beforeAll(() => {
    diagnostics = typecheckExamples(
      [...asExamples, { file: 'src/formats/index.ts', symbol: 'wrong', line: 1, code: "readCsvHeader('id,license');" }],
      ROOT,
    );
  });

  it('reports a type error in an example', () => {
    expect(diagnostics.get(asExamples.length)).toStrictEqual([
      "line 1: Argument of type 'string' is not assignable to parameter of type 'readonly string[]'.",
    ]);
  });

  asExamples.forEach((example, index) => {
    it(`${example.symbol}:${example.line}`, () => {
      expect(diagnostics.get(index)).toStrictEqual([]);
    });
  });
});
