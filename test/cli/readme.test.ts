// The command-line output that README.md and docs/cli.md show is what the command prints, line
// for line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, runCli, scratchDir } from './support/run-cli';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const cliPage = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
const refusedPage = readFileSync(join(ROOT, 'docs', 'refused-input.md'), 'utf8');
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

/** The indented ```text block that starts with `$ command` in a list of docs/refused-input.md: the command's words, and the lines it prints. */
function session(command: string): { args: string[]; shown: string[] } {
  const match = new RegExp(`\\n( *)\`\`\`text\\n\\1\\$ activation-email-policy (${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*)\\n([\\s\\S]*?)\\1\`\`\`\\n`).exec(refusedPage);
  if (match === null) throw new Error(`docs/refused-input.md shows no "$ activation-email-policy ${command}"`);
  const indent = match[1]!;
  const shown = match[3]!.trimEnd().split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
  return { args: match[2]!.split(' | ')[0]!.trim().split(' '), shown };
}

describe('docs/refused-input.md, on the command line', () => {
  it('a CSV header without invitedAt: refused with exit 2, naming the column', async () => {
    const { args, shown } = session('plan users.csv');
    scratch.write('users.csv', 'id,license,previousLicense,hasSignedIn\nu-1,paid,,false\n');
    const result = await runCli(args, { cwd: scratch.dir });
    expect(result.stderr.trimEnd().split('\n')).toStrictEqual(shown);
    expect(shown[0]).toContain('lacks the column invitedAt');
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });

  it('a file that is not text: refused with exit 2, in one line with no control character', async () => {
    const { args, shown } = session('plan users.xlsx');
    scratch.write('users.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x1b, 0x5b, 0x32, 0x4a]));
    const result = await runCli(args, { cwd: scratch.dir });
    expect(result.stderr.trimEnd().split('\n')).toStrictEqual(shown);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(result.code).toBe(2);
  });

  it('--format csv writes a formula-like id with a quote in front; json keeps it exact', async () => {
    const { args, shown } = session('plan ids.csv --format csv');
    const id = '=HYPERLINK("https://example.com")';
    scratch.write('ids.csv', `id,license,previousLicense,hasSignedIn,invitedAt\n"${id.replace(/"/g, '""')}",paid,,false,\n`);
    const result = await runCli(args, { cwd: scratch.dir });
    // `cut -d, -f1,2`: the first two comma-separated fields of each line.
    const cut = result.stdout.trimEnd().split('\n').map((line) => line.split(',').slice(0, 2).join(','));
    expect(cut).toStrictEqual(shown);
    expect(result.code).toBe(0);
    const json = await runCli(['plan', 'ids.csv', '--format', 'json'], { cwd: scratch.dir });
    expect((JSON.parse(json.stdout) as { decisions: { userId: string }[] }).decisions[0]!.userId).toBe(id);
  });
});
