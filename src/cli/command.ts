import type { CliContext } from './context';
import type { ExitCode } from './exit-codes';

/** One flag of a command, as `util.parseArgs` reads it, with the words its help shows. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in the help, for string options: `FILE`, `on|off`. */
  readonly value?: string;
  readonly help: string;
}

/** The flags and positionals a command was given, after `util.parseArgs`. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * A command of the `activation-email-policy` tool. A new command is one file exporting one of
 * these, plus one line in `registry.ts`: parsing, `--help`, usage errors and exit codes come
 * from here.
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
