import {
  checkManualEmail,
  LOCALES,
  MANUAL_EMAIL_DRAFT_FIELDS,
  PolicyInputError,
  type Issue,
  type Issues,
  type Locale,
  type ManualEmailDraft,
} from './main-entry';
import { describeValue } from '../input/issue';
import { httpsLink, own, readRecipient, THREW, type ManualEmailRecipient } from './recipient';
import { EMAIL_WORDS, type EmailWords } from './words';

/**
 * The two manual emails: the first, which activates the account, and the reminder to a user
 * who was emailed but never signed in.
 *
 * @example
 * COMPOSED_EMAIL_KINDS
 * //=> ['activation', 'reminder']
 */
export const COMPOSED_EMAIL_KINDS = ['activation', 'reminder'] as const;

/**
 * One of {@link COMPOSED_EMAIL_KINDS}.
 *
 * @example
 * const kind: ComposedEmailKind = 'reminder';
 */
export type ComposedEmailKind = (typeof COMPOSED_EMAIL_KINDS)[number];

/**
 * How to compose: the language, which email, and whether the org's Webex App came with Webex
 * Meetings (then the Personal Meeting Room link is required).
 *
 * @example
 * const options: ComposeOptions = { locale: 'fr', email: 'reminder', meetingsIncluded: true };
 */
export interface ComposeOptions {
  /** `'en'` (the default) or `'fr'`: the email's language, and that of the refusals' messages. */
  readonly locale?: Locale;
  /** `'activation'` (the default) or `'reminder'`, which says in its subject and first line that it is one. */
  readonly email?: ComposedEmailKind;
  /** As in the org's settings; `false` by default. */
  readonly meetingsIncluded?: boolean;
}

/**
 * One email, ready for any mail library: the recipient's address, a subject, and the same
 * content as plain text and as an HTML document.
 *
 * @example
 * const composed: ComposedEmail = { to: 'ana@acme.example', subject: 'Activate your Webex account', text: 'Hello…', html: '<!DOCTYPE html>…' };
 */
export interface ComposedEmail {
  /** The recipient's address, exactly as checked: one address, no name, no line break. */
  readonly to: string;
  /** From the word catalogue alone (no value of the draft or recipient), so never a line break. */
  readonly subject: string;
  /** Plain text, lines ending in `\n`; the draft's control characters other than tab and line feed dropped. */
  readonly text: string;
  /** A whole HTML document (UTF-8) with every value escaped; its only links are the checked ones. */
  readonly html: string;
}

/** One part of the email: a heading, a sentence of ours, the draft's text, and links. */
interface Block {
  readonly heading: string;
  readonly lead?: string;
  readonly body?: string;
  readonly links?: readonly string[];
  /** Links as a list (support, training) rather than one link in a paragraph (PMR, portal). */
  readonly list?: boolean;
}

const KEYS = /* @__PURE__ */ Object.values(MANUAL_EMAIL_DRAFT_FIELDS);
// Line breaks made `\n`, every other control character but tab dropped: the text goes to
// terminals and mail clients, which may act on them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const HTML_SPECIAL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const clean = (text: string): string => text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
const escape = (text: string): string => text.replace(HTML_SPECIAL, (char) => ENTITIES[char]!);

/** A field of `options`, checked against its allowed values; pushes an issue when it is not one. */
function option<T>(options: object, key: string, allowed: readonly T[], issues: Issue[]): T {
  const value = own(options, key);
  if (value === undefined || allowed.includes(value as T)) return (value ?? allowed[0]) as T;
  const list = allowed.map((item) => JSON.stringify(item)).join(', ');
  issues.push({ path: ['options', key], message: `must be one of ${list} (received ${describeValue(value)})` });
  return allowed[0]!;
}

/**
 * Checks the draft with `checkManualEmail`, pushing its problems as issues on `['draft', field]`
 * (on `['draft']` when it is not an object at all). True when it is complete.
 */
function check(draft: unknown, meetingsIncluded: boolean, locale: Locale, issues: Issue[]): boolean {
  try {
    const result = checkManualEmail(draft, { meetingsIncluded }, locale);
    for (const problem of result.problems) issues.push({ path: ['draft', problem.field], message: problem.message });
    return result.complete;
  } catch (error) {
    // Only a draft that is not an object gets here: the context and the locale are checked.
    for (const issue of (error as PolicyInputError).issues) issues.push({ path: ['draft', ...issue.path], message: issue.message });
    return false;
  }
}

