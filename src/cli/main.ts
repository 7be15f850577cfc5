// The `activation-email-policy` executable: wires the process to `run` and sets the exit code.
// The program's own `--help` and `--version` load nothing else, and a command loads only itself
// and the modules it needs (csv-parse, the mail client...): see load-command.ts.
import { readFileSync } from 'node:fs';
import { COMMAND_SUMMARIES, programHelp } from './help';
import { loadCommand, loadCommands } from './load-command';

function packageVersion(): string {
  // dist/cli.js sits one folder below package.json, in the repository and once installed.
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

const argv = process.argv.slice(2);
const [first, topic] = argv;

// As `run` answers them: no command, --help, -h, or help with no command's name after it.
if (first === undefined || first === '--help' || first === '-h' || (first === 'help' && !COMMAND_SUMMARIES.some((command) => command.name === topic))) {
  process.stdout.write(programHelp(COMMAND_SUMMARIES));
  process.exitCode = 0;
} else if (first === '--version' || first === '-v') {
  process.stdout.write(`${packageVersion()}\n`);
  process.exitCode = 0;
} else {
  const { run } = await import('./run');
  // Only the command that runs is loaded (for `help NAME`, the one named); a word that names no
  // command loads them all, for the message that lists them.
  const named = loadCommand(first === 'help' ? topic : first);
  const commands = named === undefined ? await loadCommands() : [await named];
  const context = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  run(argv, commands, packageVersion(), context).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`activation-email-policy: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
