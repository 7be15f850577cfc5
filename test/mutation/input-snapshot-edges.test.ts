// Edges of parseUserSnapshot (src/input/user-snapshot.ts): a bad invitedAt is the only issue even
// when lastEmailedAt is before 1970 (a bad instant is never compared with, not even as 0), and a
// Proxy whose prototype cannot be read gets the own-property check a class instance gets.
import { describe, expect, it } from 'vitest';
import { decide, parseUserSnapshot } from '../../src/index';

const newUser = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

describe('a bad invitedAt beside a valid lastEmailedAt', () => {
  it('is the one issue, whether lastEmailedAt is before 1970, at it or after it', () => {
    for (const lastEmailedAt of ['1969-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2026-05-01T08:30:00Z']) {
      const result = parseUserSnapshot({ ...newUser, invitedAt: '2026-02-30T00:00:00Z', lastEmailedAt });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((issue) => issue.path)).toEqual([['invitedAt']]);
    }
  });

  it('while a valid invitedAt after a lastEmailedAt before 1970 is named on lastEmailedAt', () => {
    const result = parseUserSnapshot({ ...newUser, invitedAt: '1970-01-01T00:00:00Z', lastEmailedAt: '1969-12-31T23:59:59Z' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: ['lastEmailedAt'], message: 'is earlier than invitedAt, the first email' }]);
  });
});

describe('a Proxy whose getPrototypeOf trap throws', () => {
  const hidden = () =>
    new Proxy(Object.create(newUser) as object, {
      getPrototypeOf() {
        throw new Error('no prototype for you');
      },
    });

  it('gives no field it only inherits', () => {
    const result = parseUserSnapshot(hidden());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([['id'], ['license'], ['hasSignedIn']]);
    expect(() => decide({}, hidden() as never)).toThrow(/id/);
  });

  it('gives its own fields', () => {
    const own = new Proxy({ ...newUser }, {
      getPrototypeOf() {
        throw new Error('no prototype for you');
      },
    });
    expect(parseUserSnapshot(own)).toEqual({ ok: true, value: newUser });
    expect(decide({}, own).kind).toBe('auto-send');
  });
});

describe('a snapshot that is not a plain object', () => {
  const full = {
    id: 'u1',
    license: 'paid',
    previousLicense: 'free',
    hasSignedIn: false,
    invitedAt: '2026-05-01T08:30:00Z',
    lastEmailedAt: '2026-05-02T08:30:00Z',
    remindersSent: 1,
    email: 'ada@example.com',
  } as const;

  class Entity {
    constructor(fields: object) {
      Object.assign(this, fields);
    }
  }

  it('gives every field it holds itself: a class instance, an object without a prototype, a Proxy hiding its prototype', () => {
    const hiding = new Proxy({ ...full }, {
      getPrototypeOf() {
        throw new Error('no prototype for you');
      },
    });
    for (const snapshot of [new Entity(full), Object.assign(Object.create(null) as object, full), hiding]) {
      expect(parseUserSnapshot(snapshot)).toEqual({ ok: true, value: full });
      expect(decide({}, snapshot as never).kind).toBe('notify-conversion');
    }
  });

  it('gives none it only inherits, each optional field absent', () => {
    const result = parseUserSnapshot(Object.assign(Object.create(full) as object, { id: 'u2', license: 'paid', hasSignedIn: false }));
    expect(result).toEqual({ ok: true, value: { id: 'u2', license: 'paid', hasSignedIn: false } });
  });
});
