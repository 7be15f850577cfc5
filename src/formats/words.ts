import { cli as enCli, page as enPage } from '../messages/en';
import { cli as frCli, page as frPage } from '../messages/fr';

/**
 * The words of the command line's own tables and messages (headings, summaries, the reminders
 * command's sections), in each language, from the package's one catalogue per language. The
 * command line reads them here, through a public entry, as it reads everything else. Internal:
 * they follow the command line's output and may change with it in any release.
 *
 * @example
 * Object.keys(CLI_WORDS)
 * //=> ['en', 'fr']
 * @internal
 */
export const CLI_WORDS = /* @__PURE__ */ Object.freeze({ en: enCli, fr: frCli });

/**
 * The words of the preview page (headings, labels, statuses), in each language, from the same
 * catalogue, for a page that loads the package as any frontend does. Internal: they follow the
 * page and may change with it in any release.
 *
 * @example
 * typeof PAGE_WORDS.fr.title
 * //=> 'string'
 * @internal
 */
export const PAGE_WORDS = /* @__PURE__ */ Object.freeze({ en: enPage, fr: frPage });
