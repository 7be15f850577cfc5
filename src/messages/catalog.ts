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
 * Every message of one language. Each locale's catalog (`en.ts`, `fr.ts`) is checked with
 * `satisfies Catalog`, so a message missing from any language, or a stray one, fails to compile.
 *
 * To add a section (as `reminders` was added; say `audits`):
 * 1. add `readonly audits: { readonly [K in AuditCode]: string };` below, `AuditCode` being
 *    derived from your own `as const` list, as the other sections are;
 * 2. add an `audits: { ... }` block to every catalog (`en.ts`, `fr.ts`): `tsc` names each
 *    one that lacks it, and each missing message;
 * 3. read it as `resolveLocale(locale).audits[code]` (see `explain.ts`): `resolveLocale`
 *    checks the locale and throws the same `PolicyInputError` for every section.
 * Keep each message to one or two sentences: the catalogs ship in the main entry.
 *
 * @example
 * const message: Catalog['advisories']['reminders-resumed'] = 'Control Hub reminds them again.';
 */
export interface Catalog {
  /** What each outcome means for the user, in one sentence. */
  readonly kinds: { readonly [K in OutcomeKind]: string };
  /** Why a manual email is needed; follows the `manual-required` sentence. */
  readonly triggers: { readonly [T in ManualTrigger]: string };
  /** What an admin must be told about a settings change. */
  readonly advisories: { readonly [A in AdvisoryCode]: string };
  /** Where an inactive user stands in the by-hand follow-up (see `planReminders`). */
  readonly reminders: { readonly [S in ReminderStatus]: string };
}
