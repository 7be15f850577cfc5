/**
 * The licence types that Webex orgs hold for free, as decoded by {@link licenseTypeCode}.
 *
 * Cisco does not document which licence types are free. These four were observed in real orgs,
 * held by every user with 100% of units consumed: `FMS` (Basic Messaging), `FSS` (Free screen
 * share), `FTC` (Call on Webex, 1:1 non-PSTN) and `FTM` (Basic Space Meetings). Every other type
 * is taken as paid. When an org holds a free type missing from this list, pass your own
 * `isPaidLicense` to {@link snapshotFromWebexPerson}; it always wins.
 *
 * @example
 * FREE_LICENSE_TYPES.includes('FMS')
 * //=> true
 * FREE_LICENSE_TYPES.length
 * //=> 4
 */
export const FREE_LICENSE_TYPES: readonly ['FMS', 'FSS', 'FTC', 'FTM'] = Object.freeze([
  'FMS',
  'FSS',
  'FTC',
  'FTM',
] as const);

/**
 * One of {@link FREE_LICENSE_TYPES}.
 *
 * @example
 * const type: FreeLicenseType = 'FTM';
 */
export type FreeLicenseType = (typeof FREE_LICENSE_TYPES)[number];

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE: ReadonlyMap<string, number> = new Map([
  ...[...BASE64_DIGITS].map((digit, value) => [digit, value] as const),
  // base64url digits, as ids copied from URLs carry them.
  ['-', 62],
  ['_', 63],
]);

/**
 * Decodes base64 or base64url (padding optional) holding ASCII text; `null` for anything else.
 * A small decoder rather than `atob` or `Buffer`, so that the same code runs in every runtime
 * and never throws.
 */
function decodeAsciiBase64(text: string): string | null {
  const digits = text.replace(/={1,2}$/, '');
  // No digits decode to '', which no licence id matches.
  if (digits.length % 4 === 1) return null;
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const digit of digits) {
    const value = DIGIT_VALUE.get(digit);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      // Licence ids decode to plain ASCII; anything else is not one.
      if (byte < 0x20 || byte > 0x7e) return null;
      out += String.fromCharCode(byte);
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

// ciscospark://<cluster>/LICENSE/<orgId>:<TYPE>_<rest>; the cluster is `us` in the ids seen so
// far, and other Webex ids also carry forms such as `urn:TEAM:us-east-2_a`; the rest is a uuid,
// sometimes followed by `_<site url>` for Meetings licences.
const LICENSE_URI = /^ciscospark:\/\/[^/]+\/LICENSE\/[^:/]+:([A-Z0-9]+)_./;

/**
 * Reads the licence type out of a Webex licence id: the ids are base64 for
 * `ciscospark://us/LICENSE/<orgId>:<TYPE>_<uuid>`. Returns `null` when the id is not such a
 * string (not base64, another kind of id, or a licence id that carries no type), never throws.
 * Accepts base64url digits and missing padding.
 *
 * @example
 * licenseTypeCode(btoa('ciscospark://us/LICENSE/0f6e2c52-org:MS_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f'))
 * //=> 'MS'
 * licenseTypeCode(btoa('ciscospark://us/LICENSE/96abc2aa-3dcc-11e5-a152-fe34819cdc9a'))
 * //=> null
 * licenseTypeCode('not a licence id')
 * //=> null
 */
export function licenseTypeCode(licenseId: string): string | null {
  if (typeof licenseId !== 'string') return null;
  const decoded = decodeAsciiBase64(licenseId.trim());
  if (decoded === null) return null;
  const match = LICENSE_URI.exec(decoded);
  return match === null ? null : match[1]!;
}

/**
 * Whether a decoded licence type is one of {@link FREE_LICENSE_TYPES}.
 *
 * @example
 * isFreeLicenseType('FTM')
 * //=> true
 * isFreeLicenseType('BCSTD')
 * //=> false
 */
export function isFreeLicenseType(type: string): type is FreeLicenseType {
  return (FREE_LICENSE_TYPES as readonly string[]).includes(type);
}
