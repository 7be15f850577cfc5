import type { Command } from './command';
import { checkEmailCommand } from './commands/check-email';
import { planCommand } from './commands/plan';
import { previewCommand } from './commands/preview';
import { remindersCommand } from './commands/reminders';

/** Every command, in the order `--help` lists them. Adding a command is one file and one line here. */
export const COMMANDS: readonly Command[] = [planCommand, previewCommand, checkEmailCommand, remindersCommand];
