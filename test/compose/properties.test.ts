// composeManualEmail as properties, over generated complete drafts with hostile text and links,
// in both languages and for both emails: every checklist item in the text and in the HTML, no
// markup or link but the checked ones, and no line break that could reach a header.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeManualEmail, COMPOSED_EMAIL_KINDS, type ManualEmailRecipient } from '../../src/compose/index';
import { LOCALES, MANUAL_EMAIL_DRAFT_FIELDS, MANUAL_EMAIL_ITEMS, PolicyInputError, requiredManualEmailItems, type ManualEmailDraft } from '../../src/index';
import { arbCompleteDraft, arbHostileString, arbRecipient } from './arbitraries';

const RUNS = { numRuns: 300 };

/** What the composer makes of a text value: line breaks as `\n`, other controls but tab dropped, trimmed. */
const cleaned = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').trim();
const escaped = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
const unescaped = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
const href = (link: string): string => new URL(link.trim()).href;

/** The links the email must carry, in order: the PMR link (per user), the portal, support, training. */
function expectedLinks(draft: ManualEmailDraft, recipient: ManualEmailRecipient): string[] {
  let pmr: string | undefined;
  if (recipient.pmrLink !== undefined) pmr = href(recipient.pmrLink);
  else if (draft.pmrLink !== undefined) {
    const localPart = recipient.email.slice(0, recipient.email.lastIndexOf('@'));
    pmr = href(draft.pmrLink.trim().replaceAll('{email}', encodeURIComponent(recipient.email)).replaceAll('{localPart}', encodeURIComponent(localPart)));
  }
  return [...(pmr === undefined ? [] : [pmr]), href(draft.userPortalLink!), ...draft.supportLinks!.map(href), ...draft.trainingLinks!.map(href)];
}

// Every tag the composer writes. Anything else, or any `<`, `>` or quote left once these are
// removed, came from a value.
const OUR_TAGS = /<!DOCTYPE html>|<html lang="(?:en|fr)">|<\/?(?:html|head|title|body|p|h2|ul|li|a)>|<meta charset="utf-8">|<br>|<a href="[^"<>]*">/g;

const options = fc.record({
  locale: fc.constantFrom(...LOCALES),
  email: fc.constantFrom(...COMPOSED_EMAIL_KINDS),
  meetingsIncluded: fc.boolean(),
});

