// The `activation-email-policy` executable: wires the process to `run` and sets the exit code.
import { readFileSync } from 'node:fs';
import { COMMANDS, run } from './run';

function packageVersion(): string {
  // dist/cli.js sits one folder below package.json, in the repository and once installed.
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

const context = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };

run(process.argv.slice(2), COMMANDS, packageVersion(), context).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`activation-email-policy: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
