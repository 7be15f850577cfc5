import { MANUAL_EMAIL_DRAFT_TABLE } from '../input/fields';
import { describeValue, nestIssues } from '../input/issue';
import { parseOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { ownField, recordIssues, UNREADABLE } from '../input/read-field';
import {
  MANUAL_EMAIL_DRAFT_FIELDS,
  requiredManualEmailItems,
  USER_PORTAL_URL,
  type ManualEmailItem,
} from './checklist';
import type { LibraryWords, Locale } from '../messages/catalog';
import { resolveLocale } from '../messages/explain';

type ManualEmailWords = LibraryWords['manualEmail'];

/**
 * What is wrong with one checklist item of a draft.
 *
 * @example
 * const problem: ManualEmailProblem = { item: 'app-value', field: 'appValue', message: 'appValue is missing: say what the Webex App is for and why it helps.' };
 */
export interface ManualEmailProblem {
  /** The checklist id, as in `MANUAL_EMAIL_ITEMS`. */
  readonly item: ManualEmailItem;
  /** The draft field that holds it, as in `MANUAL_EMAIL_DRAFT_FIELDS`. */
  readonly field: (typeof MANUAL_EMAIL_DRAFT_FIELDS)[ManualEmailItem];
  /** One sentence: what is wrong and what the item must hold. */
  readonly message: string;
}

/**
 * The verdict on a manual activation email draft.
 *
 * @example
 * const check: ManualEmailCheck = { complete: true, missing: [], problems: [] };
 */
export interface ManualEmailCheck {
  /** True when every required item is present and usable. */
  readonly complete: boolean;
  /** The ids of the items absent or unusable, in checklist order. */
  readonly missing: readonly ManualEmailItem[];
  /** One per missing item, in the same order. */
  readonly problems: readonly ManualEmailProblem[];
}

/**
 * The fields of a manual activation email draft, as a form fills them in. Every field is
 * optional here because checking a half-written draft is the point.
 *
 * @example
 * const draft: ManualEmailDraft = { rolloutPlan: 'Webex replaces our old phones on 1 June.', supportLinks: ['https://help.example.com/webex'] };
 */
export interface ManualEmailDraft {
  readonly rolloutPlan?: string;
  readonly appValue?: string;
  readonly pmrLink?: string;
  readonly supportLinks?: readonly string[];
  readonly trainingLinks?: readonly string[];
  readonly userPortalLink?: string;
  readonly activationInstructions?: string;
}

/** The draft field types that hold a checklist item. */
type Kind = (typeof MANUAL_EMAIL_DRAFT_TABLE)[number]['type'];

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The URL a string holds, or undefined; only http: and https: ever count as links. */
function linkOf(value: unknown, schemes: readonly string[]): URL | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    // Not a URL at all.
  }
  return url !== undefined && schemes.includes(url.protocol) ? url : undefined;
}

const HTTPS = ['https:'] as const;
const WEB = ['http:', 'https:'] as const;

/**
 * Why a present value is unusable, or undefined when it is fine. The text follows the field
 * name: ` is ...` about the field, `[i] is ...` about one entry of a list.
 */
function fault(kind: Kind, value: unknown, words: ManualEmailWords): string | undefined {
  if (value === UNREADABLE) return words.unreadable;
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? undefined : words.isNot(describeValue(value), words.text);
    case 'https-link':
      return linkOf(value, HTTPS) ? undefined : words.isNot(describeValue(value), words.https);
    case 'portal-link': {
      const url = linkOf(value, HTTPS);
      if (url === undefined) return words.isNot(describeValue(value), words.https);
      const portal = new URL(USER_PORTAL_URL);
      if (url.host !== portal.host) return words.wrongHost(describeValue(url.host), portal.host);
      return url.username === '' && url.password === '' ? undefined : words.credentials;
    }
    case 'links':
      try {
        if (!Array.isArray(value)) return words.isNot(describeValue(value), words.list);
        const list: readonly unknown[] = value;
        if (list.length === 0) return words.emptyList;
        // Stops at the first bad entry, so a huge sparse array costs one step.
        for (let index = 0; index < list.length; index += 1) {
          const entry = list[index];
          if (linkOf(entry, WEB) === undefined) return `[${index}]${words.isNot(describeValue(entry), words.link)}`;
        }
        return undefined;
      } catch {
        // A Proxy standing in for the array threw while being read.
        return words.unreadable;
      }
  }
}

