import type { Locale } from '../index';
import { cli as en } from '../messages/en';
import { cli as fr } from '../messages/fr';

/** The command line's own words in one language, as the catalogue (`src/messages`) holds them. */
export type Labels = typeof en;

/** The command line's own words, in each language the explanations come in. */
export const LABELS: { readonly [L in Locale]: Labels } = { en, fr };
