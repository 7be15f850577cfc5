import type { CliContext } from './context';

/**
 * The exit codes every command keeps to, so that scripts can branch on them:
 * `0` everything was decided (or the draft is complete), `1` some input rows were invalid (every
 * valid row was still planned and printed) or the draft is incomplete, `2` the command could not
 * run as asked (an unknown flag, an unreadable file, an input that is not text).
 */
export const EXIT_CODES = { ok: 0, invalidInput: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** One flag of a command, as `util.parseArgs` reads it, with the words its help shows. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in the help, for string options: `FILE`, `on|off`. */
  readonly value?: string;
  readonly help: string;
  /** The flag may be given more than once; its value is then the list of every value given. */
  readonly multiple?: boolean;
}

/** The flags and positionals a command was given, after `util.parseArgs`. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * A command of the `activation-email-policy` tool. A new command is one file exporting one of
 * these, plus its name and summary in `COMMAND_SUMMARIES` (`help.ts`) and its loader in
 * `load-command.ts` (the compiler asks for the one once the other is there): parsing, `--help`,
 * usage errors and exit codes come from here.
 */
export interface Command {
  /** The word after the program name: `plan`, `preview`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** What follows the command name in the usage line: `[FILE|-] [options]`. */
  readonly usage: string;
  /** A few sentences for `--help`. */
  readonly description: string;
  /** The command's own flags; `--help` is added to every command. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Runnable examples for `--help`, each with what it does. */
  readonly examples: readonly { readonly command: string; readonly does: string }[];
  run(args: ParsedArgs, context: CliContext): Promise<ExitCode>;
}
