// Every `@example` must also be valid TypeScript as a user would paste it: checked with the
// project's compiler options (strict, noUncheckedIndexedAccess), every export of the main entry,
// `./testing` and `./webex` (values and types) and `fc` in scope. One program checks them all.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractExamples, sourceFiles } from './extract-examples';
import { typecheckExamples } from './typecheck-examples';

const ROOT = join(__dirname, '..', '..');
const examples = extractExamples(sourceFiles(join(ROOT, 'src')), ROOT);

describe('every @example in the source type-checks', () => {
  let diagnostics: Map<number, string[]>;
  // A wrong example checked alongside the real ones, so a checker that finds nothing fails.
  const wrong = { file: 'src/index.ts', symbol: 'wrong', line: 1, code: "decide({}, { id: 'u1', license: 'gold', hasSignedIn: false });" };
  beforeAll(() => {
    diagnostics = typecheckExamples([...examples, wrong], ROOT);
  });

  it('reports a type error in an example', () => {
    expect(diagnostics.get(examples.length)).toStrictEqual([
      `line 1: Type '"gold"' is not assignable to type 'License'.`,
    ]);
  });

  const seen = new Map<string, number>();
  examples.forEach((example, index) => {
    const base = `${example.file} › ${example.symbol}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    it(count === 1 ? base : `${base} (example ${count})`, () => {
      expect(diagnostics.get(index), `${example.file}:${example.line}`).toStrictEqual([]);
    });
  });
});
