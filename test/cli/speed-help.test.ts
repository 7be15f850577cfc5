// The program's --help and --version are answered before any command is loaded (src/cli/main.ts),
// from the list of the commands' names and summaries in help.ts: that list must be the commands' own.
import { describe, expect, it } from 'vitest';
import { COMMAND_SUMMARIES, programHelp } from '../../src/cli/help';
import { loadCommands } from '../../src/cli/load-command';
import { run } from '../../src/cli/run';
import { assertBuilt, runCli } from './support/run-cli';

const COMMANDS = await loadCommands();

async function viaRun(argv: readonly string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const write = (text: string): boolean => {
    stdout += text;
    return true;
  };
  const stream = { write, isTTY: false, on: () => stream, once: () => stream, removeListener: () => stream };
  const code = await run(argv, COMMANDS, '0.1.0', { stdin: process.stdin, stdout: stream, stderr: stream, env: {} } as never);
  return { code, stdout };
}

describe('the program help without the commands', () => {
  it('lists every command, in the order of COMMAND_SUMMARIES, with its own summary', () => {
    expect(COMMAND_SUMMARIES).toEqual(COMMANDS.map(({ name, summary }) => ({ name, summary })));
    expect(programHelp(COMMAND_SUMMARIES)).toBe(programHelp(COMMANDS));
  });

  it('the built program prints for each way of asking what run prints, with exit code 0', async () => {
    assertBuilt();
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['help', 'nosuch'], ['--help', 'plan'], ['help', 'plan'], ['plan', '--help']]) {
      const [built, direct] = await Promise.all([runCli(argv), viaRun(argv)]);
      expect({ argv, code: built.code, stdout: built.stdout, stderr: built.stderr }).toEqual({ argv, code: 0, stdout: direct.stdout, stderr: '' });
    }
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+.*\n$/) });
  });
});
