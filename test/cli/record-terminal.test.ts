// record in-process, with a standard error that says it is a terminal: the note for an --at
// ahead of the clock goes to a person, never to a script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context';
import { loadCommands } from '../../src/cli/load-command';
import { run } from '../../src/cli/run';
import { scratchDir } from './support/run-cli';

const COMMANDS = await loadCommands();

const scratch = scratchDir('aep-cli-record-tty-');
afterAll(() => scratch.cleanup());

async function record(args: string[], tty: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  const streams = [new PassThrough(), new PassThrough()].map((stream) => Object.assign(stream, { isTTY: tty }));
  const texts = streams.map((stream) => {
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    return () => chunks.join('');
  });
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  stdin.end('');
  const context: CliContext = { stdin, stdout: streams[0]!, stderr: streams[1]!, env: {} };
  const code = await run(['record', ...args], COMMANDS, '0.0.0-test', context);
  return { code, stdout: texts[0]!(), stderr: texts[1]!() };
}

describe('an --at ahead of the clock', () => {
  const future = new Date(Date.now() + 3 * 24 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const soon = new Date(Date.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

  it('is recorded, with a note to a person at a terminal', async () => {
    const path = join(scratch.dir, 'tty.ndjson');
    const result = await record(['--journal', path, '--email', 'activation', '--at', future, 'ana@corp.example'], true);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^Note: --at ${future} is later than this machine's clock \\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\): is the date right\\?\\n$`));
    expect(readFileSync(path, 'utf8')).toContain(future);
  });

  it('no note for a script, nor for a minute of drift between clocks', async () => {
    const piped = await record(['--journal', join(scratch.dir, 'pipe.ndjson'), '--email', 'activation', '--at', future, 'ana@corp.example'], false);
    expect(piped.stderr).toBe('');
    const drift = await record(['--journal', join(scratch.dir, 'drift.ndjson'), '--email', 'activation', '--at', soon, 'ana@corp.example'], true);
    expect(drift.stderr).toBe('');
  });
});
