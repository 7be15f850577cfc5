// The edges of the look-alike check (src/input/read-field.ts): an own `then` that is not a
// function makes no thenable, and an object without a prototype is always a record, whatever its
// own `then` or `Symbol.toStringTag` say.
import { describe, expect, it } from 'vitest';
import { decide, parseOrgSettings, parseUserSnapshot } from '../../src/index';

const newUser = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

describe('an own `then` that is not a function', () => {
  it('is an unknown setting, not a thenable', () => {
    const result = parseOrgSettings({ then: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.path).toEqual(['then']);
    expect(result.issues[0]!.message).not.toMatch(/await/);
  });

  it('is an ignored field of a snapshot', () => {
    const result = parseUserSnapshot({ ...newUser, then: 'later' });
    expect(result).toEqual({ ok: true, value: newUser });
    expect(decide({}, { ...newUser, then: null } as never).kind).toBe('auto-send');
  });
});

describe('an object without a prototype', () => {
  const bare = (fields: object) => Object.assign(Object.create(null) as object, fields);

  it('is read as a record even with an own `then` function', () => {
    const user = bare({ ...newUser, then: () => undefined });
    expect(parseUserSnapshot(user)).toEqual({ ok: true, value: newUser });
    expect(decide(bare({ autoSendActivationEmails: false }), user as never).kind).toBe('manual-required');
  });

  it('is read as a record even with its own Symbol.toStringTag', () => {
    const user = bare({ ...newUser, [Symbol.toStringTag]: 'Thing' });
    expect(parseUserSnapshot(user)).toEqual({ ok: true, value: newUser });
    const settings = parseOrgSettings(bare({ meetingsIncluded: true, [Symbol.toStringTag]: 'Thing' }));
    expect(settings.ok).toBe(false);
    if (settings.ok) return;
    // The tag is an unknown key, named as such; the object itself is not refused.
    expect(settings.issues.map((issue) => issue.path)).toEqual([['Symbol(Symbol.toStringTag)']]);
  });
});