function contextOf(context: unknown): boolean {
  if (context === undefined) return false;
  const parsed = parseOrgSettings(context);
  if (parsed.ok) return parsed.value.meetingsIncluded;
  throw new PolicyInputError(nestIssues('context', parsed.issues), 'context');
}

/**
 * Checks a manual activation email draft against the checklist (`MANUAL_EMAIL_ITEMS`): what
 * is missing or unusable, in checklist order, and what is wrong with each, in a sentence.
 *
 * - Text items (`rolloutPlan`, `appValue`, `activationInstructions`) must be non-blank strings.
 * - `supportLinks` and `trainingLinks` must be arrays of at least one link, every entry an
 *   `http:` or `https:` URL.
 * - `userPortalLink` must be an `https:` URL on the end-user portal's host (`USER_PORTAL_URL`),
 *   any path, no user name or password.
 * - `pmrLink` must be an `https:` URL; it is required only when `context.meetingsIncluded`,
 *   but checked whenever it is filled in, since a broken link would still go out.
 *
 * No other scheme (`javascript:`, `data:`, `mailto:`, ...) ever counts as a link. Fields are
 * read once each and a field whose read throws (a getter, a Proxy) is reported like any other
 * unusable value: a draft always gives a result.
 *
 * @param draft - The form's values: an object; unknown fields are ignored.
 * @param context - The org's settings, or just `{ meetingsIncluded }`; `meetingsIncluded`
 * defaults to `false`, as in the settings.
 * @param locale - The language of the problems' sentences: `'en'` (the default) or `'fr'`.
 * @throws {@link PolicyInputError} when `draft` is not an object (path `[]`), `context` is
 * not valid org settings (paths start with `context`), or `locale` is not one of `LOCALES`
 * (path `['locale']`): those are programming errors, not gaps in a draft.
 * @example
 * const check = checkManualEmail({
 *   rolloutPlan: 'Webex replaces our desk phones on 1 June.',
 *   appValue: 'Calls, meetings and messages in one app.',
 *   supportLinks: ['https://help.example.com/webex'],
 *   trainingLinks: ['javascript:alert(1)'],
 *   userPortalLink: 'https://settings.webex.com',
 * });
 * check.missing
 * //=> ['training-links', 'activation-instructions']
 * check.problems[0]?.message
 * //=> 'trainingLinks[0] is "javascript:alert(1)", not an http: or https: link: list at least one link to internal training, each an http: or https: URL.'
 * checkManualEmail({ rolloutPlan: ' ' }, { meetingsIncluded: true }, 'fr').problems[2]?.message
 * //=> 'pmrLink est absent\u00a0: il faut le lien https de la salle de réunion personnelle (PMR).'
 */
export function checkManualEmail(
  draft: unknown,
  context?: { readonly meetingsIncluded?: boolean },
  locale?: Locale,
): ManualEmailCheck {
  const words = resolveLocale(locale).manualEmail;
  const meetingsIncluded = contextOf(context);
  const notRecord = recordIssues(draft, 'a draft');
  if (notRecord !== undefined) throw new PolicyInputError(notRecord, 'draft');
  // What recordIssues accepts is an object whose fields can be read.
  const record = draft as object;
  const required = requiredManualEmailItems(meetingsIncluded);
  const missing: ManualEmailItem[] = [];
  const problems: ManualEmailProblem[] = [];
  for (const { key: field, item, type } of MANUAL_EMAIL_DRAFT_TABLE) {
    const value = ownField(record, field);
    let what: string | undefined;
    // An unreadable field (the UNREADABLE symbol) is not absent: fault says why it cannot be read.
    if (isAbsent(value)) {
      if (required.includes(item)) what = value === undefined || value === null ? words.missing : words.blank;
    } else {
      what = fault(type, value, words);
    }
    if (what === undefined) continue;
    missing.push(item);
    problems.push({ item, field, message: words.problem(field + what, words.wanted[item]) });
  }
  return { complete: missing.length === 0, missing, problems };
}
