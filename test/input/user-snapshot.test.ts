import { describe, expect, it } from 'vitest';
import { decide, parseUserSnapshot, PolicyInputError, type Issue } from '../../src/index';
import { thrown } from '../support/thrown';

const valid = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

function issuesOf(input: unknown): readonly Issue[] {
  const result = parseUserSnapshot(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.issues;
}

function pathsOf(input: unknown): string[] {
  return issuesOf(input).map((issue) => issue.path.join('.'));
}

describe('parseUserSnapshot accepts', () => {
  it('a minimal snapshot, returning a fresh object with the known fields only', () => {
    const input = { ...valid, department: 'Sales', displayName: 'Ana' };
    const result = parseUserSnapshot(input);
    expect(result).toEqual({ ok: true, value: valid });
    expect(result.ok && result.value).not.toBe(input);
  });

  it('an email address, kept as given', () => {
    for (const email of ['ana@example.com', 'Ana.Lopez+webex@Example.COM', 'élodie@exemple.fr']) {
      expect(parseUserSnapshot({ ...valid, email })).toEqual({ ok: true, value: { ...valid, email } });
    }
  });

  it('every optional field, present, null or absent', () => {
    const full = {
      ...valid,
      previousLicense: 'free',
      invitedAt: '2026-05-01T08:30:00.000Z',
      lastEmailedAt: '2026-05-03T10:30:00+02:00',
      remindersSent: 2,
    };
    expect(parseUserSnapshot(full)).toEqual({ ok: true, value: full });
    const nulls = { ...valid, previousLicense: null, invitedAt: null, lastEmailedAt: null };
    expect(parseUserSnapshot(nulls)).toEqual({ ok: true, value: nulls });
    const undefinedFields = { ...valid, previousLicense: undefined, invitedAt: undefined };
    const result = parseUserSnapshot(undefinedFields);
    expect(result).toEqual({ ok: true, value: valid });
    expect(result.ok && Object.keys(result.value)).toEqual(['id', 'license', 'hasSignedIn']);
  });

  it.each([
    '2026-05-01T08:30:00Z',
    '2026-05-01T08:30:00.1Z',
    '2026-05-01T08:30:00.123456789Z',
    '2026-05-01T08:30:00+02:00',
    '2026-05-01T08:30:00-11:30',
    '2024-02-29T23:59:59Z',
    '2000-02-29T00:00:00Z',
  ])('the real instant %s', (invitedAt) => {
    expect(parseUserSnapshot({ ...valid, invitedAt }).ok).toBe(true);
  });

  it('frozen and sealed inputs', () => {
    expect(parseUserSnapshot(Object.freeze({ ...valid })).ok).toBe(true);
    expect(parseUserSnapshot(Object.seal({ ...valid })).ok).toBe(true);
  });

  it('an object without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, valid);
    expect(parseUserSnapshot(bare)).toEqual({ ok: true, value: valid });
  });
});

