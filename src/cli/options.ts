import type { OrgSettings, Locale } from '../index';
import type { OptionSpec, ParsedArgs } from './command';
import { UsageError } from './usage-error';

/** Flags several commands share, so they read and behave the same everywhere. */
export const SHARED_OPTIONS = {
  meetings: {
    type: 'boolean',
    help: 'the org bought the Webex App with Webex Meetings: manual emails must carry the Personal Meeting Room link',
  },
  lang: { type: 'string', value: 'en|fr', help: 'language of the explanations (default: en)' },
} as const satisfies Record<string, OptionSpec>;

/**
 * `--journal FILE` on the commands that decide: each user's emails come from the onboarding
 * journal (`record` writes it). The file must exist: a mistyped path read as an empty journal
 * would make every emailed user look new.
 */
export const JOURNAL_OPTION = {
  type: 'string',
  value: 'FILE',
  help: "the onboarding journal (written by record): each user's invitedAt, lastEmailedAt and remindersSent come from it",
} as const satisfies OptionSpec;

/** Reads a flag that takes one of a few words, or says which words it takes. */
export function choice<const T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
  command: string,
): T {
  const value = args.values[name];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} takes ${allowed.join(' or ')}, not ${JSON.stringify(value)}`, command);
}

/** `--name on|off` as a boolean, or `fallback` when absent. */
export function onOff(args: ParsedArgs, name: string, fallback: boolean | undefined, command: string): boolean | undefined {
  const value = args.values[name];
  if (value === undefined) return fallback;
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new UsageError(`--${name} takes on or off, not ${JSON.stringify(value)}`, command);
}

export function localeOf(args: ParsedArgs, command: string): Locale {
  return choice(args, 'lang', ['en', 'fr'] as const, 'en', command);
}

/** The org settings the flags describe; auto-send left out means the Control Hub default (on). */
export function settingsFrom(autoSend: boolean | undefined, args: ParsedArgs): OrgSettings {
  const meetingsIncluded = args.values.meetings === true;
  return autoSend === undefined ? { meetingsIncluded } : { autoSendActivationEmails: autoSend, meetingsIncluded };
}

/** At most one input argument (a path, or `-` for standard input). */
export function singleInput(args: ParsedArgs, command: string): string | undefined {
  if (args.positionals.length > 1) {
    throw new UsageError(`takes one input file, not ${args.positionals.length} (${args.positionals.join(' ')})`, command);
  }
  return args.positionals[0];
}
