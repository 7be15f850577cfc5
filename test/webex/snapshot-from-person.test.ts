import { describe, expect, it } from 'vitest';
import { decide, parseUserSnapshot } from '../../src/index';
import { snapshotFromWebexPerson, type WebexPersonOptions } from '../../src/webex/index';
import { arrayWithThrowingItems, revokedProxy, throwingGetter, throwingProxy } from '../support/hostile';
import ids from './fixtures/license-ids.json';
import licenses from './fixtures/licenses.json';
import malformed from './fixtures/people-malformed.json';
import page from './fixtures/people.json';
import previousPage from './fixtures/people-previous.json';

const [ana, ben, chloe, dev, emma, gus] = page.items;
const withLicenses: WebexPersonOptions = { licenses };
const assuming: WebexPersonOptions = { assumeInvitedAtCreated: true };

function paths(result: ReturnType<typeof snapshotFromWebexPerson>): unknown[] {
  return result.ok ? [] : result.issues.map((issue) => issue.path);
}

function value(result: ReturnType<typeof snapshotFromWebexPerson>) {
  if (!result.ok) throw new Error(`expected a snapshot, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('snapshotFromWebexPerson, on the fixture people', () => {
  it('maps a signed-in paid person whose ids are comma-joined and flags are strings', () => {
    expect(snapshotFromWebexPerson(ana)).toEqual({
      ok: true,
      value: { id: ana!.id, license: 'paid', previousLicense: null, hasSignedIn: true, invitedAt: null, email: ana!.emails[0] },
    });
  });

  it('maps a person with free licences only, flags as booleans, to free', () => {
    expect(value(snapshotFromWebexPerson(ben))).toMatchObject({ license: 'free', hasSignedIn: true, invitedAt: null });
  });

  it('maps a paid, invited, never-signed-in person with no history as never emailed, created notwithstanding', () => {
    expect(value(snapshotFromWebexPerson(chloe))).toEqual({
      id: chloe!.id,
      license: 'paid',
      previousLicense: null,
      hasSignedIn: false,
      invitedAt: null,
      email: 'chloe.marchetti@nordlys.example',
    });
    expect(value(snapshotFromWebexPerson(chloe, { history: null })).invitedAt).toBeNull();
    expect(value(snapshotFromWebexPerson(chloe, { assumeInvitedAtCreated: false })).invitedAt).toBeNull();
  });

  it('takes created as the invitation only when told to assume it', () => {
    expect(value(snapshotFromWebexPerson(chloe, assuming))).toEqual({
      id: chloe!.id,
      license: 'paid',
      previousLicense: null,
      hasSignedIn: false,
      invitedAt: '2026-02-16T13:05:27.000Z',
      email: 'chloe.marchetti@nordlys.example',
    });
    // Only for a person whose invitation is pending: emma is pending without one.
    expect(value(snapshotFromWebexPerson(emma, assuming)).invitedAt).toBeNull();
    // A record always wins over the assumption, a record of no email included.
    expect(value(snapshotFromWebexPerson(chloe, { ...assuming, history: {} })).invitedAt).toBeNull();
    expect(value(snapshotFromWebexPerson(chloe, { ...assuming, history: { invitedAt: '2026-02-17T08:00:00Z' } })).invitedAt).toBe(
      '2026-02-17T08:00:00Z',
    );
  });

  it('maps a pending person with no invitation as never signed in and never emailed', () => {
    expect(value(snapshotFromWebexPerson(emma))).toMatchObject({ license: 'paid', hasSignedIn: false, invitedAt: null });
  });

  it('sees a conversion through previous', () => {
    const before = previousPage.items.find((person) => person.id === dev!.id);
    expect(value(snapshotFromWebexPerson(dev, { previous: before }))).toMatchObject({
      license: 'paid',
      previousLicense: 'free',
    });
    expect(value(snapshotFromWebexPerson(ana, { previous: previousPage.items[0] })).previousLicense).toBe('paid');
    expect(value(snapshotFromWebexPerson(dev)).previousLicense).toBeNull();
    expect(value(snapshotFromWebexPerson(dev, { previous: null })).previousLicense).toBeNull();
  });

  it('classifies ids without a type by their name in licenses, and reports them otherwise', () => {
    expect(value(snapshotFromWebexPerson(gus, withLicenses)).license).toBe('paid');
    expect(value(snapshotFromWebexPerson(gus, { licenses: licenses.items })).license).toBe('paid');
    const unknown = snapshotFromWebexPerson(gus);
    expect(paths(unknown)).toEqual([
      ['licenses', 0],
      ['licenses', 0],
    ]);
    expect(unknown.ok ? '' : unknown.issues[0].message).toContain('pass isPaidLicense');
  });

  it('returns a snapshot that parseUserSnapshot accepts as it is', () => {
    for (const person of page.items) {
      const result = snapshotFromWebexPerson(person, withLicenses);
      expect(parseUserSnapshot(value(result))).toEqual(result);
    }
  });

  it('takes the history from the caller, every field as given', () => {
    const history = { invitedAt: '2026-02-17T08:00:00+01:00', lastEmailedAt: '2026-02-24T08:00:00Z', remindersSent: 1 };
    expect(value(snapshotFromWebexPerson(chloe, { history }))).toEqual({
      id: chloe!.id,
      license: 'paid',
      previousLicense: null,
      hasSignedIn: false,
      ...history,
      email: 'chloe.marchetti@nordlys.example',
    });
    expect(value(snapshotFromWebexPerson(emma, { history: { invitedAt: '2026-03-03T10:00:00Z' } }))).toMatchObject({
      invitedAt: '2026-03-03T10:00:00Z',
    });
    expect(value(snapshotFromWebexPerson(emma, { history: { invitedAt: '2026-03-03T10:00:00Z' } }))).not.toHaveProperty('remindersSent');
    expect(value(snapshotFromWebexPerson(chloe, { history: { invitedAt: null, remindersSent: 0 } }))).toMatchObject({
      invitedAt: null,
      remindersSent: 0,
    });
  });

  it('names each bad history field under options.history', () => {
    const issuesOf = (history: unknown) => {
      const result = snapshotFromWebexPerson(chloe, { history } as WebexPersonOptions);
      return result.ok ? [] : result.issues;
    };
    expect(issuesOf({ invitedAt: '2026-02-30T00:00:00Z', lastEmailedAt: 'yesterday', remindersSent: -1 })).toEqual([
      { path: ['options', 'history', 'invitedAt'], message: expect.stringMatching(/\(received "2026-02-30T00:00:00Z"\)$/) },
      { path: ['options', 'history', 'lastEmailedAt'], message: expect.stringMatching(/\(received "yesterday"\)$/) },
      { path: ['options', 'history', 'remindersSent'], message: 'must be a whole number, 0 or more, or left out (received -1)' },
    ]);
    expect(issuesOf({ remindersSent: 1.5 }).map((issue) => issue.path)).toEqual([['options', 'history', 'remindersSent']]);
    expect(issuesOf({ remindersSent: '1' }).map((issue) => issue.path)).toEqual([['options', 'history', 'remindersSent']]);
    expect(issuesOf('2026-02-17T08:00:00Z')).toEqual([
      {
        path: ['options', 'history'],
        message: 'must be an object ({ invitedAt, lastEmailedAt, remindersSent }), null, or left out (received "2026-02-17T08:00:00Z")',
      },
    ]);
    // Fields that disagree with one another: the snapshot's own rules, said of the record.
    expect(issuesOf({ invitedAt: '2026-02-17T08:00:00Z', lastEmailedAt: '2026-02-16T08:00:00Z' })).toEqual([
      { path: ['options', 'history', 'lastEmailedAt'], message: 'is earlier than invitedAt, the first email' },
    ]);
    expect(issuesOf({ lastEmailedAt: '2026-02-16T08:00:00Z' }).map((issue) => issue.path)).toEqual([
      ['options', 'history', 'lastEmailedAt'],
    ]);
  });

  it('names a bad assumeInvitedAtCreated', () => {
    const result = snapshotFromWebexPerson(chloe, { assumeInvitedAtCreated: 'yes' } as unknown as WebexPersonOptions);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['options', 'assumeInvitedAtCreated'], message: 'must be true, false, or left out (received "yes")' }],
    });
  });

  it('carries emails[0] as email when it is one address, and leaves it out otherwise, never refusing the person', () => {
    const email = (emails: unknown) => value(snapshotFromWebexPerson({ id: 'p', emails })).email;
    expect(email(['ana@example.com', 'ana.other@example.com'])).toBe('ana@example.com');
    for (const emails of [undefined, null, [], ['not an address'], ['ana@example.com, eve@example.org'], [7], 'ana@example.com', { 0: 'ana@example.com' }]) {
      expect(email(emails), JSON.stringify(emails)).toBeUndefined();
    }
    expect(value(snapshotFromWebexPerson({ id: 'p', emails: revokedProxy() }))).not.toHaveProperty('email');
    expect(value(snapshotFromWebexPerson({ id: 'p', emails: arrayWithThrowingItems(1) }))).not.toHaveProperty('email');
    expect(value(snapshotFromWebexPerson(throwingGetter('emails', { id: 'p' })))).not.toHaveProperty('email');
  });
});

describe('the seed\'s cases, from a People API person', () => {
  const on = { autoSendActivationEmails: true };
  const off = { autoSendActivationEmails: false };

  it('a paid person who never signed in and has no history is a new user: auto-send, or manual-required / new-user', () => {
    // chloe was created with her invitation pending; nothing says an email went out.
    const snapshot = value(snapshotFromWebexPerson(chloe));
    expect(decide(on, snapshot).kind).toBe('auto-send');
    expect(decide(off, snapshot)).toMatchObject({ kind: 'manual-required', trigger: 'new-user' });
  });

  it('with a recorded email, the same person is inactive: reminder-eligible, or manual-required / inactive-user', () => {
    const snapshot = value(snapshotFromWebexPerson(chloe, { history: { invitedAt: '2026-02-16T14:00:00Z', remindersSent: 0 } }));
    expect(decide(on, snapshot).kind).toBe('reminder-eligible');
    expect(decide(off, snapshot)).toMatchObject({ kind: 'manual-required', trigger: 'inactive-user' });
  });
});

describe('snapshotFromWebexPerson, on missing and malformed fields', () => {
  const expected: readonly (readonly (string | number)[][] | 'ok')[] = [
    [['licenses']],
    [['id']],
    [['invitePending'], ['loginEnabled']],
    [['licenses', 1]],
    'ok',
    [['licenses', 0]],
    [[]],
    [['lastActivity'], ['status']],
    'ok',
    'ok',
  ];

  it('names the path of every problem, person by person', () => {
    expect(malformed.items.map((person) => {
      const result = snapshotFromWebexPerson(person, withLicenses);
      return result.ok ? 'ok' : paths(result);
    })).toEqual(expected);
  });

  it('reads created only under the assumption, and then names it when it is missing', () => {
    const result = snapshotFromWebexPerson(malformed.items[4], { ...withLicenses, ...assuming });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['created'], message: expect.stringContaining('is missing, and assumeInvitedAtCreated takes it') }],
    });
  });

  it('lets one paid licence settle a person whose other licence is unknown', () => {
    expect(value(snapshotFromWebexPerson(malformed.items[8], withLicenses)).license).toBe('paid');
  });

  it('rewrites a created date in a close variant of the strict shape, same instant, under the assumption', () => {
    expect(value(snapshotFromWebexPerson(malformed.items[9], assuming)).invitedAt).toBe('2026-02-20T08:30:00+01:00');
    expect(value(snapshotFromWebexPerson(malformed.items[9])).invitedAt).toBeNull();
    const variants: Record<string, string> = {
      '2026-02-20 08:30:00Z': '2026-02-20T08:30:00Z',
      '2026-02-20t08:30z': '2026-02-20T08:30:00Z',
      '2026-02-20T08:30:00.1234567891234-05': '2026-02-20T08:30:00.123456789-05:00',
      '2026-02-20T08:30:00+01:00': '2026-02-20T08:30:00+01:00',
    };
    for (const [created, strict] of Object.entries(variants)) {
      expect(value(snapshotFromWebexPerson({ id: 'p', created, invitePending: true }, assuming)).invitedAt, created).toBe(strict);
    }
    for (const created of ['2026-02-20', '2026-02-30T08:30:00Z', '2026-02-20T25:00:00Z', '1771576200000', 1771576200000]) {
      expect(paths(snapshotFromWebexPerson({ id: 'p', created, invitePending: true }, assuming)), String(created)).toEqual([['created']]);
      // Without the assumption created is not read at all.
      expect(paths(snapshotFromWebexPerson({ id: 'p', created, invitePending: true })), String(created)).toEqual([]);
    }
  });

  it('reads hasSignedIn from lastActivity first, then invitePending and status', () => {
    const signedIn = (person: object) => value(snapshotFromWebexPerson({ id: 'p', created: '2026-01-01T00:00:00Z', ...person })).hasSignedIn;
    expect(signedIn({})).toBe(true);
    expect(signedIn({ status: 'active' })).toBe(true);
    expect(signedIn({ status: 'inactive' })).toBe(true);
    expect(signedIn({ status: 'pending' })).toBe(false);
    expect(signedIn({ invitePending: true })).toBe(false);
    expect(signedIn({ invitePending: 'true', status: 'active' })).toBe(false);
    expect(signedIn({ invitePending: 'false', status: 'active' })).toBe(true);
    expect(signedIn({ invitePending: true, lastActivity: '2026-02-01T00:00:00.000Z' })).toBe(true);
    expect(signedIn({ status: 'pending', lastActivity: '2026-02-01T00:00:00.000Z' })).toBe(true);
    // null is not absence: the field is there and says nothing a decision could rest on.
    expect(paths(snapshotFromWebexPerson({ id: 'p', invitePending: null, lastActivity: null, status: null, loginEnabled: null }))).toEqual([
      ['invitePending'],
      ['loginEnabled'],
      ['lastActivity'],
      ['status'],
    ]);
    expect(paths(snapshotFromWebexPerson({ id: 'p', invitePending: true, created: null }, assuming))).toEqual([['created']]);
  });

  it('accepts only booleans and the strings "true" and "false" as flags', () => {
    for (const flag of ['TRUE', 'yes', 1, 0, '', {}, []]) {
      expect(paths(snapshotFromWebexPerson({ id: 'p', invitePending: flag })), JSON.stringify(flag)).toEqual([['invitePending']]);
      expect(paths(snapshotFromWebexPerson({ id: 'p', loginEnabled: flag })), JSON.stringify(flag)).toEqual([['loginEnabled']]);
    }
  });

  it('treats a missing or empty licences list as no licence, so free, and rejects anything but an array of strings', () => {
    expect(value(snapshotFromWebexPerson({ id: 'p' })).license).toBe('free');
    expect(value(snapshotFromWebexPerson({ id: 'p', licenses: [] })).license).toBe('free');
    expect(paths(snapshotFromWebexPerson({ id: 'p', licenses: null }))).toEqual([['licenses']]);
    expect(paths(snapshotFromWebexPerson({ id: 'p', licenses: [ids.MS, 7] }))).toEqual([['licenses', 1]]);
    expect(paths(snapshotFromWebexPerson({ id: 'p', licenses: [''] }))).toEqual([['licenses', 0]]);
    expect(paths(snapshotFromWebexPerson({ id: 'p', licenses: { 0: ids.MS } }))).toEqual([['licenses']]);
  });

  it('rejects an id that is empty or not a string, and a previous that is someone else', () => {
    expect(paths(snapshotFromWebexPerson({ id: '' }))).toEqual([['id']]);
    expect(paths(snapshotFromWebexPerson({ id: 42 }))).toEqual([['id']]);
    expect(paths(snapshotFromWebexPerson(dev, { previous: ben }))).toEqual([['previous', 'id']]);
    expect(paths(snapshotFromWebexPerson(dev, { previous: 'dev' }))).toEqual([['previous']]);
    expect(paths(snapshotFromWebexPerson(dev, { previous: { licenses: 'x' } }))).toEqual([['previous', 'licenses']]);
    expect(value(snapshotFromWebexPerson(dev, { previous: { licenses: [ids.FMS] } })).previousLicense).toBe('free');
  });

  it('reports every problem at once', () => {
    expect(
      paths(snapshotFromWebexPerson({ licenses: 'x', invitePending: 'no', lastActivity: 5, status: [] }, { previous: 4 })),
    ).toEqual([['id'], ['licenses'], ['invitePending'], ['lastActivity'], ['status'], ['previous']]);
  });
});

describe('snapshotFromWebexPerson never throws', () => {
  it('turns hostile values into issues on their paths', () => {
    const cases: [unknown, unknown[]][] = [
      [null, [[]]],
      [undefined, [[]]],
      ['person', [[]]],
      [[ana], [[]]],
      [throwingProxy(), [['id']]],
      [revokedProxy(), [[]]],
      [throwingGetter('id', { ...chloe }), [['id']]],
      [throwingGetter('licenses', { ...chloe }), [['licenses']]],
      [throwingGetter('invitePending', { ...chloe }), [['invitePending']]],
      [throwingGetter('lastActivity', { ...chloe }), [['lastActivity']]],
      [throwingGetter('emails', { ...chloe }), []],
      [{ ...chloe, licenses: arrayWithThrowingItems(2) }, [['licenses', 0], ['licenses', 1]]],
      [{ ...chloe, licenses: revokedProxy() }, [['licenses']]],
    ];
    for (const [person, expectedPaths] of cases) {
      let result: ReturnType<typeof snapshotFromWebexPerson> | undefined;
      expect(() => (result = snapshotFromWebexPerson(person)), String(expectedPaths)).not.toThrow();
      const got = paths(result!);
      for (const path of expectedPaths) expect(got, JSON.stringify(expectedPaths)).toContainEqual(path);
    }
  });

  it('turns a throwing or non-boolean isPaidLicense into an issue on that licence', () => {
    const throwing = snapshotFromWebexPerson(chloe, {
      isPaidLicense: () => {
        throw new Error('catalogue offline');
      },
    });
    expect(paths(throwing)).toEqual([['licenses', 0], ['licenses', 1]]);
    expect(throwing.ok ? '' : throwing.issues[0].message).toContain('catalogue offline');
    const sloppy = snapshotFromWebexPerson(chloe, {
      isPaidLicense: ((id: string) => (id === ids.MS ? 'yes' : false)) as unknown as () => boolean,
    });
    expect(paths(sloppy)).toEqual([['licenses', 1]]);
    const proxyThrown = snapshotFromWebexPerson(chloe, {
      isPaidLicense: () => {
        throw throwingProxy();
      },
    });
    expect(paths(proxyThrown)).toEqual([['licenses', 0], ['licenses', 1]]);
  });

  it('turns malformed options into issues under options', () => {
    expect(paths(snapshotFromWebexPerson(ana, 'fast' as unknown as WebexPersonOptions))).toEqual([['options']]);
    expect(paths(snapshotFromWebexPerson(ana, { isPaidLicense: true } as unknown as WebexPersonOptions))).toEqual([
      ['options', 'isPaidLicense'],
    ]);
    expect(paths(snapshotFromWebexPerson(ana, { licenses: 'all' } as unknown as WebexPersonOptions))).toEqual([
      ['options', 'licenses'],
    ]);
    expect(paths(snapshotFromWebexPerson(ana, throwingProxy() as WebexPersonOptions))).toEqual([
      ['options', 'licenses'],
      ['options', 'isPaidLicense'],
      ['options', 'previous'],
      ['options', 'history'],
      ['options', 'assumeInvitedAtCreated'],
    ]);
    expect(paths(snapshotFromWebexPerson(chloe, { history: throwingProxy() } as WebexPersonOptions))).toEqual([
      ['options', 'history', 'invitedAt'],
      ['options', 'history', 'lastEmailedAt'],
      ['options', 'history', 'remindersSent'],
    ]);
    expect(paths(snapshotFromWebexPerson(chloe, { history: revokedProxy() } as WebexPersonOptions))).toEqual([['options', 'history']]);
    expect(paths(snapshotFromWebexPerson(throwingGetter('created', { ...chloe })))).toEqual([]);
    expect(paths(snapshotFromWebexPerson(throwingGetter('created', { ...chloe }), assuming))).toEqual([['created']]);
    expect(value(snapshotFromWebexPerson(gus, { licenses: arrayWithThrowingItems(3) as never, isPaidLicense: () => true })).license).toBe('paid');
  });

  it('never mutates its inputs (frozen inputs work)', () => {
    const frozen = structuredClone(chloe);
    const deepFreeze = (value: unknown): void => {
      if (typeof value === 'object' && value !== null) {
        Object.freeze(value);
        for (const inner of Object.values(value)) deepFreeze(inner);
      }
    };
    deepFreeze(frozen);
    const frozenLicenses = structuredClone(licenses);
    deepFreeze(frozenLicenses);
    expect(value(snapshotFromWebexPerson(frozen, { licenses: frozenLicenses })).license).toBe('paid');
    expect(frozen).toEqual(chloe);
  });
});
