import type { Locale } from '../index';
import { CLI_WORDS } from '../formats/index';

const { en, fr } = CLI_WORDS;

/** The command line's own words in one language, as the catalogue (`src/messages`) holds them. */
export type Labels = typeof en;

/** The command line's own words, in each language the explanations come in. */
export const LABELS: { readonly [L in Locale]: Labels } = { en, fr };
