import { describe, expect, it } from 'vitest';
import {
  decide,
  DEFAULT_ORG_SETTINGS,
  OUTCOME_KINDS,
  POLICY_VERSION,
  REASON_CODES,
  RULES,
  type OrgSettings,
  type UserSnapshot,
} from '../../src/index';
import { ruleFor, type RuleFacts } from '../../src/policy/rules';

const INVITED = '2026-05-01T08:30:00.000Z';

// One user per rule row of DOMAIN.md, and what each setting must give it.
const rows: readonly {
  rule: string;
  user: UserSnapshot;
  on: string;
  off: string;
  trigger?: 'new-user' | 'inactive-user';
}[] = [
  { rule: 'free-license', user: { id: 'free', license: 'free', hasSignedIn: false }, on: 'skip-free', off: 'skip-free' },
  {
    rule: 'free-to-paid-conversion',
    user: { id: 'conv', license: 'paid', previousLicense: 'free', hasSignedIn: false, invitedAt: INVITED },
    on: 'notify-conversion',
    off: 'notify-conversion',
  },
  { rule: 'already-signed-in', user: { id: 'in', license: 'paid', hasSignedIn: true }, on: 'no-action', off: 'no-action' },
  {
    rule: 'new-user',
    user: { id: 'new', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null },
    on: 'auto-send',
    off: 'manual-required',
    trigger: 'new-user',
  },
  {
    rule: 'inactive-user',
    user: { id: 'idle', license: 'paid', previousLicense: 'paid', hasSignedIn: false, invitedAt: INVITED },
    on: 'reminder-eligible',
    off: 'manual-required',
    trigger: 'inactive-user',
  },
];

