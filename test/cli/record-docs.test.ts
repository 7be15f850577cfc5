// The example of docs/cli.md's journal section, run as it is written: each command in a fresh
// folder, its output compared with the page's, so that the page cannot go stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-record-docs-');
beforeAll(() => assertBuilt());
afterAll(() => scratch.cleanup());

describe('docs/cli.md, the onboarding journal', () => {
  it('prints what the page shows, command after command', async () => {
    const page = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    const section = page.slice(page.indexOf('## The onboarding journal'));
    const block = /```console\n([\s\S]*?)```/.exec(section);
    expect(block, 'the section shows a console example').not.toBeNull();
    const steps = block![1]!.split(/^\$ /m).filter((step) => step !== '');
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      const [command = '', ...output] = step.split('\n');
      const redirect = /^activation-email-policy (.*?)(?: > (\S+))?$/.exec(command);
      expect(redirect, command).not.toBeNull();
      const result = await runCli(redirect![1]!.split(' '), { cwd: scratch.dir });
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
      if (redirect![2] === undefined) expect(result.stderr + result.stdout, command).toBe(output.join('\n'));
      else {
        expect(output.join(''), command).toBe('');
        writeFileSync(join(scratch.dir, redirect![2]), result.stdout);
      }
    }
    const recorded = readFileSync(join(scratch.dir, 'journal.ndjson'), 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { userId: string }).userId);
    expect(recorded).toHaveLength(8);
    // What the page says next: with the journal, these users are inactive ones, not new ones.
    const plan = await runCli(['plan', '--sample', '--auto-send', 'off', '--journal', 'journal.ndjson', '--format', 'ndjson'], { cwd: scratch.dir });
    expect(plan.code).toBe(0);
    const triggers = new Map(
      plan.stdout.trimEnd().split('\n').map((line) => {
        const decision = JSON.parse(line) as { userId: string; kind: string; trigger?: string };
        return [decision.userId, `${decision.kind}/${decision.trigger}`] as const;
      }),
    );
    expect(recorded.map((id) => triggers.get(id))).toEqual(recorded.map(() => 'manual-required/inactive-user'));
    const table = await runCli(['plan', '--sample', '--auto-send', 'off', '--journal', 'journal.ndjson'], { cwd: scratch.dir });
    expect(table.stdout).toContain('Onboarding journal: journal.ndjson, 8 emails to 8 users\n');
  });
});
