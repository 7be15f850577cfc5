// Iterables that break the iteration protocol, each bounded: after a few calls its `next` says
// it is done, and it counts every call, so that a batch that keeps reading shows up as too many
// calls in a failing test rather than as a hang that fills the heap. A fixed table of them
// (BROKEN_ITERABLES), and an arbitrary that builds them from parts (arbBrokenIterable).
import fc from 'fast-check';
import { throwingProxy } from './hostile';

/** A valid user, for the items a broken iterable does hand over. */
export const USER = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

/** How many calls of `next` a bounded iterable answers before it says it is done. */
export const BOUND = 5;

/** What a batch must make of a broken iterable. */
export type Outcome =
  /**
   * The batch ends normally after this many items, as `for...of` would; `valid` of them are
   * valid users (all of them unless it says).
   */
  | { readonly items: number; readonly valid?: number }
  /**
   * The batch throws PolicyInputError with this one issue, at the empty path unless `path` says.
   * A batch that streams (decideEach) first yields the `before` items read ahead of the breach
   * (none unless it says), `valid` of them valid users (all of them unless it says).
   */
  | { readonly message: string; readonly path?: readonly number[]; readonly before?: number; readonly valid?: number };

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
  return throwingResult(field, { label: 'an Error', make: () => new Error(`reading ${field} is not allowed`) }, done, USER);
}

const item = () => ({ done: false, value: USER });
const NOT_A_RESULT = (received: string) => `could not be iterated: its next() gave ${received}, not an object`;
const UNREADABLE_RESULT = 'could not be iterated: reading done or value threw an error';
const NOT_AN_ITERATOR = (received: string) => `could not be iterated: its iterator is ${received}, not an object`;
const NOT_A_FUNCTION = (received: string) => `could not be iterated: its next is ${received}, not a function`;
const STARTING_THREW = 'could not be iterated (starting it threw an error)';
/** Not a breach of the protocol but a source that fails: the error names the item being read. */
const READ_FAILURE = 'could not be read: the iterable threw an error while producing it';

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
    label: 'next() gives true after an item',
    results: [item, () => true],
    outcome: { message: NOT_A_RESULT('true'), before: 1 },
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
    outcome: { message: UNREADABLE_RESULT, before: 1 },
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
    asyncOutcome: { message: READ_FAILURE, path: [0] },
    maxCalls: 1,
  },
];

/** Broken iterators: what the iterator method gives. */
function brokenIterators(async: boolean): BrokenIterable[] {
  const key = async ? Symbol.asyncIterator : Symbol.iterator;
  // No `next` to call here: the batch must stop before reading any item.
  const make = (iterator: () => unknown) => () => ({ users: { [key]: iterator }, calls: () => 0 });
  const counted = (next: unknown) => make(() => ({ next }));
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

// ---------------------------------------------------------------------------------------------
// Generated broken iterables: a few items handed over properly (valid users, invalid items,
// repeated ids, each step's `done` false, left out or another falsy value, which goes on as
// for...of goes on), then one breach drawn with its parts, sync or async. The outcome is worked
// out from those parts alone.

/** The most items a generated broken iterable hands over before its breach. */
export const MAX_ITEMS = 6;

/** The breaches {@link arbBrokenIterable} draws, one per generated iterable. */
export const BREACH_KINDS = [
  /** next() gives a primitive: null, undefined, a number, a string, a boolean, a symbol, a bigint. */
  'next() gives a non-object',
  'a done getter that throws',
  /** With a falsy done the value is read and throws; with a truthy one it is never read. */
  'a value getter that throws',
  /** A truthy done that is not `true`: the batch ends normally, as for...of does. */
  'a truthy done',
  'a result Proxy whose traps throw',
  'next throws',
  'an iterator method returning a non-object',
  'an iterator method that throws',
  'a next that is not a function',
  'a next getter that throws',
] as const;

export type BreachKind = (typeof BREACH_KINDS)[number];

/** A generated broken iterable: which breach it ends in, and the items it hands over first. */
export interface GeneratedBrokenIterable extends BrokenIterable {
  readonly breach: BreachKind;
  /** How many items `next` hands over before the breach (none are read when the breach is in starting). */
  readonly items: number;
}

/**
 * How the batches' messages name a received value, written from the rule rather than taken from
 * the library: a string quoted (its first 40 characters and an ellipsis when longer), a number,
 * boolean, null or undefined as itself, a bigint with its `n`, anything else by its type.
 */
export function received(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
    default:
      return String(value);
  }
}