describe('parseUserSnapshot rejects, naming the field', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['u1', ''],
    [42, ''],
    [[valid], ''],
  ])('a snapshot that is not an object (%j) on the empty path', (input, path) => {
    expect(pathsOf(input)).toEqual([path]);
    expect(issuesOf(input)[0]!.path).toEqual([]);
  });

  it.each([
    [{ ...valid, id: '' }, 'id'],
    [{ ...valid, id: 42 }, 'id'],
    [{ license: 'paid', hasSignedIn: false }, 'id'],
    [{ ...valid, license: 'Paid' }, 'license'],
    [{ ...valid, license: 'gold' }, 'license'],
    [{ id: 'u1', hasSignedIn: false }, 'license'],
    [{ ...valid, previousLicense: 'FREE' }, 'previousLicense'],
    [{ ...valid, previousLicense: 0 }, 'previousLicense'],
    [{ ...valid, hasSignedIn: 'false' }, 'hasSignedIn'],
    [{ ...valid, hasSignedIn: 0 }, 'hasSignedIn'],
    [{ id: 'u1', license: 'paid' }, 'hasSignedIn'],
    [{ ...valid, remindersSent: -1 }, 'remindersSent'],
    [{ ...valid, remindersSent: 1.5 }, 'remindersSent'],
    [{ ...valid, remindersSent: '2' }, 'remindersSent'],
    [{ ...valid, remindersSent: Number.NaN }, 'remindersSent'],
  ])('%j on %s', (input, path) => {
    expect(pathsOf(input)).toEqual([path]);
  });

  it.each([
    ['2026-05-01', 'a date without a time'],
    ['2026-05-01T08:30:00', 'a time without an offset'],
    ['2026-05-01T08:30Z', 'a time without seconds'],
    ['2026-02-30T00:00:00Z', 'an impossible calendar day'],
    ['2025-02-29T00:00:00Z', '29 February outside a leap year'],
    ['1900-02-29T00:00:00Z', '29 February of a century that is not a leap year'],
    ['2026-04-31T00:00:00Z', '31 April'],
    ['2026-13-01T00:00:00Z', 'a thirteenth month'],
    ['2026-05-01T24:00:00Z', 'hour 24'],
    ['2026-05-01T23:60:00Z', 'minute 60'],
    ['2026-05-01T23:59:60Z', 'a leap second'],
    ['2026-05-01T08:30:00+24:00', 'an offset past 23 hours'],
    ['2026-05-01t08:30:00z', 'lower-case separators'],
    ['2026-05-01T08:30:00.Z', 'an empty fraction'],
    [' 2026-05-01T08:30:00Z', 'surrounding space'],
    ['', 'an empty string'],
  ])('invitedAt %j (%s), never rolling it over', (invitedAt) => {
    const issues = issuesOf({ ...valid, invitedAt });
    expect(issues.map((issue) => issue.path)).toEqual([['invitedAt']]);
    expect(issues[0]!.message).toMatch(/ISO 8601/);
  });

  it.each([
    ['no @', 'ana'],
    ['nothing before the @', '@example.com'],
    ['two addresses', 'ana@example.com, eve@example.org'],
    ['a display name', 'Ana <ana@example.com>'],
    ['a header smuggled after a line break', 'ana@example.com\r\nBcc: eve@example.org'],
    ['a space', 'ana lopez@example.com'],
    ['an empty string', ''],
    ['null', null],
    ['a list', ['ana@example.com']],
  ])('an email that is not one address: %s', (_label, email) => {
    expect(issuesOf({ ...valid, email })).toEqual([{ path: ['email'], message: expect.stringMatching(/^must be one email address .*\(received /) }]);
  });

  it('a date object or a number for invitedAt', () => {
    expect(pathsOf({ ...valid, invitedAt: new Date(0) })).toEqual(['invitedAt']);
    expect(pathsOf({ ...valid, invitedAt: 1_777_624_200_000 })).toEqual(['invitedAt']);
  });

  it('lastEmailedAt without invitedAt, or earlier than it', () => {
    expect(pathsOf({ ...valid, lastEmailedAt: '2026-05-01T08:30:00Z' })).toEqual(['lastEmailedAt']);
    expect(pathsOf({ ...valid, invitedAt: null, lastEmailedAt: '2026-05-01T08:30:00Z' })).toEqual(['lastEmailedAt']);
    expect(
      pathsOf({ ...valid, invitedAt: '2026-05-01T10:00:00+02:00', lastEmailedAt: '2026-05-01T07:59:59Z' }),
    ).toEqual(['lastEmailedAt']);
    // The same instant written in two offsets is not earlier.
    expect(
      parseUserSnapshot({ ...valid, invitedAt: '2026-05-01T10:00:00+02:00', lastEmailedAt: '2026-05-01T08:00:00Z' }).ok,
    ).toBe(true);
  });

  it('reports only the bad invitedAt, not a second issue on lastEmailedAt', () => {
    expect(pathsOf({ ...valid, invitedAt: 'soon', lastEmailedAt: '2026-05-01T08:00:00Z' })).toEqual(['invitedAt']);
  });

  it('every bad field at once, in field order', () => {
    expect(pathsOf({ id: '', license: 'gold', previousLicense: 'x', hasSignedIn: 'yes', invitedAt: 'today' })).toEqual([
      'id',
      'license',
      'previousLicense',
      'hasSignedIn',
      'invitedAt',
    ]);
  });

  it('says what it received, briefly', () => {
    const [issue] = issuesOf({ ...valid, hasSignedIn: 'no' });
    expect(issue!.message).toBe('must be true or false (received "no")');
    const [long] = issuesOf({ ...valid, license: 'x'.repeat(10_000) });
    expect(long!.message.length).toBeLessThan(200);
  });

  it('getters and Proxies that throw, as issues on their own fields', () => {
    const hostile = {
      ...valid,
      get hasSignedIn(): boolean {
        throw new Error('boom');
      },
    };
    expect(issuesOf(hostile)).toEqual([{ path: ['hasSignedIn'], message: expect.stringMatching(/could not be read/) }]);
    // Every field is the Proxy's own (its target holds them), and reading any of them throws.
    const trap = new Proxy(
      { ...valid, previousLicense: null, invitedAt: null, lastEmailedAt: null, remindersSent: 0, email: 'ana@example.com' },
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(pathsOf(trap)).toEqual(['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent', 'email']);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(pathsOf(revocable.proxy)).toEqual(['']);
  });
});

describe('prototype safety', () => {
  it('drops __proto__, constructor and prototype keys from parsed JSON', () => {
    const input: unknown = JSON.parse(
      '{"id":"u1","license":"paid","hasSignedIn":false,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}',
    );
    const result = parseUserSnapshot(input);
    expect(result).toEqual({ ok: true, value: valid });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });
});

describe('decide on bad input', () => {
  it('throws a PolicyInputError that lists every bad field and names each in its message', () => {
    const caught = thrown(() => decide({}, { id: '', license: 'gold', hasSignedIn: false } as never));
    expect(caught).toBeInstanceOf(PolicyInputError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as PolicyInputError;
    expect(error.name).toBe('PolicyInputError');
    expect(error.issues.map((issue) => issue.path)).toEqual([['id'], ['license']]);
    expect(error.message).toMatch(/\bid: /);
    expect(error.message).toMatch(/\blicense: /);
  });

  it('uses the empty path for a user that is not an object', () => {
    expect(() => decide({}, null as never)).toThrow(PolicyInputError);
    const error = thrown(() => decide({}, 'u1' as never)) as PolicyInputError;
    expect(error.issues).toEqual([{ path: [], message: expect.any(String) }]);
    expect(error.message).toContain('(root)');
  });
});
