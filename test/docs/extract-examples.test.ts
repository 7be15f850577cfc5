import { describe, expect, it } from 'vitest';
import { instrument, shownResults } from './extract-examples';
import { runExample } from './run-example';

// The example runner is itself code that could pass everything; these pin that it does not.
describe('the doc example runner', () => {
  it('reads single-line and multi-line //=> literals', () => {
    const code = ['f()', '//=> 1', 'g()', '//=> {', '//   a: [1,', '//     2],', '// }', '// a plain comment'].join('\n');
    expect(shownResults(code).map((result) => [result.line, result.literal])).toStrictEqual([
      [2, '1'],
      [4, '{\n  a: [1,\n    2],\n}'],
    ]);
  });

  it('runs a true example', async () => {
    await expect(runExample("[1, 2].map((n) => n * 2)\n//=> [2, 4]\nconst s: string = 'x';\ns + 'y'\n//=> 'xy'", {})).resolves.toBeUndefined();
  });

  it('fails an example whose shown result is false', async () => {
    await expect(runExample('1 + 1\n//=> 3', {})).rejects.toThrow(/line 2/);
  });

  it('compares deeply and strictly', async () => {
    await expect(runExample('({ a: 1, b: undefined })\n//=> { a: 1 }', {})).rejects.toThrow();
    await expect(runExample('({ a: [1, { b: 2 }] })\n//=> { a: [1, { b: 2 }] }', {})).resolves.toBeUndefined();
  });

  it('fails an example whose //=> is never reached', async () => {
    await expect(runExample('if (false) 1;\n//=> 1', {})).rejects.toThrow(/never computed/);
  });

  it('fails an example that throws', async () => {
    await expect(runExample("throw new Error('boom')", {})).rejects.toThrow('boom');
  });

  it('refuses a //=> after something that is not an expression', () => {
    expect(() => instrument('type A = string;\n//=> string')).toThrow(/does not follow an expression statement/);
    expect(() => instrument('f()\n\nconst x = 1;\n//=> 1')).toThrow(/line 4/);
  });

  it('puts the given names in scope and awaits promises when the example does', async () => {
    await expect(runExample('await twice(2)\n//=> 4', { twice: async (n: number) => n * 2 })).resolves.toBeUndefined();
  });
});