/** A value with a label to print it by, built fresh when asked (a Proxy is never printed). */
interface Recipe {
  readonly label: string;
  readonly make: () => unknown;
}

const shown = (value: unknown): Recipe => ({ label: fc.stringify(value), make: () => value });

/** What a getter, an iterator method or `next` throws: the library must not care. */
const arbThrown: fc.Arbitrary<Recipe> = fc.oneof(
  fc.string({ maxLength: 8 }).map((text) => ({ label: `new Error(${JSON.stringify(text)})`, make: () => new Error(text) })),
  fc.constantFrom<Recipe>(
    { label: 'a TypeError', make: () => new TypeError('not iterable') },
    { label: 'a Proxy whose traps throw', make: throwingProxy },
    {
      label: 'an object whose toString throws',
      make: () => ({
        toString() {
          throw new Error('toString');
        },
      }),
    },
  ),
  fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.boolean()).map(shown),
);

/** Values that are not objects, of every primitive type, strings short and long. */
const arbPrimitive: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(42, 0, -0, Number.NaN)),
  fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', minLength: 38, maxLength: 60 })),
  fc.boolean(),
  fc.string({ maxLength: 6 }).map((description) => Symbol(description)),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
);

/** Objects that are not functions (for `next`), built fresh each time. */
const OBJECTS: readonly Recipe[] = [
  { label: '{}', make: () => ({}) },
  { label: '[]', make: () => [] },
  { label: 'Object.create(null)', make: () => Object.create(null) },
  { label: 'new Boolean(false)', make: () => new Boolean(false) },
  { label: '{ call() {} }', make: () => ({ call() {} }) },
];

/** A `done` that goes on: false, left out, or a falsy value that is not a boolean. */
const ABSENT = Symbol('left out');
const arbFalsyDone: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(false, ABSENT) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(0, -0, '', null, undefined, Number.NaN, 0n) },
);

/** A `done` that ends the batch: `true`, or a truthy value that is not a boolean. */
const arbTruthyDone: fc.Arbitrary<Recipe> = fc.oneof(
  fc
    .oneof(
      fc.constantFrom<unknown>(true, 1, -1, 'yes', 'false', '0', ' ', Number.POSITIVE_INFINITY),
      fc.integer().filter((number) => number !== 0),
      fc.double({ noNaN: true }).filter((number) => number !== 0),
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).filter((number) => number !== 0n),
      fc.string({ maxLength: 4 }).map((description) => Symbol(description)),
    )
    .map(shown),
  fc.constantFrom(...OBJECTS, { label: 'a function', make: () => () => false }, { label: 'new Number(0)', make: () => new Number(0) }),
);

/** How a result object is built: a plain object, a function, one without a prototype, or getters. */
const CONTAINERS = ['object', 'function', 'null-prototype', 'getters'] as const;
type Container = (typeof CONTAINERS)[number];

function resultOf(container: Container, done: unknown, value: () => unknown): object {
  const target: Record<string, unknown> =
    container === 'function' ? (function result() {} as never) : container === 'null-prototype' ? Object.create(null) : {};
  if (container === 'getters') {
    if (done !== ABSENT) Object.defineProperty(target, 'done', { get: () => done });
    Object.defineProperty(target, 'value', { get: value });
  } else {
    if (done !== ABSENT) target.done = done;
    target.value = value();
  }
  return target;
}

/** A result whose `field` getter throws `thrown`; the other field is plain. */
function throwingResult(field: 'done' | 'value', thrown: Recipe, done: unknown, value: unknown): object {
  const result: Record<string, unknown> = field === 'done' ? { value } : done === ABSENT ? {} : { done };
  Object.defineProperty(result, field, {
    get() {
      throw thrown.make();
    },
  });
  return result;
}

const label = (value: unknown) => (value === ABSENT ? 'left out' : fc.stringify(value));

// The items handed over before the breach.

const INSTANT = '2026-05-01T08:30:00Z';

const arbUserFields = fc.record({
  license: fc.constantFrom('free', 'paid'),
  hasSignedIn: fc.boolean(),
  previousLicense: fc.constantFrom<unknown>(ABSENT, null, 'free', 'paid'),
  invitedAt: fc.constantFrom<unknown>(ABSENT, null, INSTANT),
});

