import type { Command } from './command';
import { COMMAND_SUMMARIES } from './help';

/** The name of a command, as the program's `--help` lists it. */
export type CommandName = (typeof COMMAND_SUMMARIES)[number]['name'];

/**
 * Each command's module, loaded only when that command runs: the build puts each command in a
 * chunk of its own with the packages only it needs, so `plan` never loads the mail client (and
 * with it `node:net`, `node:tls`, `node:crypto`...). The keys are the names `--help` lists: the
 * compiler wants a loader for each of them and for nothing else. A new command is one file, one
 * line in `COMMAND_SUMMARIES` and one line here.
 */
const LOADERS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  plan: async () => (await import('./commands/plan')).planCommand,
  preview: async () => (await import('./commands/preview')).previewCommand,
  'check-email': async () => (await import('./commands/check-email')).checkEmailCommand,
  reminders: async () => (await import('./commands/reminders')).remindersCommand,
  record: async () => (await import('./commands/record')).recordCommand,
  send: async () => (await import('./commands/send')).sendCommand,
};

/** The command called `name`, loaded; `undefined` for a word that names no command. */
export function loadCommand(name: string | undefined): Promise<Command> | undefined {
  return name !== undefined && Object.hasOwn(LOADERS, name) ? LOADERS[name as CommandName]() : undefined;
}

/** Every command, loaded, in the order `--help` lists them. */
export function loadCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_SUMMARIES.map(({ name }) => LOADERS[name]()));
}
