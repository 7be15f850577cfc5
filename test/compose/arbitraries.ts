// Complete manual-email drafts and recipients, every text and link made of hostile pieces:
// markup, quotes, entities, scheme names, header lines, control characters, any Unicode.
import fc from 'fast-check';
import type { ManualEmailRecipient } from '../../src/compose/index';
import { checkManualEmail, type ManualEmailDraft } from '../../src/index';

/** Pieces that would become markup, a link, an attribute or a header if written unescaped. */
export const HOSTILE_PIECES = [
  '<script>alert(1)</script>',
  '<a href="https://evil.example/">click</a>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '<!-- ',
  ']]>',
  '&lt;b&gt;',
  '&amp;',
  '&#60;script&#62;',
  'javascript:alert(1)',
  '<style>body{display:none}</style>',
  '\r\nBcc: eve@evil.example\r\n',
  '\n\n',
  '\u0000\u001b[2J\u007f\u009b',
  '\u2028\u202e',
  '{email}',
  '{localPart}',
  '<',
  '>',
  '"',
  "'",
  '&',
] as const;

/** A string of hostile pieces and arbitrary text (any code point, lone surrogates too). */
export function arbHostileString(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
  return fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
}

/** A non-blank hostile text, as the text items must be. */
export function arbText(): fc.Arbitrary<string> {
  return fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), arbHostileString(), arbHostileString())
    .map(([word, before, after]) => `${before}${word}${after}`)
    // Not blank once the composer drops control characters (it refuses such a text as blank).
    .filter((text) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').trim() !== '');
}

/** A URL string the checklist accepts for `schemes`, with hostile text in its path, query and fragment. */
export function arbLink(schemes: readonly ('http' | 'https')[] = ['http', 'https']): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.webUrl({ validSchemes: [...schemes], withQueryParameters: true, withFragments: true }),
      arbHostileString(),
      fc.constantFrom('', '/', '?q=', '#'),
      fc.constantFrom('', ' ', '  '),
    )
    .map(([url, hostile, joint, pad]) => `${pad}${url}${joint}${hostile}${pad}`)
    .filter((link) => {
      try {
        const url = new URL(link.trim());
        // No placeholder in the host: a room's name goes in the path (see arbPmrLink).
        return schemes.includes(url.protocol.slice(0, -1) as 'http') && url.username === '' && url.password === '' && !/[{}%]/.test(url.host);
      } catch {
        return false;
      }
    });
}

/** The end-user portal, as an admin may write it. */
export function arbPortalLink(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('https://settings.webex.com', 'https://SETTINGS.webex.com', ' https://settings.webex.com'), fc.constantFrom('', '/', '/profile'), arbHostileString())
    .map(([origin, path, query]) => (path === '' ? origin : `${origin}${path}?x=${query}`))
    .filter((link) => {
      try {
        return new URL(link.trim()).host === 'settings.webex.com';
      } catch {
        return false;
      }
    });
}

/** A PMR link, sometimes with `{email}` and `{localPart}` where the room's name goes. */
export function arbPmrLink(): fc.Arbitrary<string> {
  return fc.oneof(
    arbLink(['https']),
    fc.constantFrom(
      'https://acme.webex.com/meet/{localPart}',
      'https://acme.webex.com/meet/{localPart}?from={email}',
      'https://acme.webex.com/join/{email}#{localPart}',
    ),
  );
}

/** Drafts `checkManualEmail` finds complete with Meetings included (so with a PMR link). */
export function arbCompleteDraft(): fc.Arbitrary<ManualEmailDraft> {
  return fc
    .record({
      rolloutPlan: arbText(),
      appValue: arbText(),
      pmrLink: arbPmrLink(),
      supportLinks: fc.array(arbLink(), { minLength: 1, maxLength: 3 }),
      trainingLinks: fc.array(arbLink(), { minLength: 1, maxLength: 3 }),
      userPortalLink: arbPortalLink(),
      activationInstructions: arbText(),
    })
    .filter((draft) => checkManualEmail(draft, { meetingsIncluded: true }).complete);
}

/** A display name: hostile, but free of the control characters and line breaks a name refuses. */
export function arbName(): fc.Arbitrary<string | undefined> {
  return fc.option(arbHostileString().map((name) => name.replace(/[\p{Cc}\p{Cs}\u2028\u2029]/gu, '')), { nil: undefined });
}

/** Recipients the composer accepts: an address as fast-check makes them, maybe a name, maybe a link. */
export function arbRecipient(): fc.Arbitrary<ManualEmailRecipient> {
  return fc.record(
    { email: fc.emailAddress().filter((email) => email.length <= 254), name: arbName(), pmrLink: arbLink(['https']) },
    { requiredKeys: ['email'] },
  );
}
