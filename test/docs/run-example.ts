import { transform } from 'esbuild';
import { expect } from 'vitest';
import { instrument } from './extract-examples';

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/**
 * Runs one example with `scope`'s names in scope: TypeScript transpiled by esbuild, each
 * `//=>` turned into a `toStrictEqual` assertion. Rejects when an assertion fails, when the code
 * throws, or when a `//=>` line is never reached.
 */
export async function runExample(code: string, scope: Readonly<Record<string, unknown>>): Promise<void> {
  const { code: instrumented, shown } = instrument(code);
  const { code: js } = await transform(instrumented, { loader: 'ts', format: 'esm', target: 'es2022' });
  const reached = new Set<number>();
  const check = (index: number, actual: unknown, expected: unknown): void => {
    reached.add(index);
    const result = shown[index]!;
    expect(actual, `the result shown on line ${result.line}: //=> ${result.literal}`).toStrictEqual(expected);
  };
  const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== '__shown');
  // A block of its own, so an example may declare a name that is also an export.
  const body = `{\n${js}\n}`;
  await new AsyncFunction(...names, '__shown', body)(...names.map((name) => scope[name]), check);
  const missed = shown.filter((_, index) => !reached.has(index)).map((result) => result.line);
  expect(missed, 'lines whose //=> result was never computed').toStrictEqual([]);
}
