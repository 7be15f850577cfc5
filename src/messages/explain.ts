import { describeValue } from '../input/issue';
import { PolicyInputError } from '../input/policy-input-error';
import { isRecord, ownField } from '../input/read-field';
import type { Decision } from '../policy/decision';
import { MANUAL_TRIGGERS, OUTCOME_KINDS } from '../policy/outcomes';
import { ADVISORY_CODES, type AdvisoryCode } from '../preview/advisories';
import { LOCALES, type LibraryWords, type Locale } from './catalog';
import { library as en } from './en';
import { library as fr } from './fr';
import { readCode } from './read-code';

const CATALOGUES: { readonly [L in Locale]: LibraryWords } = { en, fr };

/**
 * Checks a locale, `undefined` meaning English, and gives its library words: every sentence
 * of the main entry is read through it.
 *
 * @internal
 * @example
 * resolveLocale(undefined) === resolveLocale('en')
 * //=> true
 */
export function resolveLocale(locale: unknown): LibraryWords {
  return CATALOGUES[locale === undefined ? 'en' : readCode(LOCALES, locale, 'locale', 'locale')];
}

/**
 * Explains a decision to a Control Hub admin in one or two sentences, in English or French.
 * Only `kind` (and `trigger`, for `manual-required`) are read, so a decision stored as JSON
 * explains just as well.
 *
 * @param locale - `'en'` (the default) or `'fr'`.
 * @throws {@link PolicyInputError} when `locale` is not one of `LOCALES` (the path is
 * `['locale']`), or when the decision is not an object or its `kind` or `trigger` is not one
 * this package knows (the path names the field).
 * @example
 * const decision = decide({ autoSendActivationEmails: false }, { id: 'u1', license: 'paid', hasSignedIn: false });
 * explain(decision)
 * //=> 'Automatic activation emails are off, so you must email this user yourself. They hold a paid licence, never signed in and were never emailed.'
 * explain(decide({}, { id: 'u2', license: 'free', hasSignedIn: false }), 'fr')
 * //=> "Cet utilisateur a une licence gratuite\u00a0: aucun courrier électronique d'activation."
 */
export function explain(decision: Decision, locale?: Locale): string {
  const words = resolveLocale(locale);
  if (!isRecord(decision)) {
    throw new PolicyInputError(
      [{ path: [], message: `a decision must be an object (received ${describeValue(decision)})` }],
      'decision',
    );
  }
  const kind = readCode(OUTCOME_KINDS, ownField(decision, 'kind'), 'kind', 'decision');
  // A manual decision adds why; no other kind carries a trigger to read. Plain code rather
  // than a match over every kind: this ships in the main entry, where every byte counts.
  return kind === 'manual-required'
    ? `${words.kinds[kind]} ${words.triggers[readCode(MANUAL_TRIGGERS, ownField(decision, 'trigger'), 'trigger', 'decision')]}`
    : words.kinds[kind];
}

/**
 * Explains an advisory of {@link previewSettingsChange} to an admin, in English or French.
 *
 * @param locale - `'en'` (the default) or `'fr'`.
 * @throws {@link PolicyInputError} when `code` is not one of `ADVISORY_CODES` (path `['code']`)
 * or `locale` is not one of `LOCALES` (path `['locale']`).
 * @example
 * explainAdvisory('reminders-suppressed')
 * //=> 'Control Hub stops reminding users who never signed in: track and remind them yourself.'
 */
export function explainAdvisory(code: AdvisoryCode, locale?: Locale): string {
  return resolveLocale(locale).advisories[readCode(ADVISORY_CODES, code, 'code', 'advisory code')];
}
