// Invariant 10 of DOMAIN.md, batch = sum of singles, for planActivation and decideEach, plus
// the batch's behaviour on bad, duplicate and hostile items.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
  decideEach,
  OUTCOME_KINDS,
  planActivation,
  planReminders,
  PolicyInputError,
  previewSettingsChange,
  type ActivationPlan,
  type DecidedItem,
  type Decision,
  type InvalidItem,
  type OrgSettings,
} from '../../src/index';
import { arbOrgSettings } from '../../src/testing/arbitraries';
import { arbItems } from '../support/batch';
import { revokedProxy, throwingGetter, throwingProxy } from '../support/hostile';
import { thrown } from '../support/thrown';

const runs = { numRuns: 150 };

/** What deciding each item alone says: a decision, or invalid (bad input or a repeated id). */
type Expected =
  | { index: number; decision: Decision }
  | { index: number; invalid: 'input'; issues: PolicyInputError['issues'] }
  | { index: number; invalid: 'duplicate'; first: number };

function singles(settings: OrgSettings, items: readonly unknown[]): Expected[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    let decision: Decision;
    try {
      decision = decide(settings, item as never);
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyInputError);
      return { index, invalid: 'input' as const, issues: (error as PolicyInputError).issues };
    }
    const first = seen.get(decision.userId);
    if (first !== undefined) return { index, invalid: 'duplicate' as const, first };
    seen.set(decision.userId, index);
    return { index, decision };
  });
}

function checkPlan(plan: ActivationPlan, expected: readonly Expected[]): void {
  const decided = expected.flatMap((entry) => ('decision' in entry ? [entry.decision] : []));
  const invalid = expected.filter((entry) => 'invalid' in entry);
  // Each decision deep-equals the one decide gives that user alone, in input order.
  expect(plan.decisions).toEqual(decided);
  expect(plan.invalid.map((item) => item.index)).toEqual(invalid.map((entry) => entry.index));
  // Nothing lost.
  expect(plan.decisions.length + plan.invalid.length).toBe(expected.length);
  for (const [item, entry] of plan.invalid.map((item, i) => [item, invalid[i]!] as const)) {
    expect(item.issues.length).toBeGreaterThan(0);
    if (!('invalid' in entry)) continue;
    // The same issues decide reports for the item alone; a repeated id is named as such.
    // A repeated id names the earlier item, in its message and as duplicateOf; nothing else does.
    if (entry.invalid === 'input') {
      expect(item.issues).toEqual(entry.issues);
      expect(item).not.toHaveProperty('duplicateOf');
    } else {
      expect(item.issues).toEqual([
        { path: ['id'], message: `is a duplicate: the item at index ${entry.first} already has this id` },
      ]);
      expect(item.duplicateOf).toBe(entry.first);
    }
  }
  // byKind: all six keys, the ids of each kind in input order.
  expect(Object.keys(plan.byKind).sort()).toEqual([...OUTCOME_KINDS].sort());
  for (const kind of OUTCOME_KINDS) {
    expect(plan.byKind[kind]).toEqual(decided.filter((d) => d.kind === kind).map((d) => d.userId));
  }
}

function collect(items: Iterable<DecidedItem>): ActivationPlan {
  const decisions: Decision[] = [];
  const invalid: InvalidItem[] = [];
  for (const item of items) {
    if (item.ok) decisions.push(item.decision);
    else if (item.duplicateOf === undefined) invalid.push({ index: item.index, issues: item.issues });
    else invalid.push({ index: item.index, issues: item.issues, duplicateOf: item.duplicateOf });
  }
  const byKind = Object.fromEntries(
    OUTCOME_KINDS.map((kind) => [kind, decisions.filter((d) => d.kind === kind).map((d) => d.userId)]),
  ) as unknown as ActivationPlan['byKind'];
  return { decisions, invalid, byKind };
}

