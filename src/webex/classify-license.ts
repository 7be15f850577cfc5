import type { License } from './main-entry';
import { licenseName } from './license-catalog';
import { isFreeLicenseType, licenseTypeCode } from './license-type';
import type { WebexLicense } from './types';

/**
 * The names, as the Licenses API gives them, of the licences whose types are in
 * {@link FREE_LICENSE_TYPES}. Observed in real orgs like the types, not documented by Cisco.
 * Used only for a licence id that carries no type (as in Cisco's published examples).
 *
 * @example
 * FREE_LICENSE_NAMES.length
 * //=> 4
 */
export const FREE_LICENSE_NAMES: readonly string[] = Object.freeze([
  'Basic Messaging',
  'Free screen share',
  'Call on Webex (1:1 call, non-PSTN)',
  'Basic Space Meetings',
]);

const freeNames = new Set(FREE_LICENSE_NAMES.map((name) => name.toLowerCase()));

/**
 * The built-in licence classification, used when no `isPaidLicense` is given:
 * 1. the type decoded from the id ({@link licenseTypeCode}): `'free'` for
 *    {@link FREE_LICENSE_TYPES}, `'paid'` for every other type;
 * 2. for an id that carries no type, the licence's name in the `licenses` option:
 *    `'free'` for {@link FREE_LICENSE_NAMES} (any case), `'paid'` for any other name;
 * 3. otherwise `null`: unknown, and this package does not guess.
 *
 * @example
 * classifyWebexLicense(btoa('ciscospark://us/LICENSE/org-1:FMS_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f'))
 * //=> 'free'
 * classifyWebexLicense(btoa('ciscospark://us/LICENSE/org-1:BCSTD_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f'))
 * //=> 'paid'
 * classifyWebexLicense('Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYWJj', { id: 'Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYWJj', name: 'Meeting - Webex Meeting Center' })
 * //=> 'paid'
 * classifyWebexLicense('Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYWJj')
 * //=> null
 */
export function classifyWebexLicense(licenseId: string, license?: WebexLicense): License | null {
  const type = licenseTypeCode(licenseId);
  if (type !== null) return isFreeLicenseType(type) ? 'free' : 'paid';
  const name = licenseName(license);
  if (name === undefined || name.trim() === '') return null;
  return freeNames.has(name.trim().toLowerCase()) ? 'free' : 'paid';
}
