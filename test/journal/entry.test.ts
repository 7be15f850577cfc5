// A journal entry is read as any input is: every bad field named in the same words as the other
// inputs' issues, look-alike records refused, own fields only, unknown fields ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTANT_RULE, JOURNAL_ENTRY_FIELDS } from '../../src/input/fields';
import { parseUserSnapshot, PolicyInputError } from '../../src/index';
import {
  formatJournalEntry,
  JOURNAL_EMAILS,
  JOURNAL_ENTRY_KEYS,
  JOURNAL_STATUSES,
  parseJournalEntry,
  type JournalEntry,
} from '../../src/journal/index';
import { revokedProxy, throwingGetter, throwingProxy } from '../support/hostile';
import { thrownPolicyError } from '../support/thrown';

const entry = { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' } as const;

describe('parseJournalEntry', () => {
  it('accepts an entry with the three required fields, as a fresh object', () => {
    const input = { ...entry };
    const result = parseJournalEntry(input);
    expect(result).toStrictEqual({ ok: true, value: entry });
    expect(result.ok && result.value).not.toBe(input);
  });

  it('accepts every optional field, and writes the known fields in table order', () => {
    const input = { reply: '250 OK', messageId: '<m1@example.com>', status: 'sent', email: 'reminder', at: '2026-05-01T10:00:00+02:00', userId: 'u1' };
    const result = parseJournalEntry(input);
    expect(result.ok && Object.keys(result.value)).toStrictEqual(['userId', 'at', 'email', 'status', 'messageId', 'reply']);
  });

  it.each(JOURNAL_STATUSES)('accepts the status %s', (status) => {
    expect(parseJournalEntry({ ...entry, status })).toStrictEqual({ ok: true, value: { ...entry, status } });
  });

  it.each(JOURNAL_EMAILS)('accepts the email %s', (email) => {
    expect(parseJournalEntry({ ...entry, email })).toStrictEqual({ ok: true, value: { ...entry, email } });
  });

  it('keeps the instant as written, offset and fraction included', () => {
    const at = '2026-05-01T10:00:00.123456789+02:00';
    expect(parseJournalEntry({ ...entry, at })).toStrictEqual({ ok: true, value: { ...entry, at } });
  });

  it('ignores a field it does not know, and does not keep it (a later version may write details)', () => {
    expect(parseJournalEntry({ ...entry, by: 'ana', smtp: { code: 250 } })).toStrictEqual({ ok: true, value: entry });
  });

  it('does not let __proto__ from parsed JSON reach the result', () => {
    const input = JSON.parse('{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation","__proto__":{"status":"failed"}}') as unknown;
    const result = parseJournalEntry(input);
    expect(result).toStrictEqual({ ok: true, value: entry });
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('names each missing required field, in table order, as the snapshot parser does', () => {
    expect(parseJournalEntry({})).toStrictEqual({
      ok: false,
      issues: [
        { path: ['userId'], message: 'must be a non-empty string (received undefined)' },
        { path: ['at'], message: `${INSTANT_RULE} (received undefined)` },
        { path: ['email'], message: 'must be "activation" or "reminder" (received undefined)' },
      ],
    });
    // The same words as a snapshot's missing id.
    const snapshot = parseUserSnapshot({ license: 'paid', hasSignedIn: false });
    expect(!snapshot.ok && snapshot.issues[0].message).toBe('must be a non-empty string (received undefined)');
  });

  it.each([
    ['userId', '', 'must be a non-empty string (received "")'],
    ['userId', 42, 'must be a non-empty string (received 42)'],
    ['at', '2026-05-01', `${INSTANT_RULE} (received "2026-05-01")`],
    ['at', '2026-02-30T08:00:00Z', `${INSTANT_RULE} (received "2026-02-30T08:00:00Z")`],
    ['at', '2026-05-01T08:00:00', `${INSTANT_RULE} (received "2026-05-01T08:00:00")`],
    ['at', 1777622400000, `${INSTANT_RULE} (received 1777622400000)`],
    ['email', 'invite', 'must be "activation" or "reminder" (received "invite")'],
    ['email', 'Activation', 'must be "activation" or "reminder" (received "Activation")'],
    ['email', null, 'must be "activation" or "reminder" (received null)'],
    ['status', 'delivered', 'must be "sending", "sent" or "failed", or left out (received "delivered")'],
    ['status', null, 'must be "sending", "sent" or "failed", or left out (received null)'],
    ['messageId', 7, 'must be a string, or left out (received 7)'],
    ['reply', { code: 550 }, 'must be a string, or left out (received an object)'],
  ])('refuses %s = %j, naming the field and the reason', (key, value, message) => {
    expect(parseJournalEntry({ ...entry, [key]: value })).toStrictEqual({ ok: false, issues: [{ path: [key], message }] });
  });

  it('reports every bad field at once', () => {
    const result = parseJournalEntry({ userId: '', at: 'yesterday', email: 'activation', status: 'ok', reply: 1 });
    expect(!result.ok && result.issues.map((issue) => issue.path[0])).toStrictEqual(['userId', 'at', 'status', 'reply']);
  });

  it.each([
    ['null', null, 'a journal entry must be an object (received null)'],
    ['a string', '{"userId":"u1"}', 'a journal entry must be an object (received "{\\"userId\\":\\"u1\\"}")'],
    ['an array', [entry], 'a journal entry must be an object (received an array)'],
    ['a Map', new Map(Object.entries(entry)), 'a journal entry must be a plain object (received a Map object)'],
    ['a Date', new Date(0), 'a journal entry must be a plain object (received a Date object)'],
    ['a promise', Promise.resolve(entry), 'a journal entry must be a plain object (received a promise or other thenable: await it first)'],
    ['a revoked Proxy', revokedProxy(), 'a journal entry must be an object (received an unreadable value)'],
  ])('refuses %s as a whole, at the empty path', (_name, value, message) => {
    expect(parseJournalEntry(value)).toStrictEqual({ ok: false, issues: [{ path: [], message }] });
  });

  it('counts own fields only: a field inherited from a prototype is absent', () => {
    const inherited = Object.create({ status: 'failed', email: 'reminder' }) as Record<string, unknown>;
    Object.assign(inherited, { userId: 'u1', at: '2026-05-01T08:00:00Z' });
    const result = parseJournalEntry(inherited);
    expect(result).toStrictEqual({
      ok: false,
      issues: [{ path: ['email'], message: 'must be "activation" or "reminder" (received undefined)' }],
    });
  });

  it('reads an object without a prototype, and a class instance, by their own fields', () => {
    const bare = Object.assign(Object.create(null) as object, entry);
    expect(parseJournalEntry(bare)).toStrictEqual({ ok: true, value: entry });
    class Sent {
      readonly userId = 'u1';
      readonly at = '2026-05-01T08:00:00Z';
      readonly email = 'activation';
    }
    expect(parseJournalEntry(new Sent())).toStrictEqual({ ok: true, value: entry });
  });

  it('names a field whose read throws, and still checks the others', () => {
    expect(parseJournalEntry(throwingGetter('at', { userId: 'u1', email: 'mail' }))).toStrictEqual({
      ok: false,
      issues: [
        { path: ['at'], message: 'could not be read (reading it threw an error)' },
        { path: ['email'], message: 'must be "activation" or "reminder" (received "mail")' },
      ],
    });
  });

  it('never throws, whatever it is given', () => {
    expect(parseJournalEntry(throwingProxy()).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseJournalEntry(value);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('JOURNAL_ENTRY_KEYS and the field table', () => {
  it('lists the table keys in order', () => {
    expect(JOURNAL_ENTRY_KEYS).toStrictEqual(JOURNAL_ENTRY_FIELDS.map((field) => field.key));
    expect(JOURNAL_ENTRY_KEYS).toStrictEqual(['userId', 'at', 'email', 'status', 'messageId', 'reply']);
  });

  it('says, in each choice field rule, every value the field accepts', () => {
    for (const field of JOURNAL_ENTRY_FIELDS) {
      if (field.type !== 'choice') continue;
      for (const value of field.values) expect(field.rule).toContain(`"${value}"`);
    }
  });
});

describe('formatJournalEntry', () => {
  it('writes one line of JSON, known fields in table order, no newline', () => {
    const line = formatJournalEntry({ status: 'sent', email: 'activation', at: '2026-05-01T08:00:00Z', userId: 'u1', messageId: '<m@x>' });
    expect(line).toBe('{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation","status":"sent","messageId":"<m@x>"}');
  });

  it('leaves out fields it does not know', () => {
    const extra = { ...entry, by: 'ana' } as JournalEntry;
    expect(formatJournalEntry(extra)).toBe('{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation"}');
  });

  it('keeps a line break inside a value escaped, so an entry is always one line', () => {
    const line = formatJournalEntry({ ...entry, userId: 'u\n1', reply: '550\r\nno such user\u2028' });
    expect(line).not.toMatch(/[\n\r]/);
    expect(parseJournalEntry(JSON.parse(line))).toStrictEqual({ ok: true, value: { ...entry, userId: 'u\n1', reply: '550\r\nno such user\u2028' } });
  });

  it('throws PolicyInputError naming each bad field of an invalid entry', () => {
    const error = thrownPolicyError(() => formatJournalEntry({ ...entry, at: 'now', email: 'invite' as 'activation' }));
    expect(error).toBeInstanceOf(PolicyInputError);
    expect(error.issues.map((issue) => issue.path.join('.'))).toStrictEqual(['at', 'email']);
    expect(error.message).toMatch(/^Invalid journal entry: at: must be an ISO 8601/);
  });

  it('round-trips: what it writes parses back to the same entry', () => {
    const arbEntry = fc.record(
      {
        userId: fc.string({ minLength: 1 }),
        at: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
        email: fc.constantFrom(...JOURNAL_EMAILS),
        status: fc.constantFrom(...JOURNAL_STATUSES),
        messageId: fc.string(),
        reply: fc.string(),
      },
      { requiredKeys: ['userId', 'at', 'email'] },
    );
    fc.assert(
      fc.property(arbEntry, (drawn) => {
        // fast-check draws records without a prototype; an entry as a program writes it has one.
        const value = { ...drawn };
        const line = formatJournalEntry(value);
        expect(line).not.toContain('\n');
        expect(parseJournalEntry(JSON.parse(line))).toStrictEqual({ ok: true, value });
      }),
    );
  });
});
