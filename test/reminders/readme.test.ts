// docs/reminders.md runs as written: its TypeScript example, `//=>` results included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as api from '../../src/index';
import { runExample } from '../docs/run-example';

it('runs the example of docs/reminders.md', async () => {
  const section = readFileSync(join(__dirname, '../../docs/reminders.md'), 'utf8');
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  expect(blocks).toHaveLength(1);
  const code = blocks[0]!.replace(/^import .*\n/gm, '');
  expect(code).toContain('//=>');
  await runExample(code, api);
});