describe('each rule row of the policy', () => {
  for (const row of rows) {
    describe(row.rule, () => {
      it(`is ${row.on} with auto-send on`, () => {
        const decision = decide({ autoSendActivationEmails: true }, row.user);
        expect(decision.kind).toBe(row.on);
        expect(decision.rule).toBe(row.rule);
        expect(decision.userId).toBe(row.user.id);
        expect(decision.policyVersion).toBe(POLICY_VERSION);
      });

      it(`is ${row.on} with the setting omitted, exactly as with it on`, () => {
        expect(decide({}, row.user)).toEqual(decide({ autoSendActivationEmails: true }, row.user));
        expect(decide({ meetingsIncluded: true }, row.user)).toEqual(
          decide({ autoSendActivationEmails: true, meetingsIncluded: true }, row.user),
        );
      });

      it(`is ${row.off} with auto-send off`, () => {
        const decision = decide({ autoSendActivationEmails: false }, row.user);
        expect(decision.kind).toBe(row.off);
        expect(decision.rule).toBe(row.rule);
        if (decision.kind === 'manual-required') {
          expect(decision.trigger).toBe(row.trigger);
          expect(decision.reasons).toContain('auto-send-off');
        } else {
          expect(row.trigger).toBeUndefined();
          expect(decision).not.toHaveProperty('trigger');
          expect(decision).not.toHaveProperty('checklist');
        }
      });
    });
  }

  it('lists the rows in the precedence order of DOMAIN.md', () => {
    expect(RULES.map((rule) => rule.id)).toEqual(rows.map((row) => row.rule));
  });

  it('gives every rule row its own reasons, all of them known kebab-case codes', () => {
    for (const row of rows) {
      for (const autoSendActivationEmails of [true, false]) {
        const { reasons } = decide({ autoSendActivationEmails }, row.user);
        expect(reasons.length).toBeGreaterThan(0);
        for (const reason of reasons) {
          expect(REASON_CODES).toContain(reason);
          expect(reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
        }
      }
    }
    const reasonSets = rows.map((row) => [...decide({}, row.user).reasons].sort().join(','));
    expect(new Set(reasonSets).size).toBe(rows.length);
  });

  it('says in the reasons of new and inactive users how the setting was', () => {
    for (const row of rows.filter((candidate) => candidate.trigger !== undefined)) {
      expect(decide({}, row.user).reasons).toContain('auto-send-on');
      expect(decide({ autoSendActivationEmails: false }, row.user).reasons).toContain('auto-send-off');
    }
  });
});

describe('the conditions the rule rows carry', () => {
  const every: RuleFacts[] = [];
  for (const license of ['free', 'paid'] as const) {
    for (const previousLicense of ['free', 'paid', null] as const) {
      for (const hasSignedIn of [false, true]) {
        for (const emailed of [false, true]) every.push({ license, previousLicense, hasSignedIn, emailed });
      }
    }
  }

  it('give every combination of facts a row', () => {
    expect(every).toHaveLength(24);
    expect(every.filter((facts) => ruleFor(facts) === undefined)).toEqual([]);
  });

  it('decide as decide does: the first row whose when holds', () => {
    for (const facts of every) {
      const user: UserSnapshot = {
        id: 'u',
        license: facts.license,
        previousLicense: facts.previousLicense,
        hasSignedIn: facts.hasSignedIn,
        invitedAt: facts.emailed ? '2026-05-01T08:30:00Z' : null,
      };
      const first = RULES.findIndex((rule) => Object.entries(rule.when).every(([fact, value]) => facts[fact as keyof RuleFacts] === value));
      expect(decide({}, user).rule).toBe(RULES[first]!.id);
      expect(ruleFor(facts)).toBe(RULES[first]);
    }
  });

  it('hold for the example user of their own row', () => {
    for (const [index, row] of rows.entries()) {
      const facts: RuleFacts = {
        license: row.user.license,
        previousLicense: row.user.previousLicense ?? null,
        hasSignedIn: row.user.hasSignedIn,
        emailed: row.user.invitedAt !== undefined && row.user.invitedAt !== null,
      };
      const rule = RULES[index]!;
      expect(Object.entries(rule.when).every(([fact, value]) => facts[fact as keyof RuleFacts] === value)).toBe(true);
    }
  });

  it('let a conversion win over signing in and the email history (precedence)', () => {
    expect(ruleFor({ license: 'paid', previousLicense: 'free', hasSignedIn: true, emailed: true })?.id).toBe('free-to-paid-conversion');
    expect(ruleFor({ license: 'free', previousLicense: 'free', hasSignedIn: false, emailed: false })?.id).toBe('free-license');
  });
});

describe('the manual-email checklist on manual-required decisions', () => {
  const newUser: UserSnapshot = { id: 'n', license: 'paid', hasSignedIn: false };

  it('leaves out the Personal Meeting Room link without Webex Meetings', () => {
    const decision = decide({ autoSendActivationEmails: false }, newUser);
    expect(decision.kind === 'manual-required' && decision.checklist).toEqual([
      'rollout-plan',
      'app-value',
      'support-links',
      'training-links',
      'user-portal-link',
      'activation-instructions',
    ]);
  });

  it('asks for the Personal Meeting Room link with Webex Meetings', () => {
    const decision = decide({ autoSendActivationEmails: false, meetingsIncluded: true }, newUser);
    expect(decision.kind === 'manual-required' && decision.checklist).toEqual([
      'rollout-plan',
      'app-value',
      'pmr-link',
      'support-links',
      'training-links',
      'user-portal-link',
      'activation-instructions',
    ]);
  });

  it('does not depend on Meetings for any other kind', () => {
    for (const row of rows) {
      for (const autoSendActivationEmails of [true, false]) {
        const without = decide({ autoSendActivationEmails, meetingsIncluded: false }, row.user);
        const withMeetings = decide({ autoSendActivationEmails, meetingsIncluded: true }, row.user);
        if (without.kind !== 'manual-required') expect(withMeetings).toEqual(without);
      }
    }
  });
});

describe('decisions are plain JSON', () => {
  it('round-trips through JSON unchanged and has no undefined-valued keys', () => {
    for (const row of rows) {
      for (const settings of [{}, { autoSendActivationEmails: false, meetingsIncluded: true }] as OrgSettings[]) {
        const decision = decide(settings, row.user);
        expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
        expect(Object.values(decision)).not.toContain(undefined);
        expect(Object.getPrototypeOf(decision)).toBe(Object.prototype);
      }
    }
  });

  it('shares no mutable state between decisions', () => {
    const first = decide({}, rows[0]!.user);
    expect(Object.isFrozen(first.reasons)).toBe(true);
    const manual = decide({ autoSendActivationEmails: false }, rows[3]!.user);
    expect(manual.kind === 'manual-required' && Object.isFrozen(manual.checklist)).toBe(true);
  });
});

describe('public constants', () => {
  it('lists the six outcome kinds', () => {
    expect(OUTCOME_KINDS).toEqual([
      'auto-send',
      'skip-free',
      'notify-conversion',
      'manual-required',
      'reminder-eligible',
      'no-action',
    ]);
  });

  it('freezes the default settings: automatic emails on, no Meetings', () => {
    expect(DEFAULT_ORG_SETTINGS).toEqual({ autoSendActivationEmails: true, meetingsIncluded: false });
    expect(Object.isFrozen(DEFAULT_ORG_SETTINGS)).toBe(true);
  });

  it('has a non-empty policy version', () => {
    expect(POLICY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