/**
 * A copy of the draft's fields, each read once, lists copied entry by entry, texts cleaned: what
 * the email is written from is exactly what the second check saw, whatever a getter returns on a
 * later read, and a text of control characters alone is blank. A field whose copy throws (a
 * getter that answered the first check, then throws) becomes a symbol, which the check refuses.
 */
function copyDraft(draft: object): ManualEmailDraft {
  const copy: Record<string, unknown> = {};
  for (const key of KEYS) {
    let value = own(draft, key);
    try {
      // The text items; `pmrLink` and `userPortalLink` are links, which the URL parser reads as they are.
      if (typeof value === 'string' && !key.endsWith('Link')) value = clean(value);
      else if (Array.isArray(value)) {
        const list: unknown[] = [];
        const { length } = value;
        for (let index = 0; index < length; index += 1) {
          const entry: unknown = value[index];
          list.push(entry);
          // The check refuses the list at the first entry that is not text: no need to read on.
          if (typeof entry !== 'string') break;
        }
        value = list;
      }
    } catch {
      value = THREW;
    }
    copy[key] = value;
  }
  return copy;
}

/** The draft's PMR link for one recipient: `{email}` and `{localPart}` filled, URL-encoded. */
function fillPmrLink(link: string, email: string): string {
  const localPart = email.slice(0, email.lastIndexOf('@'));
  return link.trim().replaceAll('{email}', encodeURIComponent(email)).replaceAll('{localPart}', encodeURIComponent(localPart));
}

function links(draftLinks: readonly string[]): string[] {
  // Each entry was checked as an http: or https: URL; its normalized form is the one shown and linked.
  return draftLinks.map((link) => new URL(link.trim()).href);
}

/**
 * The email as text and as HTML, from the same paragraphs: text paragraphs apart by a blank line,
 * a section's lines by one line break; in the HTML every value escaped, each link live.
 */
function render(locale: Locale, subject: string, greeting: string, intro: string, blocks: readonly Block[], closing: string): [string, string] {
  const paragraph = (text: string): string => `<p>${escape(text).replaceAll('\n', '<br>\n')}</p>`;
  const anchor = (link: string): string => `<a href="${escape(link)}">${escape(link)}</a>`;
  const text = [greeting, intro];
  const html = [
    `<!DOCTYPE html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n<title>${escape(subject)}</title>\n</head>\n<body>`,
    paragraph(greeting),
    paragraph(intro),
  ];
  for (const { heading, lead, body, links = [], list } of blocks) {
    const lines = [heading];
    html.push(`<h2>${escape(heading)}</h2>`);
    for (const line of [lead, body]) {
      if (line === undefined) continue;
      lines.push(line);
      html.push(paragraph(line));
    }
    for (const link of links) lines.push(list ? `- ${link}` : link);
    // One paragraph per link (the HTML's parts are joined by line breaks below), or one list
    // (the check requires at least one link in each list).
    if (!list) for (const link of links) html.push(`<p>${anchor(link)}</p>`);
    else html.push(`<ul>\n${links.map((link) => `<li>${anchor(link)}</li>`).join('\n')}\n</ul>`);
    text.push(lines.join('\n'));
  }
  text.push(closing);
  html.push(paragraph(closing), '</body>\n</html>\n');
  return [`${text.join('\n\n')}\n`, html.join('\n')];
}

