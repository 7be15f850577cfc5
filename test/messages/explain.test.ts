// explain and explainAdvisory: every message in both languages, the French typography, and
// the errors for a bad locale, code or decision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVISORY_CODES,
  decide,
  explain,
  explainAdvisory,
  LOCALES,
  MANUAL_TRIGGERS,
  OUTCOME_KINDS,
  PolicyInputError,
  type Decision,
  type Locale,
} from '../../src/index';
import { library as en } from '../../src/messages/en';
import { library as fr } from '../../src/messages/fr';
import { arbDecisionInput } from '../../src/testing/arbitraries';
import { revokedProxy, throwingGetter, throwingProxy } from '../support/hostile';
import { thrown } from '../support/thrown';

/** One decision per kind, and for manual-required one per trigger. */
const SAMPLES: readonly Decision[] = [
  decide({}, { id: 'a', license: 'paid', hasSignedIn: false }),
  decide({}, { id: 'b', license: 'free', hasSignedIn: false }),
  decide({}, { id: 'c', license: 'paid', previousLicense: 'free', hasSignedIn: false }),
  decide({ autoSendActivationEmails: false }, { id: 'd', license: 'paid', hasSignedIn: false }),
  decide({ autoSendActivationEmails: false }, { id: 'e', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' }),
  decide({}, { id: 'f', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' }),
  decide({}, { id: 'g', license: 'paid', hasSignedIn: true }),
];
const label = (decision: Decision) => (decision.kind === 'manual-required' ? `${decision.kind}/${decision.trigger}` : decision.kind);

describe('explain', () => {
  it('the samples cover every kind and every trigger', () => {
    expect(new Set(SAMPLES.map((d) => d.kind))).toEqual(new Set(OUTCOME_KINDS));
    const triggers = SAMPLES.flatMap((d) => (d.kind === 'manual-required' ? [d.trigger] : []));
    expect(triggers.sort()).toEqual([...MANUAL_TRIGGERS].sort());
  });

  for (const locale of LOCALES) {
    it(`gives every kind and trigger its own one- or two-sentence message in ${locale}`, () => {
      const texts = SAMPLES.map((decision) => explain(decision, locale));
      expect(new Set(texts).size).toBe(SAMPLES.length);
      for (const text of texts) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(20);
        // Sentences end with a full stop; at most two of them.
        expect(text).toMatch(/\.$/);
        expect(text.split(/\. (?=[A-Z])/).length).toBeLessThanOrEqual(2);
      }
    });
  }

  it('writes English by default, and different words in French', () => {
    for (const decision of SAMPLES) {
      expect(explain(decision), label(decision)).toBe(explain(decision, 'en'));
      expect(explain(decision, 'fr'), label(decision)).not.toBe(explain(decision, 'en'));
    }
  });

  it('pins the wording of a manual decision in both languages', () => {
    const manual = SAMPLES[4]!;
    expect(explain(manual)).toBe(`${en.kinds['manual-required']} ${en.triggers['inactive-user']}`);
    expect(explain(manual, 'fr')).toBe(
      "Les courriers électroniques d'activation automatiques sont désactivés\u00a0: écrivez vous-même à cet utilisateur. " +
        "Il a reçu un courrier électronique sans jamais se connecter, et les rappels d'invitation sont supprimés.",
    );
  });

  it('explains any decision decide makes, and the same one after a JSON round trip', () => {
    fc.assert(
      fc.property(arbDecisionInput(), fc.constantFrom<Locale>(...LOCALES), ({ settings, user }, locale) => {
        const decision = decide(settings, user);
        const text = explain(decision, locale);
        expect(text.length).toBeGreaterThan(0);
        expect(explain(JSON.parse(JSON.stringify(decision)) as Decision, locale)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('throws PolicyInputError naming locale for an unknown locale', () => {
    for (const locale of ['de', 'EN', 'fr-FR', '', null, 1, {}]) {
      const error = thrown(() => explain(SAMPLES[0]!, locale as never));
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues).toEqual([{ path: ['locale'], message: expect.stringContaining('"en", "fr"') }]);
    }
  });

  it('throws PolicyInputError naming the field of a malformed decision', () => {
    for (const [decision, path] of [
      [null, []],
      ['auto-send', []],
      [[SAMPLES[0]], []],
      [revokedProxy(), []],
      [{}, ['kind']],
      [{ kind: 'send-everything' }, ['kind']],
      [{ kind: 'manual-required' }, ['trigger']],
      [{ kind: 'manual-required', trigger: 'new' }, ['trigger']],
      [throwingGetter('kind'), ['kind']],
      [throwingGetter('trigger', { kind: 'manual-required' }), ['trigger']],
      [throwingProxy(), ['kind']],
    ] as const) {
      const error = thrown(() => explain(decision as never));
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues[0].path).toEqual(path);
    }
  });
});

describe('explainAdvisory', () => {
  for (const locale of LOCALES) {
    it(`explains every advisory in ${locale}, each differently`, () => {
      const texts = ADVISORY_CODES.map((code) => explainAdvisory(code, locale));
      expect(new Set(texts).size).toBe(ADVISORY_CODES.length);
      for (const text of texts) expect(text).toMatch(/^\S.{20,}\.$/);
    });
  }

  it('English by default', () => {
    for (const code of ADVISORY_CODES) expect(explainAdvisory(code)).toBe(en.advisories[code]);
    expect(explainAdvisory('conversions-still-sent', 'fr')).toBe(fr.advisories['conversions-still-sent']);
  });

  it('throws PolicyInputError naming code or locale', () => {
    const badCode = thrown(() => explainAdvisory('reminders-off' as never));
    expect(badCode).toBeInstanceOf(PolicyInputError);
    expect((badCode as PolicyInputError).issues[0].path).toEqual(['code']);
    const badLocale = thrown(() => explainAdvisory('reminders-suppressed', 'es' as never));
    expect((badLocale as PolicyInputError).issues[0].path).toEqual(['locale']);
  });
});

describe('saying only what the sources support', () => {
  it('turning the setting off is strongly discouraged without a well-thought-out manual onboarding system', () => {
    expect(explainAdvisory('manual-onboarding-required')).toMatch(/strongly recommended.*unless.*well-thought-out system to onboard users by hand/);
    expect(explainAdvisory('manual-onboarding-required', 'fr')).toMatch(
      /^Il est fortement recommandé de garder ce paramètre, sauf si vous avez un système bien pensé pour intégrer manuellement les utilisateurs\u00a0:/,
    );
  });

  it('never says Control Hub reminds users on a schedule, or emails existing users after the fact', () => {
    const texts = LOCALES.flatMap((locale) => [
      ...ADVISORY_CODES.map((code) => explainAdvisory(code, locale)),
      ...SAMPLES.map((decision) => explain(decision, locale)),
    ]);
    for (const text of texts) {
      expect(text).not.toMatch(/Control Hub (?:reminds|sends the reminders|will email)|again;|lui-même les|relance|every user not emailed|chaque utilisateur qui n'a reçu/i);
    }
    expect(explainAdvisory('reminders-resumed')).toBe(
      'Invitation reminders are no longer suppressed: Control Hub lets you send them to inactive users again.',
    );
    expect(explainAdvisory('new-users-emailed-automatically')).toMatch(/^Control Hub emails newly added users automatically again/);
  });

  it('a new user is one never signed in and never emailed, not one added recently', () => {
    const newUser = SAMPLES[3]!;
    expect(newUser.kind === 'manual-required' && newUser.trigger).toBe('new-user');
    expect(explain(newUser)).not.toMatch(/recent/i);
    expect(explain(newUser, 'fr')).not.toMatch(/vient d/i);
    expect(explain(newUser)).toContain('never signed in and were never emailed');
  });
});
