// checkManualEmail: every checklist item present and missing, hostile form values, and the
// shape of the result as properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkManualEmail,
  MANUAL_EMAIL_DRAFT_FIELDS,
  MANUAL_EMAIL_ITEMS,
  PolicyInputError,
  type ManualEmailItem,
} from '../../src/index';
import { arrayWithThrowingItems, revokedProxy, throwingGetter, throwingProxy } from '../support/hostile';
import { thrown } from '../support/thrown';

const COMPLETE = Object.freeze({
  rolloutPlan: 'Webex replaces our desk phones on 1 June, one site a week.',
  appValue: 'Calls, meetings and messages in one app, on every device.',
  pmrLink: 'https://acme.webex.com/meet/ana',
  supportLinks: Object.freeze(['https://help.acme.example/webex', 'http://intranet.acme.example/it']),
  trainingLinks: Object.freeze(['https://learn.acme.example/webex-101']),
  userPortalLink: 'https://settings.webex.com',
  activationInstructions: 'Sign in on the Acme single sign-on page with your Acme account; the app then signs you in.',
});
const MEETINGS = { meetingsIncluded: true };

function withField(item: ManualEmailItem, value: unknown): Record<string, unknown> {
  return { ...COMPLETE, [MANUAL_EMAIL_DRAFT_FIELDS[item]]: value };
}

function without(item: ManualEmailItem): Record<string, unknown> {
  const draft: Record<string, unknown> = { ...COMPLETE };
  delete draft[MANUAL_EMAIL_DRAFT_FIELDS[item]];
  return draft;
}

/** Expects the draft to miss exactly `item`, with a problem that names it and its field. */
function expectOnlyMissing(draft: unknown, item: ManualEmailItem, reason: RegExp | string, context = MEETINGS): void {
  const field = MANUAL_EMAIL_DRAFT_FIELDS[item];
  const check = checkManualEmail(draft, context);
  expect(check.complete).toBe(false);
  expect(check.missing).toEqual([item]);
  expect(check.problems).toEqual([{ item, field, message: expect.stringMatching(new RegExp(`^${field}`)) }]);
  expect(check.problems[0]!.message).toMatch(reason);
  expect(check.problems[0]!.message).toMatch(/\.$/);
}

describe('checkManualEmail: every item present', () => {
  it('a draft with every item is complete, with or without Meetings', () => {
    expect(checkManualEmail(COMPLETE, MEETINGS)).toEqual({ complete: true, missing: [], problems: [] });
    expect(checkManualEmail(COMPLETE)).toEqual({ complete: true, missing: [], problems: [] });
  });

  it('accepts the portal link with a path, a trailing slash, or an upper-case host', () => {
    for (const link of ['https://settings.webex.com/', 'https://SETTINGS.webex.com/profile', ' https://settings.webex.com ']) {
      expect(checkManualEmail(withField('user-portal-link', link), MEETINGS).complete).toBe(true);
    }
  });

  it('an item filled in alone is never missing, and every other required item is', () => {
    for (const item of MANUAL_EMAIL_ITEMS) {
      const field = MANUAL_EMAIL_DRAFT_FIELDS[item];
      const check = checkManualEmail({ [field]: COMPLETE[field] }, MEETINGS);
      expect(check.missing).toEqual(MANUAL_EMAIL_ITEMS.filter((other) => other !== item));
    }
  });

  it('without Meetings, the PMR link may be absent, null or blank', () => {
    for (const value of [undefined, null, '', '  ']) {
      expect(checkManualEmail(withField('pmr-link', value)).complete).toBe(true);
    }
  });
});

describe('checkManualEmail: each item missing', () => {
  for (const item of MANUAL_EMAIL_ITEMS) {
    it(`reports ${item} when its field is left out or null`, () => {
      expectOnlyMissing(without(item), item, / is missing: /);
      expectOnlyMissing(withField(item, null), item, / is missing: /);
    });
  }

  it('reports blank text and blank links as blank', () => {
    for (const item of MANUAL_EMAIL_ITEMS) expectOnlyMissing(withField(item, ' \n\t'), item, / is blank: /);
  });

  it('lists several missing items in checklist order, one problem each', () => {
    const check = checkManualEmail(
      { activationInstructions: 'x', userPortalLink: 'https://example.com', appValue: 'y' },
      MEETINGS,
    );
    expect(check.missing).toEqual(['rollout-plan', 'pmr-link', 'support-links', 'training-links', 'user-portal-link']);
    expect(check.problems.map((problem) => problem.item)).toEqual(check.missing);
    expect(check.problems.map((problem) => problem.field)).toEqual(check.missing.map((item) => MANUAL_EMAIL_DRAFT_FIELDS[item]));
  });

  it('an empty draft misses everything required', () => {
    expect(checkManualEmail({}).missing).toEqual(MANUAL_EMAIL_ITEMS.filter((item) => item !== 'pmr-link'));
    expect(checkManualEmail({}, MEETINGS).missing).toEqual([...MANUAL_EMAIL_ITEMS]);
  });
});

