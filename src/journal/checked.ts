import type { JournalEntry } from './entry';

/**
 * A constructor that returns the object it is given: a class extending it adds its private
 * fields to that object, which stays what it was (a plain record, its prototype and its keys
 * unchanged).
 */
class Given {
  constructor(target: object) {
    return target;
  }
}

/**
 * The mark of an entry `readJournal` checked, holding its instant in milliseconds. A private
 * field: no code outside this class can read, copy or forge it (a `WeakSet` could not be forged
 * either, but costs microseconds per entry on a journal of a million lines), and it is not a
 * property: keys, JSON, spreads and deep equality do not see it.
 */
class CheckedEntry extends Given {
  readonly #at: number;

  private constructor(entry: JournalEntry, at: number) {
    super(entry);
    this.#at = at;
  }

  /** Marks a valid entry, whose instant is `at`, as checked, and freezes it so it stays valid. */
  static mark(entry: JournalEntry, at: number): JournalEntry {
    new CheckedEntry(entry, at);
    return Object.freeze(entry);
  }

  /** The instant of an entry marked checked, or `undefined` for any other value. Never throws. */
  static instantOf(value: unknown): number | undefined {
    // `#at in` reads no property: a Proxy's traps are not called.
    return typeof value === 'object' && value !== null && #at in value ? value.#at : undefined;
  }
}

/**
 * Marks a valid entry as checked, with its instant in milliseconds, and freezes it: the batch
 * functions take it as it is, without checking it again.
 *
 * @internal
 */
export const markChecked: (entry: JournalEntry, at: number) => JournalEntry = CheckedEntry.mark;

/**
 * The instant of an entry `readJournal` checked, or `undefined` for anything else (which is then
 * checked as any input is).
 *
 * @internal
 */
export const checkedInstant: (value: unknown) => number | undefined = CheckedEntry.instantOf;
