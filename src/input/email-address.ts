/**
 * One email address as this package accepts it: a local part, one `@`, a domain; no space, no
 * control character, and none of `,;<>"()[]\`, which would let one value name a second recipient
 * or a display name in a mail header. Deliberately looser than RFC 5322 (no quoted local parts,
 * no comments): these are the addresses of an org's users, not arbitrary mailboxes.
 *
 * @example
 * isEmailAddress('ana@example.com')
 * //=> true
 * isEmailAddress('ana@example.com, eve@example.org')
 * //=> false
 * @internal
 */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && EMAIL_ADDRESS.test(value);
}

/**
 * The pattern of {@link isEmailAddress}, as a string for JSON Schema. Both parts exclude the same
 * characters; `\s` covers the line breaks, `\u0000-\u001f\u007f` the rest of C0.
 *
 * @internal
 */
export const EMAIL_ADDRESS_PATTERN = '^[^\\s\\u0000-\\u001f\\u007f@,;<>"()[\\]\\\\]+@[^\\s\\u0000-\\u001f\\u007f@,;<>"()[\\]\\\\]+$';

// The same pattern as a literal (shorter in a bundle than the string); a test holds the two equal.
const EMAIL_ADDRESS = /^[^\s\0-\x1f\x7f@,;<>"()[\]\\]+@[^\s\0-\x1f\x7f@,;<>"()[\]\\]+$/u;