/**
 * An async iterable that hands items over as they are. Not an async generator: `yield` in one
 * awaits its value, which reads `then` and so trips a hostile Proxy before decideEach sees it.
 */
function asyncStream(items: readonly unknown[]): AsyncIterable<unknown> {
  return {
    [Symbol.asyncIterator]() {
      let index = 0;
      return {
        next: () =>
          Promise.resolve(index < items.length ? { done: false, value: items[index++] } : { done: true, value: undefined }),
      };
    },
  };
}

describe('invariant 10: a batch is the sum of its singles', () => {
  it('planActivation over an array gives each user what decide gives it alone, in order, losing no one', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbItems, (settings, makeItems) => {
        const items = makeItems();
        checkPlan(planActivation(settings, items), singles(settings, items));
      }),
      runs,
    );
  });

  it('holds for Sets and generators too', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbItems, (settings, makeItems) => {
        const items = makeItems();
        const expected = singles(settings, items);
        // Every item is a distinct value except primitives, which a Set keeps once.
        const set = new Set(items);
        checkPlan(planActivation(settings, set), singles(settings, [...set]));
        function* generate() {
          yield* items;
        }
        checkPlan(planActivation(settings, generate()), expected);
      }),
      { numRuns: 60 },
    );
  });

  it('holds for decideEach, sync and over an async iterable', async () => {
    await fc.assert(
      fc.asyncProperty(arbOrgSettings(), arbItems, async (settings, makeItems) => {
        const items = makeItems();
        const expected = singles(settings, items);
        checkPlan(collect(decideEach(settings, items)), expected);
        const read: DecidedItem[] = [];
        for await (const item of decideEach(settings, asyncStream(items))) read.push(item);
        expect(read.map((item) => item.index)).toEqual(items.map((_, index) => index));
        checkPlan(collect(read), expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('planActivation on a batch with bad items', () => {
  const good = (id: string, extra: object = {}) => ({ id, license: 'paid', hasSignedIn: false, ...extra });

  it('reports each bad, duplicate or hostile item by index and field, and decides every other one', () => {
    const items: unknown[] = [
      good('ana'),
      null,
      good('ben', { invitedAt: '2026-05-01T08:30:00Z' }),
      throwingGetter('license', { id: 'cy', hasSignedIn: false }),
      throwingProxy(),
      good('ana', { hasSignedIn: true }),
      revokedProxy(),
      { id: 'dee', license: 'gold', hasSignedIn: 'no' },
      [good('eve')],
      good('fay', { license: 'free' }),
    ];
    const plan = planActivation({ autoSendActivationEmails: false }, items);
    expect(plan.decisions.map((d) => [d.userId, d.kind])).toEqual([
      ['ana', 'manual-required'],
      ['ben', 'manual-required'],
      ['fay', 'skip-free'],
    ]);
    expect(plan.invalid.map((item) => [item.index, item.issues.map((issue) => issue.path.join('.'))])).toEqual([
      [1, ['']],
      [3, ['license']],
      [4, ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent', 'email']],
      [5, ['id']],
      [6, ['']],
      [7, ['license', 'hasSignedIn']],
      [8, ['']],
    ]);
    expect(plan.invalid[3]!.issues[0].message).toBe('is a duplicate: the item at index 0 already has this id');
    expect(plan.invalid[1]!.issues[0].message).toBe('could not be read (reading it threw an error)');
    expect(plan.byKind).toEqual({
      'auto-send': [],
      'skip-free': ['fay'],
      'notify-conversion': [],
      'manual-required': ['ana', 'ben'],
      'reminder-eligible': [],
      'no-action': [],
    });
  });

  it('decides the first of two items with the same id and reports the later one', () => {
    const plan = planActivation({}, [good('a', { hasSignedIn: true }), good('b'), good('a'), good('a')]);
    expect(plan.decisions.map((d) => [d.userId, d.kind])).toEqual([
      ['a', 'no-action'],
      ['b', 'auto-send'],
    ]);
    expect(plan.invalid.map((item) => item.index)).toEqual([2, 3]);
  });

  it('names the earlier item of a repeated id as duplicateOf, in every batch function', async () => {
    const items = [good('a', { hasSignedIn: true }), good('b'), good('a'), { id: 'c' }, good('b'), good('a')];
    const duplicates = [
      { index: 2, duplicateOf: 0 },
      { index: 4, duplicateOf: 1 },
      { index: 5, duplicateOf: 0 },
    ];
    const named = (invalid: readonly { index: number; duplicateOf?: number }[]) =>
      invalid.filter((item) => item.duplicateOf !== undefined).map(({ index, duplicateOf }) => ({ index, duplicateOf }));
    expect(named(planActivation({}, items).invalid)).toEqual(duplicates);
    expect(named([...decideEach({}, items)].filter((item) => !item.ok))).toEqual(duplicates);
    const read: DecidedItem[] = [];
    for await (const item of decideEach({}, asyncStream(items))) read.push(item);
    expect(named(read.filter((item) => !item.ok))).toEqual(duplicates);
    expect(named(previewSettingsChange({}, { autoSendActivationEmails: false }, items).invalid)).toEqual(duplicates);
    expect(named(planReminders({}, items, { now: '2026-05-11T09:00:00Z' }).invalid)).toEqual(duplicates);
    // The message keeps saying it in words, and an item refused for its fields names no earlier item.
    const plan = planActivation({}, items);
    expect(plan.invalid[0]).toEqual({
      index: 2,
      issues: [{ path: ['id'], message: 'is a duplicate: the item at index 0 already has this id' }],
      duplicateOf: 0,
    });
    expect(plan.invalid[1]).toEqual({ index: 3, issues: expect.any(Array) });
    expect(Object.keys(plan.invalid[1]!)).toEqual(['index', 'issues']);
  });

  it('a repeated id that is itself invalid is reported for its own fields, not as a duplicate', () => {
    const plan = planActivation({}, [good('a'), { id: 'a', license: 'gold', hasSignedIn: false }]);
    expect(plan.invalid).toEqual([{ index: 1, issues: [{ path: ['license'], message: expect.any(String) }] }]);
  });

  it('gives all six kinds as keys even for an empty org', () => {
    expect(planActivation({}, [])).toEqual({
      decisions: [],
      invalid: [],
      byKind: Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, []])),
    });
  });

  it('throws PolicyInputError on bad settings before reading a single user', () => {
    let pulled = 0;
    function* users() {
      pulled += 1;
      yield good('a');
    }
    for (const settings of [{ autoSendActivationEmails: 'no' }, { autoSendActivationEmail: false }, null, throwingProxy()]) {
      const error = thrown(() => planActivation(settings as OrgSettings, users()));
      expect(error).toBeInstanceOf(PolicyInputError);
    }
    expect(pulled).toBe(0);
    const error = thrown(() => planActivation({ autoSendActivationEmails: 'no' } as never, []));
    expect((error as PolicyInputError).issues[0].path).toEqual(['autoSendActivationEmails']);
  });

  it('throws PolicyInputError when users is not iterable, or the iterable itself fails', () => {
    for (const users of [null, 42, { length: 1, 0: good('a') }]) {
      expect(thrown(() => planActivation({}, users as never))).toBeInstanceOf(PolicyInputError);
    }
    function* failing() {
      yield good('a');
      throw new Error('the export broke');
    }
    const error = thrown(() => planActivation({}, failing()));
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).issues[0].path).toEqual([1]);
  });

  it('never mutates the items, and works on frozen ones', () => {
    const items = Object.freeze([Object.freeze(good('a')), Object.freeze(good('b', { license: 'free' }))]);
    const copy = structuredClone(items);
    const plan = planActivation(Object.freeze({}), items);
    expect(plan.decisions.map((d) => d.kind)).toEqual(['auto-send', 'skip-free']);
    expect(items).toEqual(copy);
  });
});
