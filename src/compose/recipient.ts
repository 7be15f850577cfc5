import { isEmailAddress } from '../input/email-address';
import { describeValue } from '../input/issue';
import type { Issue } from './main-entry';
import type { EmailWords } from './words';

/**
 * Who one manual email goes to. Only these three fields are read (own fields only); any other
 * field is ignored, so a user snapshot with an `email` fits as is.
 *
 * @example
 * const recipient: ManualEmailRecipient = { email: 'ana@acme.example', name: 'Ana Lima', pmrLink: 'https://acme.webex.com/meet/ana' };
 */
export interface ManualEmailRecipient {
  /**
   * One email address: a local part, one `@`, a domain, at most 254 characters; no space, no
   * control or invisible formatting character, none of `, ; : < > " ( ) [ ] \`. It becomes the
   * email's `to` exactly as given, so it can never name a second recipient or add a header.
   */
  readonly email: string;
  /** Greets the user by name; no control character or line break. Blank means no name. */
  readonly name?: string;
  /** The user's own Personal Meeting Room link, an `https:` URL; wins over the draft's `pmrLink`. */
  readonly pmrLink?: string;
}

/** A recipient as the composer uses it: checked, the name trimmed, the link normalized. */
export interface CheckedRecipient {
  /** Undefined when the address was refused. */
  readonly email: string | undefined;
  readonly name: string | undefined;
  readonly pmrLink: string | undefined;
}

// What a recipient's address may not hold beyond what the snapshot's `email` field refuses: `:`
// (a group in a header), every control and invisible formatting character (C1, bidi overrides,
// zero-width) and lone surrogates.
const NOT_IN_A_RECIPIENT = /[:\p{Cc}\p{Cf}\p{Cs}]/u;
// Line breaks and controls in a name would break the greeting's line; lone surrogates, its encoding.
const BAD_NAME = /[\p{Cc}\p{Cs}\u2028\u2029]/u;
/** What {@link own} gives for a field whose read threw (a getter, a Proxy trap). */
export const THREW: unique symbol = Symbol('threw');

/** An own field, or `undefined` when absent; a throwing read gives {@link THREW}. */
export function own(record: object, key: string): unknown {
  try {
    return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
  } catch {
    return THREW;
  }
}

/** The https: URL a string holds, normalized (`href`), or undefined. */
export function httpsLink(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' ? url.href : undefined;
}

const described = (value: unknown): string => (value === THREW ? 'an unreadable value' : describeValue(value));

/**
 * Checks a recipient, pushing an issue (paths `['recipient', field]`) for each bad field.
 *
 * @internal
 */
export function readRecipient(recipient: unknown, words: EmailWords, issues: Issue[]): CheckedRecipient {
  let isRecord = false;
  try {
    isRecord = typeof recipient === 'object' && recipient !== null && !Array.isArray(recipient);
  } catch {
    // Array.isArray throws on a revoked Proxy.
  }
  if (!isRecord) {
    issues.push({ path: ['recipient'], message: words.refused.recipient(describeValue(recipient)) });
    // Stryker disable next-line ObjectLiteral: `{}` reads undefined in each field too, and the issue pushed refuses the email anyway
    return { email: undefined, name: undefined, pmrLink: undefined };
  }
  const record = recipient as object;
  const value = own(record, 'email');
  const email = isEmailAddress(value) && value.length <= 254 && !NOT_IN_A_RECIPIENT.test(value) ? value : undefined;
  if (email === undefined) issues.push({ path: ['recipient', 'email'], message: words.refused.email(described(value)) });
  const name = own(record, 'name');
  if (name !== undefined && (typeof name !== 'string' || BAD_NAME.test(name))) {
    issues.push({ path: ['recipient', 'name'], message: words.refused.name(described(name)) });
  }
  const link = own(record, 'pmrLink');
  const pmrLink = typeof link === 'string' ? httpsLink(link) : undefined;
  if (link !== undefined && pmrLink === undefined) {
    issues.push({ path: ['recipient', 'pmrLink'], message: words.refused.pmrLink(described(link)) });
  }
  return {
    email,
    name: typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined,
    pmrLink,
  };
}
