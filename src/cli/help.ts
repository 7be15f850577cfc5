import type { Command, OptionSpec } from './command';
import { widest } from './style';

/** The name the package installs its command under (`bin` in package.json). */
export const PROGRAM = 'activation-email-policy';

function optionLine(name: string, spec: OptionSpec): [string, string] {
  const flag = `${spec.short === undefined ? '    ' : `-${spec.short}, `}--${name}${spec.value === undefined ? '' : ` ${spec.value}`}`;
  return [flag, spec.help];
}

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = widest(rows.map(([left]) => left));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The `--help` text of one command: usage, what it does, its flags, examples. */
export function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => optionLine(name, spec));
  options.push(['-h, --help', 'show this help']);
  return [
    `Usage: ${PROGRAM} ${command.name} ${command.usage}`,
    '',
    command.description,
    '',
    'Options:',
    ...columns(options),
    '',
    'Examples:',
    ...command.examples.flatMap((example) => [`  ${PROGRAM} ${example.command}`, `      ${example.does}`]),
    '',
  ].join('\n');
}

/** What the program's own `--help` shows of a command. */
export type CommandSummary = Pick<Command, 'name' | 'summary'>;

/**
 * The commands' names and summaries, in the order `--help` lists them, so that the program's
 * `--help` prints without loading any command and what the commands load. `load-command.ts`
 * loads each by this name, and a test holds each summary to its command's own.
 */
export const COMMAND_SUMMARIES = [
  { name: 'plan', summary: 'who gets which activation email, and who must be emailed by hand' },
  { name: 'preview', summary: 'what turning automatic activation emails on or off would change, before doing it' },
  { name: 'check-email', summary: 'check a manual activation email draft against the checklist' },
  { name: 'reminders', summary: 'which inactive users to remind by hand today, which later, and which to escalate' },
  { name: 'record', summary: 'write to the journal the activation emails and reminders sent by hand' },
  { name: 'send', summary: 'write the manual activation emails and reminders, and send them through your mail server, never twice' },
] as const satisfies readonly CommandSummary[];

/** The program's own `--help`: the commands, and where to read more. */
export function programHelp(commands: readonly CommandSummary[]): string {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Decides which Webex Control Hub activation emails go to which users, from a file of users.',
    '',
    'Commands:',
    ...columns(commands.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    ...columns([
      ['-h, --help', 'show this help'],
      ['-v, --version', 'print the version'],
    ]),
    '',
    `Run "${PROGRAM} <command> --help" for a command's options and examples.`,
    '',
    'Exit codes: 0 everything decided; 1 some input rows were invalid, or the draft is incomplete;',
    '2 the command could not run as asked (unknown flag, unreadable file, an input that is not text).',
    '',
  ].join('\n');
}
