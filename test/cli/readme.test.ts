// The command-line output that README.md and docs/cli.md show is what the command prints, line
// for line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, runCli, scratchDir } from './support/run-cli';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const cliPage = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
const scratch = scratchDir('aep-cli-readme-');
beforeAll(assertBuilt);
afterAll(() => scratch.cleanup());

/** The ```text block that follows `marker` in `page` (the README unless given). */
function block(marker: string, page = readme): string[] {
  const at = page.indexOf(marker);
  if (at === -1) throw new Error(`the page has no ${JSON.stringify(marker)}`);
  const match = /```text\n([\s\S]*?)```/.exec(page.slice(at));
  if (match === null) throw new Error(`no text block after ${JSON.stringify(marker)}`);
  return match[1]!.trimEnd().split('\n');
}

/** Every shown line appears in the output, in the same order; `...` stands for lines left out. */
function expectExcerpt(shown: readonly string[], output: string): void {
  const lines = output.trimEnd().split('\n');
  let from = 0;
  for (const line of shown) {
    if (line.trim() === '...') continue;
    const found = lines.indexOf(line, from);
    expect(found, `README line not printed (or out of order): ${line}`).toBeGreaterThanOrEqual(0);
    from = found + 1;
  }
}

describe('README.md and docs/cli.md', () => {
  it('the opening excerpt is what npm start -- plan --sample --auto-send off prints', async () => {
    expect(readme.slice(0, 1200)).toContain('npm start -- plan --sample --auto-send off');
    expect(readme).toContain('npx activation-email-policy plan --sample --auto-send off');
    const result = await runCli(['plan', '--sample', '--auto-send', 'off']);
    const shown = block('(excerpt):\n');
    expect(shown.length).toBeGreaterThan(10);
    expectExcerpt(shown, result.stdout);
  });

  it('the preview excerpt', async () => {
    const result = await runCli(['preview', '--sample', '--from', 'on', '--to', 'off']);
    expectExcerpt(block('`preview` on the sample org', cliPage), result.stdout);
  });

  it('the bad-rows example', async () => {
    const path = scratch.write(
      'users.csv',
      'id,license,previousLicense,hasSignedIn,invitedAt\nu-1,paid,,false,\nu-2,paid,,yes,\nu-3,gold,,false,2026-02-30T09:00:00Z\n',
    );
    const result = await runCli(['plan', path, '--auto-send', 'off', '--format', 'ndjson']);
    const shown = block('Bad rows never stop the run', cliPage);
    expectExcerpt(shown.filter((line) => !line.startsWith('$') && line !== '1'), result.stderr);
    expect(result.code).toBe(1);
  });

  it('the check-email example', async () => {
    const path = scratch.write(
      'draft.json',
      JSON.stringify({
        rolloutPlan: 'From 1 December every team moves to Webex.',
        appValue: 'One app for calls, meetings and spaces.',
        supportLinks: ['https://intranet.example/webex'],
        trainingLinks: [],
        userPortalLink: 'https://settings.webex.com',
        activationInstructions: 'Sign in on the company SSO page.',
      }),
    );
    const result = await runCli(['check-email', path, '--meetings']);
    expectExcerpt(block('`check-email` on a draft', cliPage).filter((line) => !line.startsWith('$')), result.stdout);
    expect(result.code).toBe(1);
  });
});
