// Help, version, usage errors and exit codes, as a shell sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-usage-');
beforeAll(assertBuilt);
afterAll(() => scratch.cleanup());

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('--help and --version', () => {
  it('--version prints the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const result = await runCli([flag]);
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('--help lists every command; no arguments does the same', async () => {
    for (const args of [['--help'], []]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      for (const command of ['plan', 'preview', 'check-email']) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\s`, 'm'));
      expect(result.stdout).toMatch(/Exit codes: 0/);
    }
  });

  it.each(['plan', 'preview', 'check-email'])('%s --help: usage, options and runnable examples', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^Usage: activation-email-policy ${command} `));
    expect(result.stdout).toMatch(/^Options:$/m);
    expect(result.stdout).toMatch(/^  -h, --help\s+show this help$/m);
    expect(result.stdout).toMatch(new RegExp(`^Examples:\\n  activation-email-policy ${command} `, 'm'));
    expect((await runCli(['help', command])).stdout).toBe(result.stdout);
  });

  it('the first example of plan --help runs as printed', async () => {
    const help = (await runCli(['plan', '--help'])).stdout;
    const example = /^ {2}activation-email-policy (plan --sample[^\n]*)$/m.exec(help)?.[1];
    expect(example).toBe('plan --sample --auto-send off');
    const result = await runCli(example!.split(' '));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^36 users planned, 0 invalid rows$/m);
  });
});

describe('usage errors: exit code 2, one line, a pointer to --help', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['plan', '--sample', '--auto-sned', 'off'], /^activation-email-policy plan: Unknown option '--auto-sned'$/],
    ['an unknown command', ['plam'], /^activation-email-policy: unknown command "plam"; the commands are plan, preview, check-email\b/],
    ['an unknown top-level flag', ['--verbose'], /^activation-email-policy: unknown option --verbose/],
    ['a bad --auto-send value', ['plan', '--sample', '--auto-send', 'no'], /^activation-email-policy plan: --auto-send takes on or off, not "no"$/],
    ['a bad --format', ['plan', '--sample', '--format', 'xml'], /^activation-email-policy plan: --format takes table or json or csv or ndjson, not "xml"$/],
    ['a bad --lang', ['plan', '--sample', '--lang', 'de'], /--lang takes en or fr, not "de"$/],
    ['a missing file', ['plan', 'no-such-file.csv'], /^activation-email-policy plan: cannot read no-such-file\.csv: no such file$/],
    ['a directory', ['plan', '.'], /cannot read \.: it is a directory$/],
    ['two inputs', ['plan', 'a.csv', 'b.csv'], /takes one input file, not 2/],
    ['a file and --sample', ['plan', 'a.csv', '--sample'], /give either a file or --sample, not both$/],
    ['--licenses without a People page', ['plan', '--sample', '--licenses', 'x.json'], /--licenses and --previous go with a People API page/],
    ['preview without --to', ['preview', '--sample', '--from', 'on'], /needs both --from on\|off and --to on\|off$/],
    ['check-email without a draft', ['check-email'], /needs a draft file/],
  ];

  it.each(cases)('%s', async (_, args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^See "activation-email-policy( [a-z-]+)? --help"\.$/);
  });

  it('an input that is none of the formats, or a CSV with an unknown column', async () => {
    const cases: [string, RegExp][] = [
      ['', /the input is empty/],
      ['{\n  "users": []\n}\n', /^activation-email-policy plan: .*neither an array of users nor a People API page/],
      ['[1, 2', /is not valid JSON/],
      ['mail,license,hasSignedIn\n', /unknown column "mail": the known columns are id, license/],
      ['id,license,hasSignedin\n', /unknown column "hasSignedin": did you mean "hasSignedIn"\?/],
      ['id,license,previousLicense,invitedAt\nu1,paid,,\n', /the CSV header lacks the column hasSignedIn: /],
    ];
    for (const [text, message] of cases) {
      const result = await runCli(['plan', scratch.write('odd.txt', text)]);
      expect(result.code, text).toBe(2);
      expect(result.stderr.split('\n')[0], text).toMatch(message);
    }
  });

  it('a one-line object without items is an NDJSON line, reported as an invalid user', async () => {
    const result = await runCli(['plan', scratch.write('one.json', '{"users": []}\n')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^line 1: id: must be a non-empty string/m);
  });

  it('no input at all, with nothing piped in, asks for one (stdin is not a terminal here, so - is read)', async () => {
    const result = await runCli(['plan', '-'], { stdin: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the input is empty/);
  });
});
