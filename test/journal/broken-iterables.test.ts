// Sources that break the iteration protocol, given to the journal's batch functions: each is
// read as `for...of` reads it (a truthy `done` ends the journal) and every breach is a
// PolicyInputError at the empty path, never a raw TypeError. Each source is bounded and counts
// the calls of its `next`, so a function that keeps reading fails here on a count, not a hang.
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/index';
import { historyFromJournal, uncertainSends, type JournalEntry } from '../../src/journal/index';
import { thrown, thrownPolicyError } from '../support/thrown';

/** A `sending` entry: uncertainSends gives it back. */
const SENDING: JournalEntry = { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation', status: 'sending' };
/** A sent entry: the history counts its user. */
const SENT: JournalEntry = { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' };
/** How many calls of `next` a bounded source answers before it says it is done. */
const BOUND = 5;

/** Each batch function, as the number of entries it accounted for, with the entry its sources hand over. */
const BATCHES: readonly (readonly [string, (entries: unknown) => number, JournalEntry])[] = [
  ['historyFromJournal', (entries) => historyFromJournal(entries as JournalEntry[]).size, SENT],
  ['uncertainSends', (entries) => uncertainSends(entries as JournalEntry[]).length, SENDING],
];

/** A source whose `next` gives `results[i]` on call i, then `{ done: true }` (from call BOUND on too). */
function source(results: readonly (() => unknown)[]): { entries: unknown; calls: () => number } {
  let calls = 0;
  const next = () => {
    calls += 1;
    return calls > BOUND || calls > results.length ? { done: true, value: undefined } : results[calls - 1]!();
  };
  return { entries: { [Symbol.iterator]: () => ({ next }) }, calls: () => calls };
}

const always = (result: () => unknown) => Array.from({ length: BOUND }, () => result);
function throwing(field: 'done' | 'value', entry: JournalEntry): object {
  const result: Record<string, unknown> = field === 'done' ? { value: entry } : { done: false };
  return Object.defineProperty(result, field, {
    get() {
      throw new Error(`reading ${field} is not allowed`);
    },
  });
}
const NOT_A_RESULT = (received: string) => `could not be iterated: its next() gave ${received}, not an object`;
const UNREADABLE_RESULT = 'could not be iterated: reading done or value threw an error';

type Outcome = { readonly entries: number } | { readonly message: string };
type Step = { label: string; results: readonly (() => unknown)[]; outcome: Outcome; maxCalls: number };
/** Broken steps: what `next` gives, handing over `entry` where it hands over one. */
const steps = (entry: JournalEntry): readonly Step[] => {
  const item = () => ({ done: false, value: entry });
  return [
  { label: 'next() gives null', results: always(() => null), outcome: { message: NOT_A_RESULT('null') }, maxCalls: 1 },
  { label: 'next() gives 42', results: always(() => 42), outcome: { message: NOT_A_RESULT('42') }, maxCalls: 1 },
  { label: 'next() gives undefined', results: always(() => undefined), outcome: { message: NOT_A_RESULT('undefined') }, maxCalls: 1 },
  { label: 'next() gives a string after an entry', results: [item, () => 'done'], outcome: { message: NOT_A_RESULT('"done"') }, maxCalls: 2 },
  { label: '{ done: 1 }', results: always(() => ({ done: 1, value: entry })), outcome: { entries: 0 }, maxCalls: 1 },
  { label: "{ done: 'yes' } after an entry", results: [item, ...always(() => ({ done: 'yes', value: entry }))], outcome: { entries: 1 }, maxCalls: 2 },
  { label: 'a function with done: true', results: always(() => Object.assign(() => 0, { done: true })), outcome: { entries: 0 }, maxCalls: 1 },
  {
    label: "{ done: 0 } and { done: '' } go on, as for...of does",
    results: [() => ({ done: 0, value: entry }), () => ({ done: '', value: { ...entry, userId: 'u2' } }), () => ({ done: true })],
    outcome: { entries: 2 },
    maxCalls: 3,
  },
  { label: 'a done getter that throws', results: always(() => throwing('done', entry)), outcome: { message: UNREADABLE_RESULT }, maxCalls: 1 },
  { label: 'a value getter that throws', results: [item, ...always(() => throwing('value', entry))], outcome: { message: UNREADABLE_RESULT }, maxCalls: 2 },
  {
    label: 'a result Proxy whose traps throw',
    results: always(
      () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
          },
        ),
    ),
    outcome: { message: UNREADABLE_RESULT },
    maxCalls: 1,
  },
  ];
};