/**
 * Writes one manual activation email, or a reminder, for one user: every item of the checklist
 * (`MANUAL_EMAIL_ITEMS`) from the org's draft, with our own words around them, as plain text and
 * as HTML, in English or French.
 *
 * - The draft must be complete for `meetingsIncluded` (see `checkManualEmail`); a recipient with
 *   their own `pmrLink` needs no PMR link in the draft.
 * - The Personal Meeting Room link is the recipient's own `pmrLink` when given; else the draft's
 *   `pmrLink`, where `{email}` and `{localPart}` (the address before its last `@`) are replaced,
 *   URL-encoded, by the recipient's. That a room's link is built from the address (as in the
 *   common `https://SITE.webex.com/meet/NAME` shape) is an assumption about the org's site,
 *   never a fact: give each recipient's own link when the names differ. Without Meetings, a
 *   link given anyway is still included.
 * - Every value is escaped in the HTML, and the only links are the draft's checked links (as
 *   normalized URLs), the recipient's PMR link and the end-user portal. The subject comes from
 *   the word catalogue only, and `to` is the checked address: no value can add a header.
 *
 * Pure: no clock, no I/O; the draft and the recipient are read once each, own fields only.
 *
 * @param draft - The org's content, as `checkManualEmail` checks it.
 * @param recipient - Who it goes to; see {@link ManualEmailRecipient}.
 * @param options - `locale` (`'en'`), `email` (`'activation'`), `meetingsIncluded` (`false`).
 * @throws {@link PolicyInputError} listing every problem at once: the draft's missing or
 * unusable items on `['draft', field]` (as `checkManualEmail` words them, in `locale`), a bad
 * recipient field on `['recipient', field]`, a bad option on `['options', key]`.
 * @example
 * const draft = {
 *   rolloutPlan: 'Webex replaces our desk phones on 1 June.',
 *   appValue: 'Calls, meetings and messages in one app.',
 *   pmrLink: 'https://acme.webex.com/meet/{localPart}',
 *   supportLinks: ['https://help.acme.example/webex'],
 *   trainingLinks: ['https://learn.acme.example/webex'],
 *   userPortalLink: 'https://settings.webex.com',
 *   activationInstructions: 'Open the Webex App and choose "Sign in with Acme".',
 * };
 * const reminder = composeManualEmail(draft, { email: 'ana@acme.example', name: 'Ana' }, { email: 'reminder', meetingsIncluded: true });
 * reminder.subject
 * //=> 'Reminder: activate your Webex account'
 * reminder.text.includes('https://acme.webex.com/meet/ana')
 * //=> true
 * let refused: unknown;
 * try {
 *   composeManualEmail({ ...draft, appValue: ' ' }, { email: 'ana@acme.example, eve@evil.example' }, { locale: 'fr' });
 * } catch (error) {
 *   refused = error;
 * }
 * (refused as PolicyInputError).issues.map((issue) => issue.path.join('.'))
 * //=> ['recipient.email', 'draft.appValue']
 */
export function composeManualEmail(draft: ManualEmailDraft, recipient: ManualEmailRecipient, options?: ComposeOptions): ComposedEmail {
  const issues: Issue[] = [];
  let locale: Locale = 'en';
  let kind: ComposedEmailKind = 'activation';
  let meetingsIncluded = false;
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null) {
      issues.push({ path: ['options'], message: `must be an object or left out (received ${describeValue(options)})` });
    } else {
      locale = option(options, 'locale', LOCALES, issues);
      kind = option(options, 'email', COMPOSED_EMAIL_KINDS, issues);
      meetingsIncluded = option(options, 'meetingsIncluded', [false, true], issues);
    }
  }
  const words: EmailWords = EMAIL_WORDS[locale];
  const to = readRecipient(recipient, words, issues);
  // The recipient's own room link stands in for the draft's: the draft need not hold one then.
  const needsDraftPmr = meetingsIncluded && to.pmrLink === undefined;
  let content: ManualEmailDraft = {};
  // Checked as given (which names every unreadable field), then copied and checked again: the
  // email is written from the copy.
  if (check(draft, needsDraftPmr, locale, issues)) {
    content = copyDraft(draft);
    check(content, needsDraftPmr, locale, issues);
  }
  let pmrLink = to.pmrLink;
  // Filled in for a good address only: a refused one is already reported.
  if (pmrLink === undefined && to.email !== undefined && typeof content.pmrLink === 'string' && content.pmrLink.trim() !== '') {
    const filled = fillPmrLink(content.pmrLink, to.email);
    pmrLink = httpsLink(filled);
    if (pmrLink === undefined) issues.push({ path: ['draft', 'pmrLink'], message: words.refused.filledPmrLink(describeValue(filled)) });
  }
  const [first, ...rest] = issues;
  if (first !== undefined) throw new PolicyInputError([first, ...rest] satisfies Issues, 'manual email');

  const { headings } = words;
  const blocks: Block[] = [
    { heading: headings['rollout-plan'], body: content.rolloutPlan! },
    { heading: headings['app-value'], body: content.appValue! },
    { heading: headings['activation-instructions'], lead: words.sso, body: content.activationInstructions! },
  ];
  if (pmrLink !== undefined) blocks.push({ heading: headings['pmr-link'], lead: words.pmr, links: [pmrLink] });
  blocks.push(
    { heading: headings['user-portal-link'], lead: words.portal, links: [new URL(content.userPortalLink!.trim()).href] },
    { heading: headings['support-links'], links: links(content.supportLinks!), list: true },
    { heading: headings['training-links'], links: links(content.trainingLinks!), list: true },
  );
  const subject = words.subject[kind];
  const [text, html] = render(locale, subject, words.greeting(to.name), words.intro[kind], blocks, words.closing);
  return { to: to.email!, subject, text, html };
}