describe('checkManualEmail: unusable values', () => {
  const TEXT_ITEMS = ['rollout-plan', 'app-value', 'activation-instructions'] as const;
  const LIST_ITEMS = ['support-links', 'training-links'] as const;

  it('text items must be strings', () => {
    for (const item of TEXT_ITEMS) {
      for (const [value, shown] of [
        [42, 'is 42, not text'],
        [['a plan'], 'is an array, not text'],
        [{ text: 'a plan' }, 'is an object, not text'],
        [true, 'is true, not text'],
        [new String('a plan'), 'is an object, not text'],
      ] as const) {
        expectOnlyMissing(withField(item, value), item, ` ${shown}: `);
      }
    }
  });

  it('link lists need at least one entry, every one an http: or https: URL', () => {
    const bad: [unknown, string][] = [
      [[], ' is an empty list'],
      ['https://help.acme.example', 'is "https://help.acme.example", not a list of links'],
      [42, 'is 42, not a list of links'],
      [{ 0: 'https://a.example', length: 1 }, 'is an object, not a list of links'],
      [['javascript:alert(1)'], '[0] is "javascript:alert(1)", not an http: or https: link'],
      [['https://ok.example', ' JavaScript:alert(1)'], '[1] is " JavaScript:alert(1)", not an http: or https: link'],
      [['data:text/html,<b>hi</b>'], '[0] is "data:text/html,<b>hi</b>"'],
      [['mailto:help@acme.example'], '[0] is "mailto:help@acme.example"'],
      [['ftp://files.acme.example'], '[0] is "ftp://files.acme.example"'],
      [['https://ok.example', 'help desk'], '[1] is "help desk"'],
      [['https://'], '[0] is "https://"'],
      [[42], '[0] is 42'],
      [[['https://nested.example']], '[0] is an array'],
      [new Array(3), '[0] is undefined'],
      [new Array(1_000_000_000), '[0] is undefined'],
    ];
    for (const item of LIST_ITEMS) {
      for (const [value, shown] of bad) expectOnlyMissing(withField(item, value), item, shown);
    }
  });

  it('the PMR link must be an https: URL, and is checked even when not required', () => {
    for (const [value, shown] of [
      ['http://acme.webex.com/meet/ana', 'not an https: link'],
      ['javascript:alert(1)', 'not an https: link'],
      ['acme.webex.com/meet/ana', 'not an https: link'],
      [42, 'is 42'],
      [['https://acme.webex.com/meet/ana'], 'is an array'],
    ] as const) {
      expectOnlyMissing(withField('pmr-link', value), 'pmr-link', shown);
      expectOnlyMissing(withField('pmr-link', value), 'pmr-link', shown, { meetingsIncluded: false });
    }
  });

  it('the portal link must be https: on settings.webex.com, with no user name or password', () => {
    for (const [value, shown] of [
      ['http://settings.webex.com', 'not an https: link'],
      ['https://example.com', 'points to "example.com", not settings.webex.com'],
      ['https://settings.webex.com.example.com', 'points to "settings.webex.com.example.com"'],
      ['https://settings.webex.com@example.com', 'points to "example.com"'],
      ['https://settings.webex.com:8443', 'points to "settings.webex.com:8443"'],
      ['https://admin:secret@settings.webex.com', 'carries a user name or password'],
      ['javascript:location="https://settings.webex.com"', 'not an https: link'],
      ['settings.webex.com', 'not an https: link'],
      [{ href: 'https://settings.webex.com' }, 'is an object'],
    ] as const) {
      expectOnlyMissing(withField('user-portal-link', value), 'user-portal-link', shown);
    }
  });

  it('a field whose read throws is reported as unreadable, and the others are still checked', () => {
    for (const item of MANUAL_EMAIL_ITEMS) {
      const draft = without(item);
      expectOnlyMissing(throwingGetter(MANUAL_EMAIL_DRAFT_FIELDS[item], draft), item, ' could not be read: ');
    }
    for (const item of LIST_ITEMS) {
      expectOnlyMissing(withField(item, arrayWithThrowingItems(2)), item, ' could not be read: ');
    }
    for (const item of LIST_ITEMS) expectOnlyMissing(withField(item, revokedProxy()), item, ' could not be read: ');
    for (const item of ['rollout-plan', 'pmr-link', 'user-portal-link'] as const) {
      expectOnlyMissing(withField(item, revokedProxy()), item, ' is an unreadable value, not ');
    }
  });

  it('a Proxy draft whose every read throws gives a result: everything unreadable', () => {
    const check = checkManualEmail(throwingProxy(), MEETINGS);
    expect(check.missing).toEqual([...MANUAL_EMAIL_ITEMS]);
    for (const problem of check.problems) expect(problem.message).toContain(' could not be read: ');
  });

  it('reads each field once and never changes the draft', () => {
    const reads: string[] = [];
    const draft = new Proxy(
      { ...COMPLETE },
      {
        get(target, key, receiver) {
          reads.push(String(key));
          return Reflect.get(target, key, receiver) as unknown;
        },
        set() {
          throw new Error('the draft was written to');
        },
      },
    );
    expect(checkManualEmail(draft, MEETINGS).complete).toBe(true);
    expect(reads).toEqual(MANUAL_EMAIL_ITEMS.map((item) => MANUAL_EMAIL_DRAFT_FIELDS[item]));
  });
});

