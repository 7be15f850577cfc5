// readJournal reads each valid line's fields once, directly: no own-field lookup and no
// look-alike check per line (what parseJournalEntry does for any input), which is what keeps it
// within twice JSON.parse (bench/journal.mjs). Told here by the calls to Object.hasOwn and
// Object.getPrototypeOf, which must not grow with the number of valid lines read, whatever their
// emails, statuses and optional fields; a line the direct read cannot vouch for (a key `callee`,
// a polluted Object.prototype) goes through the full check, still with the same entries.
// Written against a Stryker run over src/journal.
import { afterEach, describe, expect, it } from 'vitest';
import { parseJournalEntry, readJournal } from '../../src/journal/index';

const hasOwn = Object.hasOwn;
const getPrototypeOf = Object.getPrototypeOf;

afterEach(() => {
  Object.hasOwn = hasOwn;
  Object.getPrototypeOf = getPrototypeOf;
});

/** What `read` gives, and how many times it called Object.hasOwn and Object.getPrototypeOf. */
function counted<T>(read: () => T): { result: T; calls: number } {
  let calls = 0;
  Object.hasOwn = (target: object, key: PropertyKey) => ((calls += 1), hasOwn(target, key));
  Object.getPrototypeOf = (target: unknown) => ((calls += 1), getPrototypeOf(target));
  try {
    return { result: read(), calls };
  } finally {
    Object.hasOwn = hasOwn;
    Object.getPrototypeOf = getPrototypeOf;
  }
}

/** A valid line of each kind: both emails, every status, each optional field, offsets and fractions. */
const VALID = [
  { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' },
  { userId: 'u2', at: '2026-05-01T10:00:00.250+02:00', email: 'reminder' },
  { userId: 'u3', at: '2026-05-01T08:00:00Z', email: 'activation', status: 'sending' },
  { userId: 'u3', at: '2026-05-01T08:00:02Z', email: 'activation', status: 'sent', messageId: '<m3@example.com>' },
  { userId: 'u4', at: '2026-05-01T08:00:03Z', email: 'reminder', status: 'failed', reply: '550 no such user' },
  { userId: 'u5', at: '2026-05-01T08:00:04Z', email: 'reminder', status: 'sent', messageId: '<m5@x>', reply: '250 ok' },
  { userId: 'u6', at: '2026-05-01T08:00:05Z', email: 'activation', messageId: '', reply: '' },
  { userId: 'u7', at: '2026-05-01T08:00:06Z', email: 'activation', by: 'ana', note: null },
].map((entry) => JSON.stringify(entry));

/** What readJournal must give for `lines`: each line's JSON as parseJournalEntry reads it. */
function entriesOf(lines: readonly string[]): unknown[] {
  return lines.map((line, index) => {
    const parsed = parseJournalEntry(JSON.parse(line));
    if (!parsed.ok) throw new Error(`line ${index + 1} is not an entry`);
    return { line: index + 1, entry: parsed.value };
  });
}

describe('readJournal on a clean Object.prototype', () => {
  it.each(VALID.map((line, index) => [index + 1, line]))('reads valid line %i with no per-line check: %s', (_, line) => {
    const once = counted(() => readJournal(line));
    const many = counted(() => readJournal(Array.from({ length: 40 }, () => line).join('\n')));
    expect(many.calls).toBe(once.calls);
    expect(many.result.entries).toHaveLength(40);
    expect(many.result.invalid).toStrictEqual([]);
    expect(once.result.entries).toStrictEqual(entriesOf([line]));
  });

  it('reads a journal of every kind of valid line with as many calls as one line', () => {
    const text = VALID.join('\r\n');
    const all = counted(() => readJournal(text));
    expect(all.calls).toBe(counted(() => readJournal(VALID[0]!)).calls);
    expect(all.result.entries).toStrictEqual(entriesOf(VALID));
  });

  it('checks in full a line with a key callee, which is read as one without it', () => {
    const line = JSON.stringify({ userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation', callee: 'x' });
    const once = counted(() => readJournal(line));
    const many = counted(() => readJournal(Array.from({ length: 40 }, () => line).join('\n')));
    expect(many.calls).toBeGreaterThan(once.calls);
    expect(once.result.entries).toStrictEqual([{ line: 1, entry: { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' } }]);
  });
});

describe('readJournal on a polluted Object.prototype', () => {
  it.each(['status', 'callee', Symbol.toStringTag] as const)('checks every line in full when it holds %s, with the same entries', (key) => {
    const prototype = Object.prototype as Record<PropertyKey, unknown>;
    // A tag that is not Object would make a line with a key callee a look-alike: none here has one.
    prototype[key] = key === 'status' ? 'failed' : 'Polluted';
    try {
      const once = counted(() => readJournal(VALID[0]!));
      const many = counted(() => readJournal(VALID.join('\n')));
      expect(many.calls).toBeGreaterThan(once.calls);
      expect(many.result.invalid).toStrictEqual([]);
      expect(many.result.entries.map((read) => ({ ...read.entry }))).toStrictEqual(entriesOf(VALID).map((read) => ({ ...(read as { entry: object }).entry })));
    } finally {
      delete prototype[key];
    }
  });
});

describe('a line whose userId is empty', () => {
  it('is an invalid line, whatever else it holds', () => {
    const read = readJournal(JSON.stringify({ userId: '', at: '2026-05-01T08:00:00Z', email: 'activation', status: 'sent' }));
    expect(read.entries).toStrictEqual([]);
    expect(read.invalid).toStrictEqual([{ line: 1, issues: [{ path: ['userId'], message: 'must be a non-empty string (received "")' }] }]);
  });
});
