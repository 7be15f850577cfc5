// The `activation-email-policy` executable: wires the process to `run` and sets the exit code.
// The program's own `--help` and `--version` load nothing else: every command, and the modules a
// command needs (csv-parse, the mail client...), is loaded only when a command runs.
import { readFileSync } from 'node:fs';
import { COMMAND_SUMMARIES, programHelp } from './help';

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
  const { COMMANDS, run } = await import('./run');
  const context = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  run(argv, COMMANDS, packageVersion(), context).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`activation-email-policy: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
