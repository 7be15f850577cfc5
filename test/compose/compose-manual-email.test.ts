// composeManualEmail by example: the email as written in each language and kind, what is refused
// and on which path, the PMR link per user, and drafts or recipients whose reads are hostile.
import { describe, expect, it } from 'vitest';
import { composeManualEmail, COMPOSED_EMAIL_KINDS, type ManualEmailRecipient } from '../../src/compose/index';
import { MANUAL_EMAIL_DRAFT_FIELDS, MANUAL_EMAIL_ITEMS, PolicyInputError, type ManualEmailDraft } from '../../src/index';
import { revokedProxy, throwingGetter, throwingProxy } from '../support/hostile';
import { thrownPolicyError } from '../support/thrown';

const DRAFT = Object.freeze({
  rolloutPlan: 'Webex replaces our desk phones on 1 June, one site a week.',
  appValue: 'Calls, meetings and messages in one app, on every device.',
  pmrLink: 'https://acme.webex.com/meet/{localPart}',
  supportLinks: Object.freeze(['https://help.acme.example/webex', 'http://intranet.acme.example/it']),
  trainingLinks: Object.freeze(['https://learn.acme.example/webex-101']),
  userPortalLink: 'https://settings.webex.com',
  activationInstructions: 'Open the Webex App and choose "Sign in with Acme".',
}) satisfies ManualEmailDraft;
const ANA = Object.freeze({ email: 'ana.lima@acme.example', name: 'Ana Lima' });

/** The paths of the issues a call throws, as `a.b` strings, in order. */
function refusedPaths(action: () => unknown): string[] {
  return thrownPolicyError(action).issues.map((issue) => issue.path.join('.'));
}

