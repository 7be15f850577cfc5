// Iterables that break the iteration protocol, each bounded: after a few calls its `next` says
// it is done, and it counts every call, so that a batch that keeps reading shows up as too many
// calls in a failing test rather than as a hang that fills the heap.

/** A valid user, for the items a broken iterable does hand over. */
export const USER = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

/** How many calls of `next` a bounded iterable answers before it says it is done. */
export const BOUND = 5;

/** What a batch must make of a broken iterable. */
export type Outcome =
  /** The batch ends normally after this many items, as `for...of` would. */
  | { readonly items: number }
  /** The batch throws PolicyInputError with this one issue, at the empty path unless `path` says. */
  | { readonly message: string; readonly path?: readonly number[] };

export interface BrokenIterable {
  readonly label: string;
  /** A fresh source; `calls()` counts the calls of its `next` so far. */
  readonly make: () => { readonly users: unknown; readonly calls: () => number };
  readonly outcome: Outcome;
  /** The most calls of `next` the batch may make: one past the breach is one too many. */
  readonly maxCalls: number;
  /** True when the source is async (only decideEach reads those). */
  readonly async: boolean;
}

/**
 * A source whose `next` gives `results[i]` on call i, then `{ done: true }` from call BOUND on
 * (or for ever when the results run out), counting its calls.
 */
function sequence(results: readonly (() => unknown)[], async: boolean): () => { users: unknown; calls: () => number } {
  return () => {
    let calls = 0;
    const next = () => {
      calls += 1;
      const result = calls > BOUND || calls > results.length ? { done: true, value: undefined } : results[calls - 1]!();
      return async ? Promise.resolve(result) : result;
    };
    const method = () => ({ next });
    return { users: async ? { [Symbol.asyncIterator]: method } : { [Symbol.iterator]: method }, calls: () => calls };
  };
}

/** `result` on every call up to the bound. */
function always(result: () => unknown): readonly (() => unknown)[] {
  return Array.from({ length: BOUND }, () => result);
}

function withThrowing(field: 'done' | 'value', done: unknown): object {
  const result: Record<string, unknown> = field === 'done' ? { value: USER } : { done };
  Object.defineProperty(result, field, {
    get() {
      throw new Error(`reading ${field} is not allowed`);
    },
  });
  return result;
}

const item = () => ({ done: false, value: USER });
const NOT_A_RESULT = (received: string) => `could not be iterated: its next() gave ${received}, not an object`;
const UNREADABLE_RESULT = 'could not be iterated: reading done or value threw an error';

/** Broken steps: what `next` gives. Each holds for sync and async sources alike. */
const STEPS: readonly {
  label: string;
  results: readonly (() => unknown)[];
  outcome: Outcome;
  maxCalls: number;
  asyncOutcome?: Outcome;
}[] = [
  { label: 'next() gives null', results: always(() => null), outcome: { message: NOT_A_RESULT('null') }, maxCalls: 1 },
  { label: 'next() gives 42', results: always(() => 42), outcome: { message: NOT_A_RESULT('42') }, maxCalls: 1 },
  { label: 'next() gives undefined', results: always(() => undefined), outcome: { message: NOT_A_RESULT('undefined') }, maxCalls: 1 },
  { label: 'next() gives a string', results: always(() => 'done'), outcome: { message: NOT_A_RESULT('"done"') }, maxCalls: 1 },
  {
    label: 'next() gives an object after an item',
    results: [item, () => true],
    outcome: { message: NOT_A_RESULT('true') },
    maxCalls: 2,
  },
  { label: '{ done: 1 }', results: always(() => ({ done: 1, value: USER })), outcome: { items: 0 }, maxCalls: 1 },
  { label: "{ done: 'yes' }", results: always(() => ({ done: 'yes', value: USER })), outcome: { items: 0 }, maxCalls: 1 },
  { label: '{ done: {} } after an item', results: [item, ...always(() => ({ done: {} }))], outcome: { items: 1 }, maxCalls: 2 },
  {
    label: 'a function with done: true',
    results: always(() => Object.assign(() => 0, { done: true })),
    outcome: { items: 0 },
    maxCalls: 1,
  },
  {
    label: "{ done: 0 } and { done: '' } go on, as for...of does",
    results: [() => ({ done: 0, value: USER }), () => ({ done: '', value: { ...USER, id: 'u2' } }), () => ({ done: true })],
    outcome: { items: 2 },
    maxCalls: 3,
  },
  {
    label: 'a done getter that throws',
    results: always(() => withThrowing('done', false)),
    outcome: { message: UNREADABLE_RESULT },
    maxCalls: 1,
  },
  {
    label: 'a value getter that throws',
    results: [item, ...always(() => withThrowing('value', false))],
    outcome: { message: UNREADABLE_RESULT },
    maxCalls: 2,
  },
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
    // Awaiting the result reads its `then`, which throws: to `for await` that is a next() that
    // rejected, so the item it was producing is named.
    asyncOutcome: { message: 'could not be read: the iterable threw an error while producing it', path: [0] },
    maxCalls: 1,
  },
];

/** Broken iterators: what the iterator method gives. */
function brokenIterators(async: boolean): BrokenIterable[] {
  const key = async ? Symbol.asyncIterator : Symbol.iterator;
  // No `next` to call here: the batch must stop before reading any item.
  const make = (iterator: () => unknown) => () => ({ users: { [key]: iterator }, calls: () => 0 });
  const counted = (next: unknown) => make(() => ({ next }));
  const NOT_AN_ITERATOR = (received: string) => `could not be iterated: its iterator is ${received}, not an object`;
  const NOT_A_FUNCTION = (received: string) => `could not be iterated: its next is ${received}, not a function`;
  return [
    { label: 'an iterator method returning null', make: make(() => null), outcome: { message: NOT_AN_ITERATOR('null') } },
    { label: 'an iterator method returning 42', make: make(() => 42), outcome: { message: NOT_AN_ITERATOR('42') } },
    { label: 'an iterator whose next is 5', make: counted(5), outcome: { message: NOT_A_FUNCTION('5') } },
    { label: 'an iterator with no next', make: counted(undefined), outcome: { message: NOT_A_FUNCTION('undefined') } },
    { label: 'an iterator whose next is an object', make: counted({}), outcome: { message: NOT_A_FUNCTION('an object') } },
  ].map((entry) => ({ ...entry, maxCalls: 0, async }));
}

/** Every broken iterable, sync ones then async ones. */
export const BROKEN_ITERABLES: readonly BrokenIterable[] = [false, true].flatMap((async) => [
  ...STEPS.map((step) => ({
    label: `${async ? 'async' : 'sync'}: ${step.label}`,
    make: sequence(step.results, async),
    outcome: (async ? step.asyncOutcome : undefined) ?? step.outcome,
    maxCalls: step.maxCalls,
    async,
  })),
  ...brokenIterators(async).map((entry) => ({ ...entry, label: `${async ? 'async' : 'sync'}: ${entry.label}` })),
]);
