// DOMAIN.md's invariants 1-9, each stated once and proved over generated inputs.
// (Invariant 10, batch = sum of singles, is proved with batch planning in test/planning/.)
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decide,
  OUTCOME_KINDS,
  parseOrgSettings,
  parseUserSnapshot,
  PolicyInputError,
  type Decision,
  type OrgSettings,
  type UserSnapshot,
} from '../../src/index';
import { arbDecisionInput, arbOrgSettings, arbUserSnapshot } from '../../src/testing/arbitraries';

const runs = { numRuns: 400 };
const SUPPRESSIBLE_RULES: readonly string[] = ['new-user', 'inactive-user'] as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

function withAutoSend(settings: OrgSettings, autoSendActivationEmails: boolean): OrgSettings {
  return { ...settings, autoSendActivationEmails };
}

describe('invariant 1: totality', () => {
  it('gives every valid pair exactly one well-formed decision', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const decision = decide(settings, user);
        expect(OUTCOME_KINDS).toContain(decision.kind);
        expect(decision.userId).toBe(user.id);
        expect(decision.reasons.length).toBeGreaterThan(0);
        expect(('trigger' in decision) === (decision.kind === 'manual-required')).toBe(true);
      }),
      runs,
    );
  });

  it('gives any other value a PolicyInputError naming the same fields the parsers name, never a decision', () => {
    fc.assert(
      fc.property(
        fc.oneof(arbOrgSettings(), fc.anything()),
        fc.oneof(arbUserSnapshot(), fc.anything(), fc.dictionary(fc.constantFrom('id', 'license', 'hasSignedIn', 'invitedAt'), fc.anything())),
        (settings, user) => {
          const parsedSettings = parseOrgSettings(settings);
          const parsedUser = parseUserSnapshot(user);
          let outcome: Decision | PolicyInputError;
          try {
            outcome = decide(settings as OrgSettings, user as UserSnapshot);
          } catch (error) {
            expect(error).toBeInstanceOf(PolicyInputError);
            outcome = error as PolicyInputError;
          }
          if (!parsedSettings.ok) {
            expect(outcome).toBeInstanceOf(PolicyInputError);
            expect((outcome as PolicyInputError).issues).toEqual(parsedSettings.issues);
          } else if (!parsedUser.ok) {
            expect(outcome).toBeInstanceOf(PolicyInputError);
            expect((outcome as PolicyInputError).issues).toEqual(parsedUser.issues);
          } else {
            expect(outcome).not.toBeInstanceOf(PolicyInputError);
          }
        },
      ),
      runs,
    );
  });
});

describe('invariant 2: free is silent', () => {
  it('decides skip-free for a free user under every setting and history', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        expect(decide(settings, { ...user, license: 'free' }).kind).toBe('skip-free');
      }),
      runs,
    );
  });
});

describe('invariant 3: conversion is never suppressed', () => {
  it('decides notify-conversion for a free-to-paid user under every setting', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const converting = { ...user, license: 'paid', previousLicense: 'free' } as const;
        expect(decide(settings, converting).kind).toBe('notify-conversion');
      }),
      runs,
    );
  });
});

describe('invariant 4: the setting reaches only suppressible users', () => {
  it('changes a decision only for new and inactive users, only between the automatic kinds and manual-required', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const on = decide(withAutoSend(settings, true), user);
        const off = decide(withAutoSend(settings, false), user);
        expect(on.rule).toBe(off.rule);
        if (!SUPPRESSIBLE_RULES.includes(on.rule)) {
          expect(off).toEqual(on);
        } else {
          expect(['auto-send', 'reminder-eligible']).toContain(on.kind);
          expect(off.kind).toBe('manual-required');
          expect(on.kind === 'auto-send' ? 'new-user' : 'inactive-user').toBe(off.kind === 'manual-required' && off.trigger);
        }
      }),
      runs,
    );
  });
});

describe('invariant 5: off means nothing automatic', () => {
  it('never decides auto-send or reminder-eligible with auto-send off', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const { kind } = decide(withAutoSend(settings, false), user);
        expect(kind).not.toBe('auto-send');
        expect(kind).not.toBe('reminder-eligible');
      }),
      runs,
    );
  });

  it('sends every new or inactive user to manual work', () => {
    for (const rule of ['new-user', 'inactive-user'] as const) {
      fc.assert(
        fc.property(arbDecisionInput({ rule }), ({ settings, user }) => {
          expect(decide(withAutoSend(settings, false), user).kind).toBe('manual-required');
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('invariant 6: on means no manual work', () => {
  it('never decides manual-required with auto-send on, set or omitted', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const { autoSendActivationEmails: _dropped, ...omitted } = settings;
        expect(decide(withAutoSend(settings, true), user).kind).not.toBe('manual-required');
        expect(decide(omitted, user).kind).not.toBe('manual-required');
      }),
      runs,
    );
  });
});

describe('invariant 7: default is on', () => {
  it('decides an omitted setting exactly like true', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const { autoSendActivationEmails: _dropped, ...omitted } = settings;
        expect(decide(omitted, user)).toEqual(decide(withAutoSend(settings, true), user));
      }),
      runs,
    );
  });
});

describe('invariant 8: signing in ends onboarding', () => {
  it('decides no-action for a paid, non-converting user who signed in, whatever else is true', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), fc.constantFrom('paid', null, undefined), (settings, user, previous) => {
        const signedIn: UserSnapshot = { ...user, license: 'paid', hasSignedIn: true, previousLicense: previous };
        expect(decide(settings, signedIn).kind).toBe('no-action');
      }),
      runs,
    );
  });
});

describe('invariant 9: purity', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the same output for the same input, and never mutates it', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const before = structuredClone({ settings, user });
        const first = decide(settings, user);
        // Deciding someone else in between must not change anything: no hidden state.
        decide({ autoSendActivationEmails: false }, { id: 'other', license: 'paid', hasSignedIn: false });
        expect(decide(settings, user)).toEqual(first);
        expect({ settings, user }).toEqual(before);
      }),
      runs,
    );
  });

  it('works on deeply frozen inputs', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbUserSnapshot(), (settings, user) => {
        const expected = decide(settings, user);
        expect(decide(deepFreeze({ ...settings }), deepFreeze({ ...user }))).toEqual(expected);
      }),
      runs,
    );
  });

  it('reads no clock and no randomness', () => {
    const samples = fc.sample(fc.tuple(arbOrgSettings(), arbUserSnapshot()), { numRuns: 200, seed: 7 });
    const expected = samples.map(([settings, user]) => decide(settings, user));
    const forbidden = () => {
      throw new Error('the policy read the clock or a random source');
    };
    vi.spyOn(Date, 'now').mockImplementation(forbidden);
    vi.spyOn(Math, 'random').mockImplementation(forbidden);
    vi.spyOn(performance, 'now').mockImplementation(forbidden);
    const OriginalDate = Date;
    vi.stubGlobal(
      'Date',
      new Proxy(OriginalDate, {
        construct(target, args: unknown[]) {
          if (args.length === 0) forbidden();
          return Reflect.construct(target, args) as object;
        },
      }),
    );
    try {
      expect(samples.map(([settings, user]) => decide(settings, user))).toEqual(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