describe('composeManualEmail: properties', () => {
  it('writes every checklist item in both the text and the HTML, for both languages and both emails', () => {
    fc.assert(
      fc.property(arbCompleteDraft(), arbRecipient(), options, (draft, recipient, opts) => {
        const email = composeManualEmail(draft, recipient, opts);
        for (const text of [draft.rolloutPlan!, draft.appValue!, draft.activationInstructions!]) {
          expect(email.text).toContain(cleaned(text));
          expect(email.html).toContain(escaped(cleaned(text)).replaceAll('\n', '<br>\n'));
        }
        for (const link of expectedLinks(draft, recipient)) {
          // On a line of its own, or as an item of a list.
          expect([`\n${link}\n`, `\n- ${link}\n`].some((line) => email.text.includes(line)), link).toBe(true);
          expect(email.html).toContain(`<a href="${escaped(link)}">${escaped(link)}</a>`);
        }
        // The portal and the way to activate, in every email.
        expect(email.text).toContain('https://settings.webex.com');
        expect(email.html).toContain('https://settings.webex.com');
        expect(email.text).toMatch(/SSO/);
        expect(email.html).toMatch(/SSO/);
        expect(email.text).toMatch(opts.locale === 'fr' ? /identifiants de l'entreprise/ : /company credentials/);
        // A reminder says so in its subject and its first paragraph.
        const reminder = opts.locale === 'fr' ? /rappel d'invitation/i : /reminder/i;
        expect(email.subject).toMatch(opts.email === 'reminder' ? reminder : /^(?!.*(?:rappel|reminder)).*$/i);
        expect(email.text.split('\n\n')[1]).toMatch(opts.email === 'reminder' ? reminder : /activation/);
      }),
      RUNS,
    );
  });

  it('writes no markup and no link but its own: every value escaped, the anchors exactly the checked links', () => {
    fc.assert(
      fc.property(arbCompleteDraft(), arbRecipient(), options, (draft, recipient, opts) => {
        const { html } = composeManualEmail(draft, recipient, opts);
        const anchors = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((match) => [unescaped(match[1]!), unescaped(match[2]!)]);
        const links = expectedLinks(draft, recipient);
        expect(anchors).toEqual(links.map((link) => [link, link]));
        expect(html.split('<a ').length - 1).toBe(links.length);
        const outside = html.replace(OUR_TAGS, '');
        expect(outside).not.toMatch(/[<>"']/);
        expect(html).not.toMatch(/<script|<style|<img|<!--/i);
        if (recipient.name !== undefined && recipient.name.trim() !== '') expect(html).toContain(escaped(cleaned(recipient.name)));
      }),
      RUNS,
    );
  });

  it('never lets a line break reach `to` or `subject`, whatever the recipient holds', () => {
    const anyRecipient = fc.record({
      email: fc.oneof(fc.emailAddress(), arbHostileString(), fc.emailAddress().chain((email) => arbHostileString().map((extra) => `${email}${extra}`))),
      name: fc.option(arbHostileString(), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbCompleteDraft(), anyRecipient, options, (draft, recipient, opts) => {
        let email;
        try {
          email = composeManualEmail(draft, recipient, opts);
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyInputError);
          expect((error as PolicyInputError).issues.every((issue) => issue.path[0] === 'recipient')).toBe(true);
          return;
        }
        expect(email.to).toBe(recipient.email);
        expect(email.to).not.toMatch(/[\r\n,;<>"]/);
        expect(email.to.split('@')).toHaveLength(2);
        expect(email.subject).not.toMatch(/[\r\n]/);
      }),
      RUNS,
    );
  });

  it('refuses an address with anything that could name a second recipient or add a header, on recipient.email', () => {
    const breaker = fc.constantFrom(',', ';', ':', '<', '>', '"', '(', ')', '[', ']', '\\', ' ', '\r', '\n', '\t', '\u0000', '\u0085', '\u2028', '\u202e', '@');
    fc.assert(
      fc.property(arbCompleteDraft(), fc.emailAddress(), breaker, fc.nat(), (draft, address, char, at) => {
        const position = at % (address.length + 1);
        const email = `${address.slice(0, position)}${char}${address.slice(position)}`;
        let issues;
        try {
          composeManualEmail(draft, { email });
        } catch (error) {
          issues = (error as PolicyInputError).issues;
        }
        expect(issues?.map((issue) => issue.path)).toEqual([['recipient', 'email']]);
      }),
      RUNS,
    );
  });

  it('refuses a draft that lacks any required item, naming each one on draft.<field>', () => {
    fc.assert(
      fc.property(
        arbCompleteDraft(),
        arbRecipient().map(({ pmrLink: _, ...recipient }) => recipient),
        fc.boolean(),
        fc.subarray([...MANUAL_EMAIL_ITEMS], { minLength: 1 }),
        (draft, recipient, meetingsIncluded, dropped) => {
          const required = requiredManualEmailItems(meetingsIncluded);
          const gaps = dropped.filter((item) => required.includes(item));
          fc.pre(gaps.length > 0);
          const partial: Record<string, unknown> = { ...draft };
          for (const item of dropped) delete partial[MANUAL_EMAIL_DRAFT_FIELDS[item]];
          let paths;
          try {
            composeManualEmail(partial, recipient, { meetingsIncluded });
          } catch (error) {
            paths = (error as PolicyInputError).issues.map((issue) => issue.path);
          }
          expect(paths).toEqual(gaps.map((item) => ['draft', MANUAL_EMAIL_DRAFT_FIELDS[item]]));
        },
      ),
      RUNS,
    );
  });

  it('is pure: the same input gives the same email', () => {
    fc.assert(
      fc.property(arbCompleteDraft(), arbRecipient(), options, (draft, recipient, opts) => {
        expect(composeManualEmail(draft, recipient, opts)).toEqual(composeManualEmail(structuredClone(draft), { ...recipient }, { ...opts }));
      }),
      { numRuns: 50 },
    );
  });
});
