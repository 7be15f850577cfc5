// Properties that are wrong on purpose: fast-check must find a counterexample and shrink it to
// something a person can read at a glance. That is what building inputs per rule row, rather
// than filtering, buys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, parseInstant } from '../../src';
import { arbDecisionInput, arbInvalidUserSnapshot, arbUserSnapshot } from '../../src/testing';

describe('a deliberately failing property', () => {
  it('shrinks "nothing is ever manual" to the smallest manual input', () => {
    const result = fc.check(
      fc.property(arbDecisionInput(), ({ settings, user }) => decide(settings, user).kind !== 'manual-required'),
      { seed: 42, numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
    const [{ settings, user }] = result.counterexample!;
    expect(settings).toEqual({ autoSendActivationEmails: false });
    // A new user, or an inactive one (shrinking does not move between rule rows) emailed once
    // at the smallest instant: every optional field that does not matter is gone.
    const { invitedAt, ...rest } = user;
    expect(rest).toEqual({ id: 'u-1', license: 'paid', hasSignedIn: false });
    expect([undefined, '2000-01-01T00:00:00Z']).toContain(invitedAt);
  });

  it('shrinks "nobody was first emailed in 2030 or later" to one first email, on the first instant that fails', () => {
    const limit = Date.UTC(2030, 0, 1);
    const result = fc.check(
      fc.property(arbUserSnapshot(), (user) => typeof user.invitedAt !== 'string' || parseInstant(user.invitedAt)! < limit),
      { seed: 7, numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
    const [user] = result.counterexample!;
    // Only the fields the failure or the user's rule row needs are left (a converted user keeps
    // previousLicense: 'free'); the instant is midnight UTC on a 1 January.
    const { previousLicense, ...rest } = user;
    expect(Object.keys(rest).sort()).toEqual(['hasSignedIn', 'id', 'invitedAt', 'license']);
    if (previousLicense !== undefined) expect([previousLicense, user.license]).toEqual(['free', 'paid']);
    expect(user.id).toBe('u-1');
    expect(user.invitedAt).toMatch(/^\d{4}-01-01T00:00:00Z$/);
    expect(parseInstant(user.invitedAt!)).toBeGreaterThanOrEqual(limit);
  });

  it('shrinks a broken snapshot to a short one', () => {
    const result = fc.check(
      fc.property(arbInvalidUserSnapshot(), ({ path }) => path[0] !== 'remindersSent'),
      { seed: 3, numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
    const [{ value, path }] = result.counterexample!;
    expect(path).toEqual(['remindersSent']);
    expect(JSON.stringify(value, (_key, field) => (typeof field === 'bigint' ? `${field}n` : field)).length).toBeLessThan(90);
  });
});