type UserFields = typeof arbUserFields extends fc.Arbitrary<infer T> ? T : never;

function userWith(id: string, fields: UserFields): Record<string, unknown> {
  const user: Record<string, unknown> = { id, license: fields.license, hasSignedIn: fields.hasSignedIn };
  if (fields.previousLicense !== ABSENT) user.previousLicense = fields.previousLicense;
  if (fields.invitedAt !== ABSENT) user.invitedAt = fields.invitedAt;
  if (typeof fields.invitedAt === 'string') user.lastEmailedAt = fields.invitedAt;
  return user;
}

/** Items every batch refuses on their own, without ending the batch. */
const INVALID_ITEMS: readonly Recipe[] = [
  { label: 'null', make: () => null },
  { label: '42', make: () => 42 },
  { label: 'an empty id', make: () => ({ id: '', license: 'paid', hasSignedIn: false }) },
  { label: 'no id', make: () => ({ license: 'free', hasSignedIn: true }) },
  { label: 'licence gold', make: () => ({ id: 'gold', license: 'gold', hasSignedIn: false }) },
  { label: "hasSignedIn 'no'", make: () => ({ id: 'no', license: 'paid', hasSignedIn: 'no' }) },
  { label: 'an array', make: () => [USER] },
];

type ItemDraft =
  | { readonly kind: 'valid'; readonly fields: UserFields }
  | { readonly kind: 'invalid'; readonly item: Recipe }
  /** A valid user with the id of an earlier valid one (`pick` chooses which), if there is one. */
  | { readonly kind: 'repeat'; readonly fields: UserFields; readonly pick: number };

const arbItemDraft: fc.Arbitrary<ItemDraft> = fc.oneof(
  { weight: 4, arbitrary: arbUserFields.map((fields) => ({ kind: 'valid' as const, fields })) },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID_ITEMS).map((item) => ({ kind: 'invalid' as const, item })) },
  { weight: 1, arbitrary: fc.tuple(arbUserFields, fc.nat()).map(([fields, pick]) => ({ kind: 'repeat' as const, fields, pick })) },
);

const arbStep = fc.record({
  draft: arbItemDraft,
  done: arbFalsyDone,
  container: fc.constantFrom(...CONTAINERS),
  /** For an async source: next() gives a promise of the result, or the result itself. */
  promised: fc.boolean(),
});

interface Step {
  readonly item: unknown;
  readonly valid: boolean;
  readonly label: string;
  readonly done: unknown;
  readonly container: Container;
  readonly promised: boolean;
}

/** The steps with their items built: ids given out in order, repeats resolved, validity known. */
function stepsOf(drafts: readonly (typeof arbStep extends fc.Arbitrary<infer T> ? T : never)[]): Step[] {
  const ids: string[] = [];
  return drafts.map(({ draft, done, container, promised }, index) => {
    let item: unknown;
    let valid: boolean;
    let text: string;
    if (draft.kind === 'invalid') {
      item = draft.item.make();
      valid = false;
      text = draft.item.label;
    } else if (draft.kind === 'repeat' && ids.length > 0) {
      const id = ids[draft.pick % ids.length]!;
      item = userWith(id, draft.fields);
      valid = false;
      text = `${id} again`;
    } else {
      const id = `u${index}`;
      ids.push(id);
      item = userWith(id, draft.fields);
      valid = true;
      text = id;
    }
    const how = [done === false ? '' : ` done ${label(done)}`, container === 'object' ? '' : ` ${container}`].join('');
    return { item, valid, label: `${text}${how}`, done, container, promised };
  });
}

// The breaches.

type Breach =
  | { readonly kind: 'next() gives a non-object'; readonly value: unknown; readonly promised: boolean }
  | { readonly kind: 'a done getter that throws'; readonly thrown: Recipe }
  | { readonly kind: 'a value getter that throws'; readonly thrown: Recipe; readonly done: unknown; readonly truthy?: Recipe }
  | { readonly kind: 'a truthy done'; readonly done: Recipe; readonly container: Container }
  | { readonly kind: 'a result Proxy whose traps throw'; readonly promised: boolean }
  | { readonly kind: 'next throws'; readonly thrown: Recipe; readonly rejects: boolean }
  | { readonly kind: 'an iterator method returning a non-object'; readonly value: unknown }
  | { readonly kind: 'an iterator method that throws'; readonly thrown: Recipe }
  | { readonly kind: 'a next that is not a function'; readonly next: Recipe }
  | { readonly kind: 'a next getter that throws'; readonly thrown: Recipe };

