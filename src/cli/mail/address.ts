import { parseUserSnapshot } from '../../index';

/**
 * True when `text` is one email address as the package accepts one: the rule of a snapshot's
 * `email` field (a local part, one `@`, a domain; no space, control character or `,;<>"()[]\`,
 * which would let one value name a second recipient). Asked of the public parser, so the command
 * line keeps to the package's public entries.
 */
export function isEmailAddress(text: string): boolean {
  return parseUserSnapshot({ id: 'address-check', license: 'free', hasSignedIn: true, email: text }).ok;
}
