// Runs every `@example` of the source's TSDoc, so that a wrong example fails `npm test`.
//
// Each example runs as written, TypeScript transpiled by esbuild, with every export of the main
// entry, `./journal`, `./compose`, `./testing` and `./webex` in scope (and `fc`, fast-check, which the testing kit's users
// have installed), no import lines. The exports of the example's own file are in scope too, so
// that an internal helper's example can call it. An expression statement followed by
// `//=> literal` must deep-equal the literal (`toStrictEqual`); a `//=>` that is never reached
// fails the example, so a result shown inside an `if` or a `catch` cannot pass by being skipped.
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as compose from '../../src/compose/index';
import * as main from '../../src/index';
import * as journal from '../../src/journal/index';
import * as testing from '../../src/testing/index';
import * as webex from '../../src/webex/index';
import { extractExamples, sourceFiles } from './extract-examples';
import { runExample } from './run-example';

const ROOT = join(__dirname, '..', '..');
const examples = extractExamples(sourceFiles(join(ROOT, 'src')), ROOT);

/** The names of the values a source file exports (functions, constants, classes). */
function ownValueExports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm)].map(
    (match) => match[1]!,
  );
}

// Later entries never shadow the main entry's names.
const PUBLIC_SCOPE: Record<string, unknown> = { fc, ...journal, ...compose, ...webex, ...testing, ...main };

describe('every @example in the source runs, and shows what it computes', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  const seen = new Map<string, number>();
  for (const example of examples) {
    const base = `${example.file} › ${example.symbol}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const name = count === 1 ? base : `${base} (example ${count})`;
    it(name, async () => {
      expect(example.code.trim(), `${example.file}:${example.line} has an empty @example`).not.toBe('');
      // The file itself is imported only when the example calls one of its non-public exports,
      // so that a module with effects on import (a command-line entry) is never loaded for it.
      const needsOwn = ownValueExports(example.file).some(
        (name) => !(name in PUBLIC_SCOPE) && new RegExp(`\\b${name}\\b`).test(example.code),
      );
      const own = needsOwn ? ((await import(join(ROOT, example.file))) as Record<string, unknown>) : {};
      await runExample(example.code, { ...own, ...PUBLIC_SCOPE });
    });
  }
});