const arbBreach: fc.Arbitrary<Breach> = fc.oneof(
  fc.record({ kind: fc.constant('next() gives a non-object' as const), value: arbPrimitive, promised: fc.boolean() }),
  fc.record({ kind: fc.constant('a done getter that throws' as const), thrown: arbThrown }),
  fc.oneof(
    fc.record({ kind: fc.constant('a value getter that throws' as const), thrown: arbThrown, done: arbFalsyDone }),
    fc
      .record({ kind: fc.constant('a value getter that throws' as const), thrown: arbThrown, truthy: arbTruthyDone })
      .map((breach) => ({ ...breach, done: undefined })),
  ),
  fc.record({ kind: fc.constant('a truthy done' as const), done: arbTruthyDone, container: fc.constantFrom(...CONTAINERS) }),
  fc.record({ kind: fc.constant('a result Proxy whose traps throw' as const), promised: fc.boolean() }),
  fc.record({ kind: fc.constant('next throws' as const), thrown: arbThrown, rejects: fc.boolean() }),
  fc.record({ kind: fc.constant('an iterator method returning a non-object' as const), value: arbPrimitive }),
  fc.record({ kind: fc.constant('an iterator method that throws' as const), thrown: arbThrown }),
  fc.record({
    kind: fc.constant('a next that is not a function' as const),
    next: fc.oneof(arbPrimitive.map(shown), fc.constantFrom(...OBJECTS)),
  }),
  fc.record({ kind: fc.constant('a next getter that throws' as const), thrown: arbThrown }),
);

/** The breach as the label shows it. */
function breachLabel(breach: Breach, async: boolean): string {
  switch (breach.kind) {
    case 'next() gives a non-object':
      return `next() gives ${async && breach.promised ? 'a promise of ' : ''}${fc.stringify(breach.value)}`;
    case 'a value getter that throws':
      return `a value getter that throws ${breach.thrown.label}, done ${breach.truthy?.label ?? label(breach.done)}`;
    case 'a truthy done':
      return `done ${breach.done.label}${breach.container === 'object' ? '' : ` (${breach.container})`}`;
    case 'a result Proxy whose traps throw':
      return breach.kind;
    case 'next throws':
      return `next ${async && breach.rejects ? 'rejects with' : 'throws'} ${breach.thrown.label}`;
    case 'an iterator method returning a non-object':
      return `an iterator method returning ${fc.stringify(breach.value)}`;
    case 'a next that is not a function':
      return `an iterator whose next is ${breach.next.label}`;
    default:
      return `${breach.kind}: ${breach.thrown.label}`;
  }
}

/** Breaches in starting the iteration: no item is read, `next` is never called. */
function startsBroken(breach: Breach): boolean {
  return breach.kind.startsWith('an iterator method') || breach.kind.startsWith('a next ');
}

/** What a batch must make of `steps` then `breach`, worked out from them alone. */
function outcomeOf(steps: readonly Step[], breach: Breach, async: boolean): Outcome {
  const before = steps.length;
  const valid = steps.filter((step) => step.valid).length;
  const atRoot = (message: string): Outcome => ({ message, before, valid });
  switch (breach.kind) {
    case 'next() gives a non-object':
      return atRoot(NOT_A_RESULT(received(breach.value)));
    case 'a done getter that throws':
      return atRoot(UNREADABLE_RESULT);
    case 'a value getter that throws':
      // A truthy done ends the batch before the value is read.
      return breach.truthy === undefined ? atRoot(UNREADABLE_RESULT) : { items: before, valid };
    case 'a truthy done':
      return { items: before, valid };
    case 'a result Proxy whose traps throw':
      // Awaiting the result reads its `then`, which throws: to `for await` a next() that rejected.
      return async ? { message: READ_FAILURE, path: [before], before, valid } : atRoot(UNREADABLE_RESULT);
    case 'next throws':
      return { message: READ_FAILURE, path: [before], before, valid };
    case 'an iterator method returning a non-object':
      return { message: NOT_AN_ITERATOR(received(breach.value)) };
    case 'a next that is not a function':
      return { message: NOT_A_FUNCTION(received(breach.next.make())) };
    default:
      return { message: STARTING_THREW };
  }
}

