// The README's reminders section runs as written: its TypeScript example, `//=>` results included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as api from '../../src/index';
import { runExample } from '../docs/run-example';

it('runs the example of the README reminders section', async () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf('<!-- section:reminders -->');
  const section = readme.slice(start, readme.indexOf('<!-- section:', start + 1));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  expect(blocks).toHaveLength(1);
  const code = blocks[0]!.replace(/^import .*\n/gm, '');
  expect(code).toContain('//=>');
  await runExample(code, api);
});
