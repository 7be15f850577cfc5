import { email as en } from '../messages/en';
import { email as fr } from '../messages/fr';
import type { Locale } from './main-entry';

/** The words of the emails in one language. @internal */
export type EmailWords = typeof en;

/** The emails' words in each language, from the package's one catalogue per language. */
export const EMAIL_WORDS: { readonly [L in Locale]: EmailWords } = { en, fr };