/** The result (or the throw) of the breach's call of `next`; every later call up to the bound repeats it. */
function breachStep(breach: Breach, async: boolean): unknown {
  const give = (result: unknown, promised: boolean) => (async && promised ? Promise.resolve(result) : result);
  switch (breach.kind) {
    case 'next() gives a non-object':
      return give(breach.value, breach.promised);
    case 'a done getter that throws':
      return give(throwingResult('done', breach.thrown, undefined, USER), true);
    case 'a value getter that throws':
      return give(throwingResult('value', breach.thrown, breach.truthy?.make() ?? breach.done, undefined), true);
    case 'a truthy done':
      return give(resultOf(breach.container, breach.done.make(), () => ({ ...USER, id: 'after-the-end' })), true);
    case 'a result Proxy whose traps throw':
      return give(throwingProxy(), breach.promised);
    case 'next throws':
      if (async && breach.rejects) return Promise.reject(breach.thrown.make());
      throw breach.thrown.make();
    default:
      throw new Error(`${breach.kind} is no step of next`);
  }
}

/**
 * A source for `steps` then `breach`: `next` hands over the steps' items, then gives the breach
 * on every call up to {@link BOUND} calls past the items, then says it is done; it counts its
 * calls. A breach in starting has an iterator method (or `next`) that breaks at once.
 */
function sourceOf(steps: readonly Step[], breach: Breach, async: boolean): () => { users: unknown; calls: () => number } {
  const key = async ? Symbol.asyncIterator : Symbol.iterator;
  return () => {
    let calls = 0;
    let method: () => unknown;
    switch (breach.kind) {
      case 'an iterator method returning a non-object':
        method = () => breach.value;
        break;
      case 'an iterator method that throws':
        method = () => {
          throw breach.thrown.make();
        };
        break;
      case 'a next that is not a function': {
        const next = breach.next.make();
        method = () => ({ next });
        break;
      }
      case 'a next getter that throws':
        method = () => ({
          get next() {
            throw breach.thrown.make();
          },
        });
        break;
      default: {
        const next = () => {
          calls += 1;
          const step = steps[calls - 1];
          if (step !== undefined) {
            const result = resultOf(step.container, step.done, () => step.item);
            return async && step.promised ? Promise.resolve(result) : result;
          }
          if (calls > steps.length + BOUND) return async ? Promise.resolve({ done: true }) : { done: true };
          return breachStep(breach, async);
        };
        method = () => ({ next });
      }
    }
    return { users: { [key]: method }, calls: () => calls };
  };
}

/**
 * Broken iterables built from parts: up to {@link MAX_ITEMS} items handed over first (valid
 * users, invalid items and repeated ids, each step's `done` false, left out or another falsy
 * value), then one breach of {@link BREACH_KINDS} with its values generated (the primitive
 * next() gives, the value a getter throws, the truthy `done`...), sync or async. Each knows the
 * outcome its parts call for and the most calls of `next` a batch may make (the items and the
 * breach, or none when the breach is in starting), and prints as its label.
 */
export const arbBrokenIterable: fc.Arbitrary<GeneratedBrokenIterable> = fc
  .record({ async: fc.boolean(), steps: fc.array(arbStep, { maxLength: MAX_ITEMS }), breach: arbBreach })
  .map(({ async, steps: drafts, breach }) => {
    const steps = stepsOf(drafts);
    const starts = startsBroken(breach);
    const items = starts ? 0 : steps.length;
    const handed =
      steps.length === 0 ? 'no items' : `${steps.length} item${steps.length === 1 ? '' : 's'} (${steps.map((step) => step.label).join(', ')})`;
    const text = `${async ? 'async' : 'sync'}: ${starts ? 'no item read' : handed}, then ${breachLabel(breach, async)}`;
    return {
      label: text,
      make: sourceOf(steps, breach, async),
      outcome: outcomeOf(starts ? [] : steps, breach, async),
      maxCalls: starts ? 0 : steps.length + 1,
      async,
      breach: breach.kind,
      items,
      [fc.toStringMethod]: () => `<${text}>`,
    };
  });
