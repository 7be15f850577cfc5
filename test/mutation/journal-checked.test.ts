// The entries readJournal checked are taken as they are: uncertainSends gives back the very
// entries it was given (frozen, as readJournal made them), whether alone or in their lines, never
// a copy checked again. And a source's `return` that is not a function is left alone when an
// invalid entry stops the reading, as for...of leaves it (it throws its own TypeError, which the
// entry's error hides), even when it is an object with a `call` method.
// Written against a Stryker run over src/journal.
import { describe, expect, it } from 'vitest';
import { historyFromJournal, readJournal, uncertainSends, type JournalEntry } from '../../src/journal/index';
import { thrownPolicyError } from '../support/thrown';

const text = [
  '{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation","status":"sending"}',
  '{"userId":"u2","at":"2026-05-01T08:00:01Z","email":"activation","status":"sending"}',
  '{"userId":"u2","at":"2026-05-01T08:00:03Z","email":"activation","status":"sent","messageId":"<m2>"}',
  '{"userId":"u3","at":"2026-05-01T08:00:04+02:00","email":"reminder","status":"sending"}',
].join('\n');

describe('an entry readJournal checked, given to uncertainSends', () => {
  it('comes back as the very entry, in its line', () => {
    const read = readJournal(text);
    const open = uncertainSends(read.entries);
    expect(open.map((entry) => entry.userId)).toStrictEqual(['u1', 'u3']);
    expect(open[0]).toBe(read.entries[0]!.entry);
    expect(open[1]).toBe(read.entries[3]!.entry);
    expect(open.every((entry) => Object.isFrozen(entry))).toBe(true);
  });

  it('comes back as the very entry, given alone', () => {
    const read = readJournal(text);
    const open = uncertainSends(read.entries.map((line) => line.entry));
    expect(open).toHaveLength(2);
    expect(open[0]).toBe(read.entries[0]!.entry);
    expect(open[1]).toBe(read.entries[3]!.entry);
  });

  it('comes back as the very entry in a line of the caller\'s own making', () => {
    const read = readJournal(text);
    const open = uncertainSends(read.entries.map(({ line, entry }) => ({ line: line + 10, entry })));
    expect(open[0]).toBe(read.entries[0]!.entry);
    expect(open[1]).toBe(read.entries[3]!.entry);
  });

  it('comes back as the very entry read under a polluted Object.prototype too', () => {
    const prototype = Object.prototype as { reply?: unknown };
    prototype.reply = 'polluted';
    try {
      const read = readJournal(text);
      const open = uncertainSends(read.entries);
      expect(open[0]).toBe(read.entries[0]!.entry);
      expect(Object.hasOwn(open[0]!, 'reply')).toBe(false);
    } finally {
      delete prototype.reply;
    }
  });

  it('while a copy of it is checked again, and given back as the checked copy', () => {
    const read = readJournal(text);
    const copy = { ...read.entries[0]!.entry };
    const [open] = uncertainSends([copy]);
    expect(open).toStrictEqual(copy);
    expect(open).not.toBe(copy);
  });
});

describe("a source's return that is not a function", () => {
  it('is never called through a call method of its own when an invalid entry stops the reading', () => {
    for (const run of [historyFromJournal, uncertainSends]) {
      const calls: unknown[] = [];
      const iterator = {
        sent: false,
        next() {
          if (this.sent) return { done: true, value: undefined };
          this.sent = true;
          return { done: false, value: { userId: 'u1', at: 'yesterday', email: 'activation' } };
        },
        return: { call: (...args: unknown[]) => calls.push(args) },
      };
      const entries = { [Symbol.iterator]: () => iterator } as unknown as Iterable<JournalEntry>;
      expect(thrownPolicyError(() => run(entries)).issues.map((issue) => issue.path)).toStrictEqual([[0, 'at']]);
      expect(calls).toStrictEqual([]);
    }
  });
});