describe('composeManualEmail: the email', () => {
  it('writes the English activation email, item by item, in the order a reader needs them', () => {
    const email = composeManualEmail(DRAFT, ANA, { meetingsIncluded: true });
    expect(email.to).toBe('ana.lima@acme.example');
    expect(email.subject).toBe('Activate your Webex account');
    expect(email.text).toBe(
      [
        'Hello Ana Lima,',
        '',
        'This is your activation email for the Webex App: what it brings, how to activate your account and where to find help.',
        '',
        'Our goals and rollout plan',
        DRAFT.rolloutPlan,
        '',
        'Why the Webex App',
        DRAFT.appValue,
        '',
        'How to activate your account',
        "Sign in on your company's SSO page with your company credentials: the Webex App then signs you in.",
        DRAFT.activationInstructions,
        '',
        'Your Personal Meeting Room',
        'The link to your Personal Meeting Room (PMR), the same for every meeting you host:',
        'https://acme.webex.com/meet/ana.lima',
        '',
        'Your Webex settings',
        'Manage your profile and settings on the end-user portal:',
        'https://settings.webex.com/',
        '',
        'Help and support',
        '- https://help.acme.example/webex',
        '- http://intranet.acme.example/it',
        '',
        'Training',
        '- https://learn.acme.example/webex-101',
        '',
        'Welcome to the Webex App.',
        '',
      ].join('\n'),
    );
  });

  it('writes the same content as an HTML document, values escaped, links live', () => {
    const { html } = composeManualEmail(DRAFT, ANA, { meetingsIncluded: true });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Activate your Webex account<\/title>/);
    expect(html).toContain('<p>Open the Webex App and choose &quot;Sign in with Acme&quot;.</p>');
    expect(html).toContain('<p><a href="https://acme.webex.com/meet/ana.lima">https://acme.webex.com/meet/ana.lima</a></p>');
    expect(html).toContain('<ul>\n<li><a href="https://help.acme.example/webex">https://help.acme.example/webex</a></li>\n<li><a href="http://intranet.acme.example/it">');
    expect(html).toContain('<h2>How to activate your account</h2>\n<p>Sign in on your company&#39;s SSO page with your company credentials');
    expect(html.endsWith('</body>\n</html>\n')).toBe(true);
    // One element a line, none empty; the text and the HTML carry the same sections.
    expect(html).not.toMatch(/\n\n/);
    expect(html.match(/<h2>/g)).toHaveLength(7);
  });

  it('writes French with the seed\'s terms and typography', () => {
    const email = composeManualEmail(DRAFT, ANA, { locale: 'fr', meetingsIncluded: true });
    expect(email.subject).toBe('Activez votre compte Webex');
    expect(email.text).toMatch(/^Bonjour Ana Lima,\n\nVoici votre courrier électronique d'activation de l'application Webex\u00a0: /);
    expect(email.text).toContain("Connectez-vous sur la page SSO de l'entreprise avec vos identifiants de l'entreprise\u00a0: ");
    expect(email.text).toContain('Votre salle de réunion personnelle\n');
    expect(email.html).toContain('<html lang="fr">');
  });

  it('says a reminder is a reminder, in its subject and its first line, in both languages', () => {
    const en = composeManualEmail(DRAFT, ANA, { email: 'reminder' });
    expect(en.subject).toBe('Reminder: activate your Webex account');
    expect(en.text.split('\n')[2]).toMatch(/^This is a reminder of your invitation to the Webex App: /);
    const fr = composeManualEmail(DRAFT, ANA, { email: 'reminder', locale: 'fr' });
    expect(fr.subject).toBe("Rappel d'invitation\u00a0: activez votre compte Webex");
    expect(fr.text.split('\n')[2]).toMatch(/^Ceci est un rappel d'invitation à l'application Webex\u00a0: /);
    // Everything but the subject and the first line is the activation email's.
    const activation = composeManualEmail(DRAFT, ANA);
    expect(en.text.split('\n').slice(3)).toEqual(activation.text.split('\n').slice(3));
  });

  it('greets without a name when there is none, or only a blank one', () => {
    for (const recipient of [{ email: 'a@b.example' }, { email: 'a@b.example', name: '  ' }]) {
      expect(composeManualEmail(DRAFT, recipient).text.startsWith('Hello,\n\n')).toBe(true);
      expect(composeManualEmail(DRAFT, recipient, { locale: 'fr' }).text.startsWith('Bonjour,\n\n')).toBe(true);
    }
    expect(composeManualEmail(DRAFT, { email: 'a@b.example', name: '  Ana  ' }).text.startsWith('Hello Ana,\n')).toBe(true);
  });

  it('reads defaults from an empty options object as from none', () => {
    expect(composeManualEmail(DRAFT, ANA, {})).toEqual(composeManualEmail(DRAFT, ANA));
    expect(composeManualEmail(DRAFT, ANA, { locale: undefined, email: undefined, meetingsIncluded: undefined })).toEqual(
      composeManualEmail(DRAFT, ANA, { locale: 'en', email: 'activation', meetingsIncluded: false }),
    );
    expect(COMPOSED_EMAIL_KINDS).toEqual(['activation', 'reminder']);
  });

  it('keeps a text value\'s lines, as `\\n` in the text and `<br>` in the HTML, and drops other control characters', () => {
    const draft = { ...DRAFT, rolloutPlan: '  Step one.\r\nStep two.\rStep\u0007 three\u001b[2J.\u009b\tDone.  ' };
    const email = composeManualEmail(draft, ANA);
    expect(email.text).toContain('\nStep one.\nStep two.\nStep three[2J.\tDone.\n');
    expect(email.html).toContain('<p>Step one.<br>\nStep two.<br>\nStep three[2J.\tDone.</p>');
    expect(email.text).not.toMatch(/[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('shows and links every link in its normalized form', () => {
    const draft = { ...DRAFT, supportLinks: [' https://HELP.acme.example/a b?q="x"&r=<y> '], userPortalLink: 'https://SETTINGS.webex.com/profile' };
    const email = composeManualEmail(draft, ANA);
    expect(email.text).toContain('- https://help.acme.example/a%20b?q=%22x%22&r=%3Cy%3E\n');
    expect(email.text).toContain('\nhttps://settings.webex.com/profile\n');
    expect(email.html).toContain('<a href="https://help.acme.example/a%20b?q=%22x%22&amp;r=%3Cy%3E">');
  });
});

describe('composeManualEmail: the PMR link, per user', () => {
  it('fills {email} and {localPart} in the draft\'s link, URL-encoded', () => {
    const draft = { ...DRAFT, pmrLink: 'https://acme.webex.com/meet/{localPart}?for={email}' };
    const email = composeManualEmail(draft, { email: "o'neil+webex@acme.example" }, { meetingsIncluded: true });
    // The URL parser itself encodes the apostrophe in a query, not in a path.
    expect(email.text).toContain("\nhttps://acme.webex.com/meet/o'neil%2Bwebex?for=o%27neil%2Bwebex%40acme.example\n");
    expect(email.html).toContain('<a href="https://acme.webex.com/meet/o&#39;neil%2Bwebex?for=o%27neil%2Bwebex%40acme.example">');
  });

  it('uses a draft link with no placeholder as it is, for everyone', () => {
    const draft = { ...DRAFT, pmrLink: 'https://acme.webex.com/meet/helpdesk' };
    expect(composeManualEmail(draft, ANA, { meetingsIncluded: true }).text).toContain('\nhttps://acme.webex.com/meet/helpdesk\n');
  });

  it("prefers the recipient's own link, which also lets the draft go without one", () => {
    const own = { ...ANA, pmrLink: 'https://acme.webex.com/meet/alima' };
    expect(composeManualEmail(DRAFT, own, { meetingsIncluded: true }).text).toContain('\nhttps://acme.webex.com/meet/alima\n');
    const { pmrLink: _, ...withoutPmr } = DRAFT;
    const email = composeManualEmail(withoutPmr, own, { meetingsIncluded: true });
    expect(email.text).toContain('\nhttps://acme.webex.com/meet/alima\n');
    expect(refusedPaths(() => composeManualEmail(withoutPmr, ANA, { meetingsIncluded: true }))).toEqual(['draft.pmrLink']);
  });

  it('leaves the section out without Meetings and without a link, and keeps a link given anyway', () => {
    const { pmrLink: _, ...withoutPmr } = DRAFT;
    const email = composeManualEmail(withoutPmr, ANA);
    expect(email.text).not.toContain('Personal Meeting Room');
    expect(email.html).not.toContain('Personal Meeting Room');
    expect(composeManualEmail(DRAFT, ANA).text).toContain('\nhttps://acme.webex.com/meet/ana.lima\n');
  });

  it('refuses a draft link that is no https: link once filled in, on draft.pmrLink', () => {
    const draft = { ...DRAFT, pmrLink: 'https://{localPart}/meet' };
    const error = thrownPolicyError(() => composeManualEmail(draft, { email: 'a%zz@acme.example' }, { meetingsIncluded: true }));
    expect(error.issues).toEqual([
      { path: ['draft', 'pmrLink'], message: 'becomes "https://a%25zz/meet" for this recipient, not an https: link' },
    ]);
  });
});

describe('composeManualEmail: what it refuses', () => {
  for (const item of MANUAL_EMAIL_ITEMS) {
    const field = MANUAL_EMAIL_DRAFT_FIELDS[item];
    it(`a draft without ${item}, on draft.${field}, with checkManualEmail's words`, () => {
      const draft: Record<string, unknown> = { ...DRAFT };
      delete draft[field];
      const error = thrownPolicyError(() => composeManualEmail(draft, ANA, { meetingsIncluded: true }));
      expect(error.issues).toEqual([{ path: ['draft', field], message: expect.stringMatching(new RegExp(`^${field} is missing: `)) }]);
      expect(error.message).toMatch(new RegExp(`^Invalid manual email: draft\\.${field}: ${field} is missing`));
      const fr = thrownPolicyError(() => composeManualEmail(draft, ANA, { meetingsIncluded: true, locale: 'fr' }));
      expect(fr.issues[0]!.message).toMatch(new RegExp(`^${field} est absent`));
    });
  }

  it('a draft with an unusable item, every one listed at once', () => {
    const draft = { ...DRAFT, appValue: ' ', trainingLinks: ['javascript:alert(1)'], userPortalLink: 'https://evil.example' };
    expect(refusedPaths(() => composeManualEmail(draft, ANA))).toEqual(['draft.appValue', 'draft.trainingLinks', 'draft.userPortalLink']);
  });

  it('a text of control characters alone, as blank, since nothing of it would show', () => {
    const error = thrownPolicyError(() => composeManualEmail({ ...DRAFT, appValue: ' \u0000\u001b\r\n ' }, ANA));
    expect(error.issues).toEqual([{ path: ['draft', 'appValue'], message: expect.stringMatching(/^appValue is blank: /) }]);
  });

  it('a draft that is not an object, on draft', () => {
    for (const draft of [null, 'text', 42, [], new Map()]) {
      const error = thrownPolicyError(() => composeManualEmail(draft as never, ANA));
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]!.path).toEqual(['draft']);
      expect(error.issues[0]!.message).toMatch(/^a draft must be a/);
    }
  });

  it.each([
    ['ana@acme.example, eve@evil.example', 'a second recipient after a comma'],
    ['ana@acme.example\r\nBcc: eve@evil.example', 'a header after a line break'],
    ['Ana <ana@acme.example>', 'a display name'],
    ['"ana"@acme.example', 'a quoted local part'],
    ['ana@acme.example;eve@evil.example', 'a list after a semicolon'],
    ['team:ana@acme.example;', 'a group'],
    ['ana@@acme.example', 'two @'],
    ['ana.acme.example', 'no @'],
    ['@acme.example', 'no local part'],
    ['ana@', 'no domain'],
    [' ana@acme.example', 'a space'],
    ['ana@acme.example\u0000', 'a control character'],
    ['ana@acme\u202e.example', 'a bidi override'],
    ['ana\u200b@acme.example', 'a zero-width space'],
    ['ana@acme.\ud800example', 'a lone surrogate'],
    [`${'a'.repeat(250)}@b.example`, 'more than 254 characters'],
    ['', 'nothing'],
  ])('an email address with %j (%s), on recipient.email', (email) => {
    const error = thrownPolicyError(() => composeManualEmail(DRAFT, { email }));
    expect(error.issues.map((issue) => issue.path)).toEqual([['recipient', 'email']]);
    expect(error.issues[0]!.message).toMatch(/^must be one email address: .* \(received /);
  });

  it('accepts the addresses an org uses: dots, plus, apostrophe, hyphen, digits, non-ASCII', () => {
    for (const email of ['ana.lima@acme.example', 'ana+webex@acme.example', "o'neil@acme.example", 'a-1@sub.acme.example', 'zoë@acmé.example']) {
      expect(composeManualEmail(DRAFT, { email }).to).toBe(email);
    }
  });

  it('a bad name, a bad link, a recipient that is not an object, each on its own path', () => {
    expect(refusedPaths(() => composeManualEmail(DRAFT, { email: 'a@b.example', name: 'Ana\nBcc: x' }))).toEqual(['recipient.name']);
    expect(refusedPaths(() => composeManualEmail(DRAFT, { email: 'a@b.example', name: 42 as never }))).toEqual(['recipient.name']);
    for (const pmrLink of ['http://acme.webex.com/meet/ana', 'javascript:alert(1)', 'acme.webex.com/meet/ana', '', 7]) {
      expect(refusedPaths(() => composeManualEmail(DRAFT, { email: 'a@b.example', pmrLink } as ManualEmailRecipient))).toEqual(['recipient.pmrLink']);
    }
    for (const recipient of [null, 'ana@acme.example', [], revokedProxy()]) {
      const error = thrownPolicyError(() => composeManualEmail(DRAFT, recipient as never));
      expect(error.issues.map((issue) => issue.path)).toEqual([['recipient']]);
      expect(error.issues[0]!.message).toMatch(/^must be an object with an email field \(received /);
    }
  });

  it('the recipient and the draft together, in French when asked', () => {
    const error = thrownPolicyError(() =>
      composeManualEmail({ ...DRAFT, rolloutPlan: '' }, { email: 'x', name: 'a\u0000' }, { locale: 'fr' }),
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['recipient.email', 'recipient.name', 'draft.rolloutPlan']);
    expect(error.issues[0]!.message).toBe(
      'doit être une seule adresse électronique, une partie locale, un @ et un domaine, sans espace, caractère de contrôle, virgule, point-virgule, deux-points, chevron, guillemet, parenthèse, crochet ni barre oblique inverse (reçu "x")',
    );
    expect(error.issues[2]!.message).toMatch(/^rolloutPlan est vide/);
  });

  it('bad options, on options.<key>, with the values allowed', () => {
    const error = thrownPolicyError(() => composeManualEmail(DRAFT, ANA, { locale: 'de', email: 'welcome', meetingsIncluded: 'yes' } as never));
    expect(error.issues).toEqual([
      { path: ['options', 'locale'], message: 'must be one of "en", "fr" (received "de")' },
      { path: ['options', 'email'], message: 'must be one of "activation", "reminder" (received "welcome")' },
      { path: ['options', 'meetingsIncluded'], message: 'must be one of false, true (received "yes")' },
    ]);
    expect(refusedPaths(() => composeManualEmail(DRAFT, ANA, 'fr' as never))).toEqual(['options']);
  });

  it('is the same PolicyInputError class as the main entry\'s', async () => {
    const entry = await import('../../src/compose/index');
    expect(entry.PolicyInputError).toBe(PolicyInputError);
  });
});

describe('composeManualEmail: hostile reads', () => {
  it('names a draft field whose read throws, and reads nothing it was not asked for', () => {
    const draft = throwingGetter('appValue', { ...DRAFT });
    const error = thrownPolicyError(() => composeManualEmail(draft as ManualEmailDraft, ANA));
    expect(error.issues).toEqual([{ path: ['draft', 'appValue'], message: expect.stringMatching(/^appValue could not be read/) }]);
    expect(refusedPaths(() => composeManualEmail(throwingProxy() as ManualEmailDraft, ANA))).toEqual(
      // Every field, the optional PMR link too: a field that cannot be read is never taken as absent.
      MANUAL_EMAIL_ITEMS.map((item) => `draft.${MANUAL_EMAIL_DRAFT_FIELDS[item]}`),
    );
  });

  it('writes from the values it checked, even when a getter changes its answer', () => {
    let reads = 0;
    const draft = { ...DRAFT };
    Object.defineProperty(draft, 'supportLinks', {
      enumerable: true,
      get: () => (reads++ < 1 ? ['https://help.acme.example/ok'] : ['javascript:alert(1)']),
    });
    // The first read passes the first check; the copy (second read) fails the second.
    expect(refusedPaths(() => composeManualEmail(draft, ANA))).toEqual(['draft.supportLinks']);
    let textReads = 0;
    const changing = { ...DRAFT };
    Object.defineProperty(changing, 'appValue', { enumerable: true, get: () => (textReads++ < 1 ? 'fine' : 'changed') });
    const email = composeManualEmail(changing, ANA);
    expect(email.text).toContain('\nchanged\n');
    expect(textReads).toBe(2);
  });

  it('refuses a list whose second reading throws or differs, on its field, and never throws anything else', () => {
    let reads = 0;
    const revoking = { ...DRAFT };
    Object.defineProperty(revoking, 'trainingLinks', { enumerable: true, get: () => (reads++ < 1 ? ['https://learn.acme.example'] : revokedProxy()) });
    expect(refusedPaths(() => composeManualEmail(revoking, ANA))).toEqual(['draft.trainingLinks']);
    let entryReads = 0;
    const shifting = new Proxy(['https://help.acme.example/a', 'https://help.acme.example/b'], {
      get: (target, key, receiver) => (key === '1' && entryReads++ >= 1 ? 'javascript:alert(1)' : Reflect.get(target, key, receiver) as unknown),
    });
    const error = thrownPolicyError(() => composeManualEmail({ ...DRAFT, supportLinks: shifting }, ANA));
    expect(error.issues).toEqual([{ path: ['draft', 'supportLinks'], message: expect.stringMatching(/^supportLinks\[1\] is "javascript:alert\(1\)"/) }]);
  });

  it('ignores inherited fields: a polluted prototype adds nothing', () => {
    const draft = Object.assign(Object.create({ rolloutPlan: 'inherited' }) as object, { ...DRAFT, rolloutPlan: undefined });
    expect(refusedPaths(() => composeManualEmail(draft as ManualEmailDraft, ANA))).toEqual(['draft.rolloutPlan']);
    const recipient = Object.create({ email: 'ana@acme.example' }) as ManualEmailRecipient;
    expect(refusedPaths(() => composeManualEmail(DRAFT, recipient))).toEqual(['recipient.email']);
  });

  it('names a recipient field whose read throws', () => {
    const recipient = throwingGetter('email', { name: 'Ana' }) as ManualEmailRecipient;
    const error = thrownPolicyError(() => composeManualEmail(DRAFT, recipient));
    expect(error.issues).toEqual([{ path: ['recipient', 'email'], message: expect.stringMatching(/\(received an unreadable value\)$/) }]);
  });

  it('works on frozen inputs and changes none', () => {
    const recipient = Object.freeze({ ...ANA });
    const before = JSON.stringify([DRAFT, recipient]);
    composeManualEmail(DRAFT, recipient, Object.freeze({ meetingsIncluded: true }));
    expect(JSON.stringify([DRAFT, recipient])).toBe(before);
  });
});
