// Webex adapters: what test/webex leaves unsaid and a caller still sees. Most of it is the
// difference between a field that could not be read (a getter or a Proxy trap that throws) and
// one that was read and is wrong, which every message states; the rest is the edges of the
// licence-id decoder and of the page reader. Written against a Stryker run over src/webex.
import { describe, expect, it } from 'vitest';
import { throwingGetter } from '../support/hostile';
import { thrownPolicyError } from '../support/thrown';
import {
  classifyWebexLicense,
  licenseTypeCode,
  orgSettingsFromWebex,
  snapshotFromWebexPerson,
  snapshotsFromWebexPeople,
} from '../../src/webex/index';

const UNREADABLE = 'could not be read (reading it threw an error)';


/** An array whose `length` reads as `length` (or throws when it is 'throw'). */
function withLength(length: unknown): unknown[] {
  return new Proxy([], {
    get(target, key, receiver) {
      if (key === 'length') {
        if (length === 'throw') throw new Error('boom');
        return length;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** A licence id of `type` (its base64 has no padding, so that digits can be added to it). */
function licenceId(type: string, tail = ''): string {
  let text = `ciscospark://us/LICENSE/org-1:${type}_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f${tail}`;
  while (text.length % 3 !== 0) text += 'x';
  return btoa(text);
}

const PAID = licenceId('EE');
const person = { id: 'p1', licenses: [PAID], status: 'active', invitePending: false };

function issuesOf(result: { ok: boolean; issues?: readonly unknown[] }): readonly unknown[] {
  expect(result.ok).toBe(false);
  return result.issues ?? [];
}


describe('snapshotFromWebexPerson: unreadable and wrong fields', () => {
  it.each(['id', 'status', 'invitePending', 'loginEnabled', 'lastActivity', 'licenses'])(
    'says %s could not be read when reading it throws',
    (key) => {
      expect(issuesOf(snapshotFromWebexPerson(throwingGetter(key, person)))).toEqual([{ path: [key], message: UNREADABLE }]);
    },
  );

  it('says what each wrong field received', () => {
    const cases: [string, unknown, string][] = [
      ['id', 42, 'must be a non-empty string (received 42)'],
      ['status', 42, 'must be a string such as "active" or "pending" (received 42)'],
      ['invitePending', 'yes', 'must be true or false, as a boolean or the string "true" or "false" (received "yes")'],
      ['lastActivity', 'soon', 'must be a date-time with a time and a zone, such as 2026-03-02T09:15:00.000Z (received "soon")'],
      ['licenses', 'x', 'must be an array of licence ids (received "x")'],
    ];
    for (const [key, value, message] of cases) {
      expect(issuesOf(snapshotFromWebexPerson({ ...person, [key]: value }))).toEqual([{ path: [key], message }]);
    }
    const { id: _id, ...withoutId } = person;
    expect(issuesOf(snapshotFromWebexPerson(withoutId))).toEqual([
      { path: ['id'], message: 'is missing: every Webex person has an id' },
    ]);
  });

  it('names an empty id beside the other issues of the person', () => {
    expect(issuesOf(snapshotFromWebexPerson({ ...person, id: '', status: 1 })).map((issue) => (issue as { path: unknown }).path)).toEqual([
      ['id'],
      ['status'],
    ]);
  });

  it('refuses a person that is not an object, or cannot be read, in a page', () => {
    expect(issuesOf(snapshotFromWebexPerson(42))).toEqual([{ path: [], message: 'a Webex person must be an object (received 42)' }]);
    const { invalid } = snapshotsFromWebexPeople(throwingAtIndex());
    expect(invalid).toEqual([{ index: 0, issues: [{ path: [], message: UNREADABLE }] }]);
  });

  it('reads only date-times as a whole, not inside other text', () => {
    for (const lastActivity of ['x2026-03-02 09:15:00Z', '2026-03-02 09:15:00Zjunk']) {
      expect(issuesOf(snapshotFromWebexPerson({ ...person, lastActivity }))).toHaveLength(1);
    }
    expect(snapshotFromWebexPerson({ ...person, lastActivity: '2026-03-02 09:15Z' }).ok).toBe(true);
  });
});

/** A page of one person whose entry cannot be read. */
function throwingAtIndex(): unknown[] {
  return new Proxy([person], {
    get(target, key, receiver) {
      if (key === '0') throw new Error('boom');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe('snapshotFromWebexPerson: licences', () => {
  it('reads each licence entry, naming an unreadable, mistyped or empty one', () => {
    const unreadableEntry = new Proxy([PAID], {
      get(target, key, receiver) {
        if (key === '0') throw new Error('boom');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(issuesOf(snapshotFromWebexPerson({ ...person, licenses: unreadableEntry }))).toEqual([
      { path: ['licenses', 0], message: UNREADABLE },
    ]);
    expect(issuesOf(snapshotFromWebexPerson({ ...person, licenses: [42] }))).toEqual([
      { path: ['licenses', 0], message: 'must be a licence id string (received 42)' },
    ]);
    expect(issuesOf(snapshotFromWebexPerson({ ...person, licenses: [`${PAID},,${PAID}`] }))).toEqual([
      { path: ['licenses', 0], message: `holds an empty licence id (received ${JSON.stringify(`${PAID},,${PAID}`.slice(0, 40) + '…')})` },
    ]);
    expect(issuesOf(snapshotFromWebexPerson({ ...person, licenses: withLength('throw') }))).toEqual([
      { path: ['licenses'], message: UNREADABLE },
    ]);
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const result = issuesOf(snapshotFromWebexPerson({ ...person, licenses: revoked.proxy }));
    expect(result).toEqual([{ path: ['licenses'], message: expect.stringMatching(/^must be an array of licence ids/) }]);
  });

  it('hands isPaidLicense each id trimmed, and takes its answer', () => {
    const seen: string[] = [];
    const isPaidLicense = (id: string) => {
      seen.push(id);
      return id === 'a';
    };
    const paid = snapshotFromWebexPerson({ ...person, licenses: [' a , b '] }, { isPaidLicense });
    expect(seen).toEqual(['a', 'b']);
    expect(paid).toMatchObject({ ok: true, value: { license: 'paid' } });
    expect(snapshotFromWebexPerson({ ...person, licenses: ['b'] }, { isPaidLicense })).toMatchObject({ ok: true, value: { license: 'free' } });
  });

  it('quotes the message of an Error isPaidLicense throws, and nothing else it throws', () => {
    const thrower = (value: unknown) => () => {
      throw value;
    };
    const messageOf = (value: unknown) =>
      (issuesOf(snapshotFromWebexPerson(person, { isPaidLicense: thrower(value) }))[0] as { message: string }).message;
    const base = 'could not be classified: isPaidLicense threw an error';
    expect(messageOf(new Error('nope'))).toBe(`${base} ("nope")`);
    expect(messageOf('nope')).toBe(base);
    expect(messageOf({ message: 'nope' })).toBe(base);
    const odd = new Error('x');
    Object.defineProperty(odd, 'message', { value: 42 });
    expect(messageOf(odd)).toBe(base);
    expect(issuesOf(snapshotFromWebexPerson(person, { isPaidLicense: () => 'yes' as unknown as boolean }))).toEqual([
      { path: ['licenses', 0], message: 'could not be classified: isPaidLicense must return true or false (returned "yes")' },
    ]);
  });

  it('reads the isPaidLicense, history and assumeInvitedAtCreated options, naming what it could not use', () => {
    expect(issuesOf(snapshotFromWebexPerson(person, throwingGetter('isPaidLicense') as never))).toEqual([
      { path: ['options', 'isPaidLicense'], message: UNREADABLE },
    ]);
    expect(issuesOf(snapshotFromWebexPerson(person, { isPaidLicense: 42 } as never))).toEqual([
      { path: ['options', 'isPaidLicense'], message: 'must be a function (licenseId, license) => boolean, or left out (received 42)' },
    ]);
    expect(issuesOf(snapshotFromWebexPerson(person, throwingGetter('history') as never))).toEqual([
      { path: ['options', 'history'], message: UNREADABLE },
    ]);
    expect(issuesOf(snapshotFromWebexPerson(person, { history: { invitedAt: 'soon' } } as never))).toEqual([
      { path: ['options', 'history', 'invitedAt'], message: expect.stringMatching(/\(received "soon"\)$/) },
    ]);
    expect(issuesOf(snapshotFromWebexPerson(person, throwingGetter('assumeInvitedAtCreated') as never))).toEqual([
      { path: ['options', 'assumeInvitedAtCreated'], message: UNREADABLE },
    ]);
  });

  it('reads previous: not a person, an unreadable id, and an id of another person', () => {
    expect(issuesOf(snapshotFromWebexPerson(person, { previous: 42 } as never))).toEqual([
      { path: ['previous'], message: 'must be the person as last seen, a People API person (received 42)' },
    ]);
    expect(issuesOf(snapshotFromWebexPerson(person, { previous: throwingGetter('id', { licenses: [] }) }))).toEqual([
      { path: ['previous', 'id'], message: UNREADABLE },
    ]);
    const { id: _id, ...withoutId } = person;
    expect(issuesOf(snapshotFromWebexPerson(withoutId, { previous: { id: 'p0', licenses: [] } }))).toEqual([
      { path: ['id'], message: 'is missing: every Webex person has an id' },
    ]);
  });
});

describe('the licence catalog (the licenses option)', () => {
  const untyped = 'Y2lzY29zcGFyazovL3VzL0xJQ0VOU0Uvb3JnLTE'; // no type in it: classified by name
  it('skips entries that are not licences, and keeps the first of two with one id', () => {
    const licenses = { items: [null, 42, { id: untyped, name: 'Basic Messaging' }, { id: untyped, name: 'Enterprise Agreement' }] };
    expect(snapshotFromWebexPerson({ ...person, licenses: [untyped] }, { licenses: licenses as never })).toMatchObject({
      ok: true,
      value: { license: 'free' },
    });
  });
});

describe('classifyWebexLicense by name', () => {
  it('calls each free licence name free, in any case and with spaces around, and another name paid', () => {
    const untyped = 'Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYWJj';
    const names = ['Basic Messaging', 'Free screen share', 'Call on Webex (1:1 call, non-PSTN)', 'Basic Space Meetings'];
    for (const name of names) {
      for (const written of [name, name.toUpperCase(), ` ${name.toLowerCase()} `]) {
        expect(classifyWebexLicense(untyped, { id: untyped, name: written }), written).toBe('free');
      }
    }
    expect(classifyWebexLicense(untyped, { id: untyped, name: 'Enterprise Agreement' })).toBe('paid');
    expect(classifyWebexLicense(untyped, { id: untyped, name: ' ' })).toBeNull();
  });
});

describe('licenseTypeCode: the edges of the base64 decoder', () => {
  it('reads a type from a well-formed id, with or without padding and in base64url', () => {
    expect(licenseTypeCode(PAID)).toBe('EE');
    expect(licenseTypeCode(licenceId('EE', ' ~'))).toBe('EE');
    const urlSafe = licenceId('MS', '>>>???').replace(/\+/g, '-').replace(/\//g, '_');
    expect(urlSafe).toMatch(/[-_]/);
    expect(licenseTypeCode(urlSafe)).toBe('MS');
  });

  it('reads nothing from an id that is not base64 as a whole, or not an id of a licence', () => {
    expect(licenseTypeCode(`${PAID.slice(0, 8)}==${PAID.slice(8)}`)).toBeNull();
    expect(licenseTypeCode(`${PAID}A`)).toBeNull();
    expect(licenseTypeCode(`${PAID}Q!`)).toBeNull();
    expect(licenseTypeCode(btoa(`x${atob(PAID)}`))).toBeNull();
    expect(licenseTypeCode(licenceId('EE', String.fromCharCode(0x7f)))).toBeNull();
    expect(licenseTypeCode(btoa(`${atob(PAID)}${String.fromCharCode(0xff)}xx`))).toBeNull();
  });
});

describe('orgSettingsFromWebex', () => {
  it('says which part of the setting could not be read, or what it received', () => {
    expect(issuesOf(orgSettingsFromWebex(throwingGetter('key', { value: false })))).toEqual([{ path: ['key'], message: UNREADABLE }]);
    expect(issuesOf(orgSettingsFromWebex(throwingGetter('value', { key: 'allow-admin-invite-emails' })))).toEqual([
      { path: ['value'], message: UNREADABLE },
    ]);
    expect(issuesOf(orgSettingsFromWebex({ key: 'x', value: 'no' }))).toEqual([
      { path: ['key'], message: 'must be "allow-admin-invite-emails" (received "x")' },
      { path: ['value'], message: 'must be true or false (received "no")' },
    ]);
    expect(issuesOf(orgSettingsFromWebex({ key: 'allow-admin-invite-emails', value: true }, { meetingsIncluded: 'yes' } as never))).toEqual([
      { path: ['meetingsIncluded'], message: 'must be true or false, or left out (received "yes")' },
    ]);
  });

  it('leaves meetingsIncluded out of the settings when it was not given', () => {
    const result = orgSettingsFromWebex({ key: 'allow-admin-invite-emails', value: false });
    expect(result.ok && Object.keys(result.value)).toEqual(['autoSendActivationEmails']);
  });
});

describe('snapshotsFromWebexPeople: the page and its options', () => {
  it('refuses a page that is not a list, or whose length is not a count, before mapping anyone', () => {
    expect(thrownPolicyError(() => snapshotsFromWebexPeople(42)).issues).toEqual([
      { path: [], message: 'must be a People API list response ({ items: [...] }) or its items (received 42)' },
    ]);
    expect(thrownPolicyError(() => snapshotsFromWebexPeople({ items: 42 })).issues).toEqual([
      { path: ['items'], message: 'must be a People API list response ({ items: [...] }) or its items (received 42)' },
    ]);
    for (const length of [-1, 1.5, 'throw']) {
      expect(thrownPolicyError(() => snapshotsFromWebexPeople(withLength(length))).message).toMatch(/^Invalid Webex people page: /);
    }
  });

  it('reads previous: none, unreadable, not a list, a bad length, an entry without id, an id twice', () => {
    expect(snapshotsFromWebexPeople([person], { previous: null as never }).snapshots).toHaveLength(1);
    const problem = (previous: unknown) => thrownPolicyError(() => snapshotsFromWebexPeople([person], { previous } as never)).issues;
    expect(thrownPolicyError(() => snapshotsFromWebexPeople([person], throwingGetter('previous') as never)).issues).toEqual([
      { path: ['options', 'previous'], message: UNREADABLE },
    ]);
    expect(problem(42)).toEqual([
      { path: ['options', 'previous'], message: 'must be a People API list response ({ items: [...] }) or its items (received 42)' },
    ]);
    expect(problem(withLength(-1))[0]).toMatchObject({ path: ['options', 'previous'] });
    expect(problem([{ id: '' }])).toEqual([
      { path: ['options', 'previous', 0], message: 'has no readable id, so it cannot be matched to a person and a conversion could be missed' },
    ]);
    expect(problem([{ id: 'p1' }, { id: 'p1' }])).toEqual([
      { path: ['options', 'previous', 1, 'id'], message: 'appears twice in the previous people' },
    ]);
  });

  it('reads history: unreadable, a throwing function or Map, and asks only for real ids', () => {
    expect(thrownPolicyError(() => snapshotsFromWebexPeople([person], throwingGetter('history') as never)).issues).toEqual([
      { path: ['options', 'history'], message: UNREADABLE },
    ]);
    const failing = () => {
      throw new Error('boom');
    };
    expect(snapshotsFromWebexPeople([person], { history: failing }).invalid).toEqual([
      { index: 0, issues: [{ path: ['options', 'history'], message: 'threw an error for this person' }] },
    ]);
    const map = { get: failing } as unknown as ReadonlyMap<string, never>;
    expect(snapshotsFromWebexPeople([person], { history: map }).invalid).toEqual([
      { index: 0, issues: [{ path: ['options', 'history'], message: 'could not be read for this person (its get threw an error)' }] },
    ]);
    // A get that is no function makes no Map: the option is refused before anyone is mapped.
    expect(thrownPolicyError(() => snapshotsFromWebexPeople([person], { history: { get: 'p1' } as never })).issues).toEqual([
      {
        path: ['options', 'history'],
        message: 'must be a Map from person id to history, or a function of the person id, or left out (received an object)',
      },
    ]);
    const asked: unknown[] = [];
    const record = (id: string) => {
      asked.push(id);
      return null;
    };
    const { id: _id, ...withoutId } = person;
    snapshotsFromWebexPeople([person, withoutId, { ...person, id: '' }, { ...person, id: 42 }], { history: record });
    expect(asked).toEqual(['p1']);
  });
});

describe('snapshotFromWebexPerson: the history is checked beside the person', () => {
  // The history's own checks (read-history.ts) report a bad record with the person's other
  // issues; parseUserSnapshot, run after them, would see it only once the person is sound.
  const badLicence = { ...person, licenses: 'x' };
  const licenceIssue = { path: ['licenses'], message: 'must be an array of licence ids (received "x")' };

  it.each([
    ['invitedAt', 'soon', 'must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, null, or left out (received "soon")'],
    ['lastEmailedAt', 42, 'must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, null, or left out (received 42)'],
    ['remindersSent', 1.5, 'must be a whole number, 0 or more, or left out (received 1.5)'],
    ['remindersSent', -1, 'must be a whole number, 0 or more, or left out (received -1)'],
    ['remindersSent', '2', 'must be a whole number, 0 or more, or left out (received "2")'],
  ])('names a history %s of %j with a licence issue', (key, value, message) => {
    const history = { invitedAt: '2026-03-02T10:00:00Z', [key]: value };
    expect(issuesOf(snapshotFromWebexPerson(badLicence, { history }))).toEqual([
      { path: ['options', 'history', key], message },
      licenceIssue,
    ]);
  });

  it.each(['invitedAt', 'lastEmailedAt', 'remindersSent'])('says a history %s could not be read', (key) => {
    const history = throwingGetter(key, { invitedAt: '2026-03-02T10:00:00Z' });
    expect(issuesOf(snapshotFromWebexPerson(badLicence, { history }))).toEqual([
      { path: ['options', 'history', key], message: UNREADABLE },
      licenceIssue,
    ]);
  });

  it('leaves out of the snapshot what the history leaves out', () => {
    const result = snapshotFromWebexPerson(person, { history: { invitedAt: '2026-03-02T10:00:00Z' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value).sort()).toEqual(['hasSignedIn', 'id', 'invitedAt', 'license', 'previousLicense']);
  });

  it('moves an issue between the history fields to the history option', () => {
    const history = { invitedAt: '2026-03-02T10:00:00Z', lastEmailedAt: '2026-03-01T10:00:00Z', remindersSent: 1 };
    expect(issuesOf(snapshotFromWebexPerson(person, { history }))).toEqual([
      { path: ['options', 'history', 'lastEmailedAt'], message: 'is earlier than invitedAt, the first email' },
    ]);
  });
});

describe('snapshotFromWebexPerson: assumeInvitedAtCreated', () => {
  const pending = { id: 'p2', licenses: [PAID], status: 'pending', invitePending: true };

  it('does not read created when a history is given, even with the assumption', () => {
    // Without `created`, the assumption would add an issue if it were applied.
    const history = { invitedAt: '2026-03-02T10:00:00Z' };
    expect(snapshotFromWebexPerson(pending, { history, assumeInvitedAtCreated: true })).toEqual({
      ok: true,
      value: { id: 'p2', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: '2026-03-02T10:00:00Z' },
    });
  });

  it('a malformed assumption is one issue, and created is not read for it', () => {
    expect(issuesOf(snapshotFromWebexPerson(pending, { assumeInvitedAtCreated: 'yes' } as never))).toEqual([
      { path: ['options', 'assumeInvitedAtCreated'], message: 'must be true, false, or left out (received "yes")' },
    ]);
  });
});
