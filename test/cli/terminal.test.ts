// What a person at a terminal sees, and what a pipe never gets: colour, NO_COLOR, progress.
// Runs the command in-process with streams that say they are terminals.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliContext, OutputStream } from '../../src/cli/context';
import { loadCommands } from '../../src/cli/load-command';
import { run } from '../../src/cli/run';
import { toNdjson } from './support/fixtures';
import { ANSI } from './support/run-cli';

const COMMANDS = await loadCommands();

function capture(isTTY: boolean): { stream: OutputStream; text: () => string } {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

async function runWith(args: string[], options: { tty: boolean; env?: Record<string, string>; stdin?: string; stdinTTY?: boolean }) {
  const stdout = capture(options.tty);
  const stderr = capture(options.tty);
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = options.stdinTTY === true;
  stdin.end(options.stdin ?? '');
  const context: CliContext = { stdin, stdout: stdout.stream, stderr: stderr.stream, env: options.env ?? {} };
  const code = await run(args, COMMANDS, '0.0.0-test', context);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const many = Array.from({ length: 30_000 }, (_, index) => ({ id: `u${index}`, license: 'paid', hasSignedIn: index % 2 === 0 }));

describe('colour', () => {
  it('colours the outcomes on a terminal, and still prints every outcome as text', async () => {
    const result = await runWith(['plan', '--sample', '--auto-send', 'off'], { tty: true });
    expect(result.stdout).toMatch(ANSI);
    expect(result.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(/^emma\.leroy@harbourpine\.example\s+manual-required\s+new-user/m);
  });

  it('never when NO_COLOR is set, even on a terminal', async () => {
    const result = await runWith(['plan', '--sample', '--auto-send', 'off'], { tty: true, env: { NO_COLOR: '1' } });
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('an empty NO_COLOR does not count as set (no-color.org)', async () => {
    const result = await runWith(['plan', '--sample'], { tty: true, env: { NO_COLOR: '' } });
    expect(result.stdout).toMatch(ANSI);
  });

  it('never when piped', async () => {
    const result = await runWith(['preview', '--sample', '--from', 'on', '--to', 'off'], { tty: false });
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stderr).toBe('');
  });
});

describe('progress', () => {
  it('redraws a progress line on standard error when it is a terminal, and erases it at the end', async () => {
    const result = await runWith(['plan', '-', '--format', 'ndjson'], { tty: true, stdin: toNdjson(many) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\r\u001b\[Kplanned [\d,]+ users, 0 invalid/);
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(result.stdout.split('\n')).toHaveLength(many.length + 1);
  });

  it('writes nothing on standard error when it is not a terminal', async () => {
    const result = await runWith(['plan', '-', '--format', 'ndjson'], { tty: false, stdin: toNdjson(many) });
    expect(result.stderr).toBe('');
  });

  it('keeps invalid-row reports on lines of their own between redraws', async () => {
    const text = toNdjson(many.slice(0, 5000)) + '{bad\n' + toNdjson(many.slice(5000, 20_000));
    const result = await runWith(['plan', '-', '--format', 'ndjson'], { tty: true, stdin: text });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/(^|\r\u001b\[K)line 5001: is not valid JSON \([^\n]*\)\n/);
  });
});

describe('input from a terminal', () => {
  it('with no file and nothing piped in, asks for an input instead of waiting on the keyboard', async () => {
    const result = await runWith(['plan'], { tty: true, stdinTTY: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'activation-email-policy plan: no input: give a file, - to read standard input, or --sample\nSee "activation-email-policy plan --help".\n',
    );
  });
});
