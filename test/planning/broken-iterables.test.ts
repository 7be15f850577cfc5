// Sources that break the iteration protocol: every batch function reads them as `for...of`
// does (a truthy `done` ends the batch) and turns every breach into a PolicyInputError at the
// empty path. Each source is bounded and counts the calls of its `next`, so a batch that keeps
// reading fails here on a count instead of hanging.
import { describe, expect, it } from 'vitest';
import { decideEach, planActivation, planReminders, PolicyInputError, previewSettingsChange } from '../../src/index';
import { BOUND, BROKEN_ITERABLES, USER } from '../support/broken-iterables';

const OFF = { autoSendActivationEmails: false } as const;
const NOW = { now: '2026-05-11T09:00:00Z' } as const;

/** Each batch function over a sync source, as the number of items it accounted for. */
const SYNC_BATCHES: readonly (readonly [string, (users: unknown) => number])[] = [
  [
    'planActivation',
    (users) => {
      const plan = planActivation({}, users as Iterable<unknown>);
      return plan.decisions.length + plan.invalid.length;
    },
  ],
  [
    'decideEach',
    (users) => {
      let items = 0;
      for (const _item of decideEach({}, users as Iterable<unknown>)) if ((items += 1) > BOUND) break;
      return items;
    },
  ],
  [
    'previewSettingsChange',
    (users) => {
      const preview = previewSettingsChange({}, OFF, users as Iterable<unknown>);
      return Object.values(preview.counts.before).reduce((sum, count) => sum + count, 0) + preview.invalid.length;
    },
  ],
  ['planReminders', (users) => planReminders(OFF, users as Iterable<unknown>, NOW).counts.users],
];

async function drainAsync(users: unknown): Promise<number> {
  let items = 0;
  for await (const _item of decideEach({}, users as AsyncIterable<unknown>)) if ((items += 1) > BOUND) break;
  return items;
}

async function outcomeOf(run: () => number | Promise<number>): Promise<{ items: number } | { error: unknown }> {
  try {
    return { items: await run() };
  } catch (error) {
    return { error };
  }
}

function expectOutcome(got: { items: number } | { error: unknown }, expected: (typeof BROKEN_ITERABLES)[number]['outcome']): void {
  if ('items' in expected) {
    expect(got).toEqual({ items: expected.items });
    return;
  }
  expect(got).toHaveProperty('error');
  const error = (got as { error: unknown }).error;
  expect(error).toBeInstanceOf(PolicyInputError);
  const path = expected.path ?? [];
  expect((error as PolicyInputError).issues).toEqual([{ path, message: expected.message }]);
  const where = path.length === 0 ? '(root)' : `[${path.join('][')}]`;
  expect((error as PolicyInputError).message).toBe(`Invalid users: ${where}: ${expected.message}`);
}

describe('a sync source that breaks the iteration protocol', () => {
  const sync = BROKEN_ITERABLES.filter((broken) => !broken.async);

  it('covers every breach the issue names', () => {
    expect(sync.map((broken) => broken.label)).toEqual(
      expect.arrayContaining([
        'sync: next() gives null',
        'sync: next() gives 42',
        'sync: { done: 1 }',
        "sync: { done: 'yes' }",
        'sync: a done getter that throws',
        'sync: a value getter that throws',
        'sync: an iterator whose next is 5',
        'sync: an iterator method returning null',
      ]),
    );
  });

  for (const [name, run] of SYNC_BATCHES) {
    it.each(sync.map((broken) => [broken.label, broken] as const))(`${name}: %s`, async (_label, broken) => {
      const { users, calls } = broken.make();
      expectOutcome(await outcomeOf(() => run(users)), broken.outcome);
      expect(calls()).toBeLessThanOrEqual(broken.maxCalls);
    });
  }
});

describe('an async source that breaks the iteration protocol', () => {
  it.each(BROKEN_ITERABLES.filter((broken) => broken.async).map((broken) => [broken.label, broken] as const))(
    'decideEach: %s',
    async (_label, broken) => {
      const { users, calls } = broken.make();
      expectOutcome(await outcomeOf(() => drainAsync(users)), broken.outcome);
      expect(calls()).toBeLessThanOrEqual(broken.maxCalls);
    },
  );

  it('refuses a next that resolves to a non-object after the items before it were decided', async () => {
    let calls = 0;
    const users = {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          calls += 1;
          return calls === 1 ? { done: false, value: USER } : calls === 2 ? 'not a result' : { done: true };
        },
      }),
    };
    const seen: number[] = [];
    const got = await outcomeOf(async () => {
      for await (const item of decideEach({}, users as AsyncIterable<unknown>)) seen.push(item.index);
      return seen.length;
    });
    expect(seen).toEqual([0]);
    expectOutcome(got, { message: 'could not be iterated: its next() gave "not a result", not an object' });
    expect(calls).toBe(2);
  });
});

describe('the protocol as for...of reads it', () => {
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
          return this.count <= 2 ? { done: false, value: { ...USER, id: `u${this.count}` } } : { done: true };
        };
      },
    };
    const plan = planActivation({}, { [Symbol.iterator]: () => iterator } as unknown as Iterable<unknown>);
    expect(plan.decisions.map((decision) => decision.userId)).toEqual(['u1', 'u2']);
    expect(reads).toBe(1);
    expect(receivers).toEqual([iterator, iterator, iterator]);
  });

  it('never reads value once done is truthy', () => {
    let valueReads = 0;
    const result = {
      done: 1,
      get value() {
        valueReads += 1;
        return USER;
      },
    };
    let calls = 0;
    // Bounded: after the bound, a plain end, so that a batch that ignores `done: 1` fails on the counts.
    const next = () => ((calls += 1) > BOUND ? { done: true } : result);
    const plan = planActivation({}, { [Symbol.iterator]: () => ({ next }) } as unknown as Iterable<unknown>);
    expect(plan.decisions.length + plan.invalid.length).toBe(0);
    expect(valueReads).toBe(0);
    expect(calls).toBe(1);
  });

  it('still names the index of the item whose next throws', () => {
    const throwing = { [Symbol.iterator]: () => ({ next: () => { throw new Error('disk gone'); } }) };
    const error = (() => {
      try {
        planActivation({}, throwing);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect((error as PolicyInputError).issues).toEqual([
      { path: [0], message: 'could not be read: the iterable threw an error while producing it' },
    ]);
  });
});
