import { parseArgs } from 'node:util';
import { PolicyInputError } from '../index';
import { escapeControlCharacters } from '../formats/index';
import { EXIT_CODES, type Command, type ExitCode, type ParsedArgs } from './command';
import type { CliContext } from './context';
import { commandHelp, programHelp, PROGRAM } from './help';
import { UsageError } from './usage-error';

function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    const option: { type: 'string' | 'boolean'; short?: string; multiple?: boolean } =
      spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
    // A flag that may be given more than once (`record --kind A --kind B`) reads as the list of its values.
    if (spec.multiple === true) option.multiple = true;
    options[name] = option;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    // parseArgs words its errors for programmers ("Unknown option '--x'. To specify a positional
    // argument starting with a '-', place it at the end of the command after '--', as in '-- \"--x\"")
    // and keeps the first sentence useful; that sentence is what an admin needs.
    const message = error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message) : String(error);
    throw new UsageError(message.replace(/\.$/, ''), command.name);
  }
}

function writeUsageError(error: UsageError, context: CliContext): void {
  const help = error.command === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${error.command} --help`;
  const where = error.command === undefined ? PROGRAM : `${PROGRAM} ${error.command}`;
  // The message may quote a path, a flag's value or a file's content: one line, nothing a
  // terminal would act on.
  context.stderr.write(`${where}: ${escapeControlCharacters(error.message)}\nSee "${help}".\n`);
}

/**
 * Runs the program with its arguments (without `node` and the script path) and returns the exit
 * code. Never throws for anything a user can type or feed it: usage problems are exit code 2.
 */
export async function run(argv: readonly string[], commands: readonly Command[], version: string, context: CliContext): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? commands.find((command) => command.name === rest[0]) : undefined;
    context.stdout.write(topic === undefined ? programHelp(commands) : commandHelp(topic));
    return EXIT_CODES.ok;
  }
  if (first === '--version' || first === '-v') {
    context.stdout.write(`${version}\n`);
    return EXIT_CODES.ok;
  }
  const command = commands.find((candidate) => candidate.name === first);
  try {
    if (command === undefined) {
      const known = commands.map((candidate) => candidate.name).join(', ');
      throw new UsageError(
        first.startsWith('-') ? `unknown option ${first}; the commands are ${known}` : `unknown command "${first}"; the commands are ${known}`,
      );
    }
    const args = parseCommandArgs(command, rest);
    if (args.values.help === true) {
      context.stdout.write(commandHelp(command));
      return EXIT_CODES.ok;
    }
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      writeUsageError(error, context);
      return EXIT_CODES.usage;
    }
    if (error instanceof PolicyInputError) {
      // Flags are turned into settings the parsers accept, so this is an input the command
      // could not read as a whole (a users value that is not iterable, say).
      writeUsageError(new UsageError(error.message, command?.name), context);
      return EXIT_CODES.usage;
    }
    throw error;
  }
}
