import type { ManualEmailItem } from '../manual-email/checklist';
import type { ManualTrigger, OutcomeKind } from '../policy/outcomes';
import type { AdvisoryCode } from '../preview/advisories';
import type { ReminderStatus } from '../reminders/plan-reminders';

/**
 * The languages the explanations are written in; English is the default.
 *
 * @example
 * LOCALES
 * //=> ['en', 'fr']
 */
export const LOCALES = ['en', 'fr'] as const;

/**
 * A language the explanations are written in.
 *
 * @example
 * const locale: Locale = 'fr';
 */
export type Locale = (typeof LOCALES)[number];

/**
 * The shape of the library's words, one entry per code of each list. The English catalogue
 * (`en.ts`) is checked against it; every other language against {@link Words} of the English
 * one, so a sentence missing from any language, or a stray one, fails to compile.
 *
 * To add a section (say `audits`): add `readonly audits: { readonly [K in AuditCode]: string }`
 * below, `AuditCode` derived from its own `as const` list; write it in `en.ts`, and `tsc` then
 * names every other catalogue that lacks it. Read it as `resolveLocale(locale).audits[code]`
 * (see `explain.ts`), which checks the locale for every section. The library words ship in the
 * main entry: one or two sentences each.
 *
 * @internal
 */
export interface LibraryWords {
  /** What each outcome means for the user, in one sentence. */
  readonly kinds: { readonly [K in OutcomeKind]: string };
  /** Why a manual email is needed; follows the `manual-required` sentence. */
  readonly triggers: { readonly [T in ManualTrigger]: string };
  /** What an admin must be told about a settings change. */
  readonly advisories: { readonly [A in AdvisoryCode]: string };
  /** Where an inactive user stands in the by-hand follow-up (see `planReminders`). */
  readonly reminders: { readonly [S in ReminderStatus]: string };
  /** The sentences of `checkManualEmail`: `problem(field + fault, wanted[item])`. */
  readonly manualEmail: {
    /** What each item must hold, ending every problem about it. */
    readonly wanted: { readonly [I in ManualEmailItem]: string };
    /** Joins the field and its fault to what the item must hold, as one sentence. */
    readonly problem: (fault: string, wanted: string) => string;
    readonly missing: string;
    readonly blank: string;
    readonly unreadable: string;
    readonly emptyList: string;
    readonly credentials: string;
    /** Says a value (as `describeValue` writes it) is not `text`, `https`, `list` or `link`. */
    readonly isNot: (value: string, what: string) => string;
    readonly text: string;
    readonly https: string;
    readonly list: string;
    readonly link: string;
    readonly wrongHost: (host: string, portalHost: string) => string;
  };
}

/**
 * The type every other language's section must satisfy, derived from the English one: the
 * same keys at every level, a string for each string, the same signature for each function.
 *
 * @internal
 */
export type Words<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: never[]) => unknown
      ? T[K]
      : Words<T[K]>;
};