/** Iterators that cannot be read at all: no `next` is ever called. */
const ITERATORS: readonly { label: string; iterator: () => unknown; message: string }[] = [
  { label: 'an iterator method returning null', iterator: () => null, message: 'could not be iterated: its iterator is null, not an object' },
  { label: 'an iterator method returning 42', iterator: () => 42, message: 'could not be iterated: its iterator is 42, not an object' },
  { label: 'an iterator whose next is 5', iterator: () => ({ next: 5 }), message: 'could not be iterated: its next is 5, not a function' },
  { label: 'an iterator with no next', iterator: () => ({}), message: 'could not be iterated: its next is undefined, not a function' },
  { label: 'an iterator whose next is an object', iterator: () => ({ next: {} }), message: 'could not be iterated: its next is an object, not a function' },
  {
    label: 'an iterator whose next getter throws',
    iterator: () =>
      Object.defineProperty({}, 'next', {
        get() {
          throw new Error('no next');
        },
      }),
    message: 'could not be iterated (starting it threw an error)',
  },
];

function expectBreach(error: PolicyInputError, message: string): void {
  expect(error.issues).toStrictEqual([{ path: [], message }]);
  expect(error.message).toBe(`Invalid journal: (root): ${message}`);
}

describe.each(BATCHES)('%s', (_name, run, ENTRY) => {
  it.each(steps(ENTRY).map((step) => [step.label, step] as const))('a source whose %s', (_label, step) => {
    const { entries, calls } = source(step.results);
    if ('entries' in step.outcome) expect(run(entries)).toBe(step.outcome.entries);
    else expectBreach(thrownPolicyError(() => run(entries)), step.outcome.message);
    expect(calls()).toBeLessThanOrEqual(step.maxCalls);
  });

  it.each(ITERATORS.map((broken) => [broken.label, broken] as const))('%s', (_label, broken) => {
    expectBreach(thrownPolicyError(() => run({ [Symbol.iterator]: broken.iterator })), broken.message);
  });

  it('reads next once, when the iteration starts, and calls it on the iterator', () => {
    let reads = 0;
    const receivers: unknown[] = [];
    const iterator = {
      count: 0,
      get next() {
        reads += 1;
        return function (this: { count: number }) {
          receivers.push(this);
          this.count += 1;
          return this.count <= 2 ? { done: false, value: { ...ENTRY, userId: `u${this.count}`, status: undefined } } : { done: true };
        };
      },
    };
    run({ [Symbol.iterator]: () => iterator });
    expect(reads).toBe(1);
    expect(receivers).toStrictEqual([iterator, iterator, iterator]);
  });

  it('never reads value once done is truthy', () => {
    let valueReads = 0;
    const result = {
      done: 1,
      get value() {
        valueReads += 1;
        return ENTRY;
      },
    };
    const { entries, calls } = source(always(() => result));
    expect(run(entries)).toBe(0);
    expect(valueReads).toBe(0);
    expect(calls()).toBe(1);
  });

  it("passes on an error the source's own next throws, as it was thrown (a file that could not be read)", () => {
    const failure = new Error('EIO: i/o error, read');
    const { entries } = source([() => ({ done: false, value: ENTRY }), () => { throw failure; }]);
    expect(thrown(() => run(entries))).toBe(failure);
    expect(thrown(() => run({ [Symbol.iterator]: () => { throw failure; } }))).toBe(failure);
  });

  it('lets the source clean up when an invalid entry stops the reading, as for...of does', () => {
    let closed = 0;
    function* entries(): Generator<unknown> {
      try {
        yield ENTRY;
        yield { ...ENTRY, email: 'invite' };
        yield ENTRY;
      } finally {
        closed += 1;
      }
    }
    expect(thrownPolicyError(() => run(entries())).issues.map((issue) => issue.path)).toStrictEqual([[1, 'email']]);
    expect(closed).toBe(1);
    // A return method that throws does not hide the entry's error.
    const iterator = {
      calls: 0,
      next() {
        this.calls += 1;
        return this.calls === 1 ? { done: false, value: { userId: '' } } : { done: true };
      },
      return() {
        throw new Error('cannot close');
      },
    };
    expect(thrownPolicyError(() => run({ [Symbol.iterator]: () => iterator })).issues[0]!.path).toStrictEqual([0, 'userId']);
  });

  it('refuses what is not iterable with the words it always used', () => {
    for (const [value, received] of [
      [null, 'null'],
      [42, '42'],
      [{}, 'an object'],
    ] as const) {
      expectBreach(thrownPolicyError(() => run(value)), `must be an iterable of journal entries (received ${received})`);
    }
    const hostile = Object.defineProperty({}, Symbol.iterator, {
      get() {
        throw new Error('no');
      },
    });
    expect(thrownPolicyError(() => run(hostile)).issues[0]!.message).toMatch(/^must be an iterable of journal entries \(received /);
  });
});
