import type { Locale } from 'activation-email-policy';
import { PAGE_WORDS } from 'activation-email-policy/formats';

const { en, fr } = PAGE_WORDS;

/**
 * The page's own words (headings, labels, statuses) in one language, as the package's word
 * catalogue holds them; explanations and checklist problems come from the package's functions.
 */
type PageText = typeof en;

export const PAGE_TEXT: { readonly [L in Locale]: PageText } = { en, fr };
export type { PageText };