describe('checkManualEmail: inputs that are not a draft', () => {
  it('throws PolicyInputError when the draft is not an object', () => {
    for (const draft of [null, undefined, 'Welcome to Webex', 42, ['https://settings.webex.com'], () => ({}), revokedProxy()]) {
      const error = thrown(() => checkManualEmail(draft));
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues).toEqual([{ path: [], message: expect.stringMatching(/^a draft must be an object/) }]);
    }
  });

  it('throws PolicyInputError naming the bad context field', () => {
    for (const [context, path] of [
      [{ meetingsIncluded: 'yes' }, ['context', 'meetingsIncluded']],
      [{ meetingIncluded: true }, ['context', 'meetingIncluded']],
      [null, ['context']],
      [true, ['context']],
    ] as const) {
      const error = thrown(() => checkManualEmail(COMPLETE, context as never));
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues[0].path).toEqual(path);
    }
  });

  it('takes the org settings themselves as the context', () => {
    expect(checkManualEmail(without('pmr-link'), { autoSendActivationEmails: false, meetingsIncluded: true } as never).missing).toEqual(['pmr-link']);
  });
});

describe('checkManualEmail, as properties', () => {
  const arbFieldValue = fc.oneof(
    fc.anything(),
    fc.webUrl(),
    fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 3 }),
    fc.constantFrom('https://settings.webex.com', 'javascript:alert(1)', '', ' '),
  );
  const arbDraft = fc.record(
    Object.fromEntries(MANUAL_EMAIL_ITEMS.map((item) => [MANUAL_EMAIL_DRAFT_FIELDS[item], arbFieldValue])),
    { requiredKeys: [] },
  );

  it('any object gives a result: missing in checklist order, one problem per missing item naming its field', () => {
    fc.assert(
      fc.property(arbDraft, fc.boolean(), (draft, meetingsIncluded) => {
        const check = checkManualEmail(draft, { meetingsIncluded });
        expect(check.missing).toEqual(MANUAL_EMAIL_ITEMS.filter((item) => check.missing.includes(item)));
        expect(check.problems.map((problem) => problem.item)).toEqual(check.missing);
        for (const problem of check.problems) {
          expect(problem.field).toBe(MANUAL_EMAIL_DRAFT_FIELDS[problem.item]);
          expect(problem.message.startsWith(problem.field)).toBe(true);
        }
        expect(check.complete).toBe(check.missing.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('no scheme other than http: and https: ever counts as a link', () => {
    const arbScheme = fc.constantFrom('javascript', 'JavaScript', 'data', 'vbscript', 'file', 'blob', 'mailto', 'ftp', 'ws');
    fc.assert(
      fc.property(arbScheme, fc.constantFrom('', ' ', '\t'), fc.string(), (scheme, lead, rest) => {
        const link = `${lead}${scheme}:${rest}`;
        const check = checkManualEmail(
          { ...COMPLETE, supportLinks: [link], trainingLinks: ['https://ok.example', link], pmrLink: link, userPortalLink: link },
          MEETINGS,
        );
        expect(check.missing).toEqual(['pmr-link', 'support-links', 'training-links', 'user-portal-link']);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkManualEmail in French', () => {
  it('English by default: the same problems as with "en"', () => {
    const draft = { rolloutPlan: 42, supportLinks: [], userPortalLink: 'https://example.com' };
    expect(checkManualEmail(draft, MEETINGS)).toEqual(checkManualEmail(draft, MEETINGS, 'en'));
    expect(checkManualEmail(draft, MEETINGS).problems[0]!.message).toBe(
      "rolloutPlan is 42, not text: state the company's goals and rollout plan.",
    );
  });

  it('the same items, fields and verdict in French, with a French sentence for each problem', () => {
    const draft = {
      rolloutPlan: ['un plan'],
      appValue: ' ',
      supportLinks: [],
      trainingLinks: ['https://learn.acme.example', 'javascript:alert(1)'],
      userPortalLink: 'https://admin:secret@settings.webex.com',
    };
    const english = checkManualEmail(draft, MEETINGS);
    const french = checkManualEmail(draft, MEETINGS, 'fr');
    expect(french.missing).toEqual(english.missing);
    expect(french.complete).toBe(false);
    expect(french.problems.map(({ item, field }) => ({ item, field }))).toEqual(english.problems.map(({ item, field }) => ({ item, field })));
    expect(french.problems.map((problem) => problem.message)).toEqual([
      "rolloutPlan est un tableau, pas du texte\u00a0: il faut les objectifs et le plan de déploiement de l'entreprise.",
      "appValue est vide\u00a0: il faut le but de l'application Webex et ce qu'elle apporte.",
      'pmrLink est absent\u00a0: il faut le lien https de la salle de réunion personnelle (PMR).',
      "supportLinks est une liste vide\u00a0: il faut au moins un lien http ou https d'assistance interne.",
      'trainingLinks[1] est "javascript:alert(1)", pas un lien http ou https\u00a0: il faut au moins un lien http ou https de formation interne.',
      "userPortalLink contient un nom d'utilisateur ou un mot de passe\u00a0: il faut le lien du portail de l'utilisateur final, https://settings.webex.com.",
      "activationInstructions est absent\u00a0: il faut les étapes d'activation (se connecter sur la page SSO de l'entreprise, avec leurs identifiants d'entreprise).",
    ]);
  });

  it('says in French what a value is, and why a link or a field is unusable', () => {
    const cases: [ManualEmailItem, unknown, string][] = [
      ['pmr-link', {}, 'pmrLink est un objet, pas un lien https\u00a0: '],
      ['user-portal-link', 'https://example.com', 'userPortalLink mène à "example.com", pas à settings.webex.com\u00a0: '],
      ['support-links', () => 'https://a.example', 'supportLinks est une fonction, pas une liste de liens\u00a0: '],
      ['training-links', [Symbol('x')], 'trainingLinks[0] est un symbole, pas un lien http ou https\u00a0: '],
      ['app-value', revokedProxy(), 'appValue est une valeur illisible, pas du texte\u00a0: '],
    ];
    for (const [item, value, start] of cases) {
      const [problem] = checkManualEmail(withField(item, value), MEETINGS, 'fr').problems;
      expect(problem!.message.startsWith(start), problem!.message).toBe(true);
    }
    const [unreadable] = checkManualEmail(throwingGetter('rolloutPlan', without('rollout-plan')), MEETINGS, 'fr').problems;
    expect(unreadable!.message).toMatch(/^rolloutPlan n'a pas pu être lu\u00a0: /);
  });

  it('every French problem: no plain space before a colon, no English word of the checker', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(MANUAL_EMAIL_ITEMS.map((item) => [MANUAL_EMAIL_DRAFT_FIELDS[item], fc.anything()])), { requiredKeys: [] }),
        (draft) => {
          for (const { message } of checkManualEmail(draft, MEETINGS, 'fr').problems) {
            const prose = message.replace(/"(?:[^"\\]|\\.)*"/g, 'VALUE').replace(/https:\/\/\S+/g, 'URL');
            expect(prose).not.toMatch(/[^\u00a0]:| is | not |missing|blank|an array|an object/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses an unknown locale, naming it, as explain does', () => {
    const error = thrown(() => checkManualEmail(COMPLETE, MEETINGS, 'de' as never));
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).issues).toEqual([{ path: ['locale'], message: expect.stringContaining('"en", "fr"') }]);
  });
});
