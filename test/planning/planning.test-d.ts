import { describe, expectTypeOf, it } from 'vitest';
import {
  decideEach,
  planActivation,
  type ActivationPlan,
  type DecidedItem,
  type Decision,
  type InvalidItem,
  type Issues,
  type OrgSettings,
  type OutcomeKind,
} from '../../src/index';

describe('planning types', () => {
  it('planActivation takes settings and any iterable, and returns an ActivationPlan', () => {
    expectTypeOf(planActivation).parameters.toEqualTypeOf<[OrgSettings, Iterable<unknown>]>();
    expectTypeOf(planActivation({}, new Set<unknown>())).toEqualTypeOf<ActivationPlan>();
    // An async source is decideEach's job, not planActivation's.
    // @ts-expect-error an async iterable is not an Iterable
    planActivation({}, (async function* () {})());
  });

  it('an ActivationPlan is read-only, with all six kinds in byKind', () => {
    expectTypeOf<ActivationPlan['decisions']>().toEqualTypeOf<readonly Decision[]>();
    expectTypeOf<ActivationPlan['invalid']>().toEqualTypeOf<readonly InvalidItem[]>();
    expectTypeOf<keyof ActivationPlan['byKind']>().toEqualTypeOf<OutcomeKind>();
    expectTypeOf<ActivationPlan['byKind']['manual-required']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<InvalidItem>().toEqualTypeOf<{
      readonly index: number;
      readonly issues: Issues;
      readonly duplicateOf?: number;
    }>();
  });

  it('decideEach is sync for iterables and async for async iterables', () => {
    expectTypeOf(decideEach({}, [])).toEqualTypeOf<Generator<DecidedItem, void, undefined>>();
    expectTypeOf(decideEach({}, (async function* () {})())).toEqualTypeOf<AsyncGenerator<DecidedItem, void, undefined>>();
  });

  it('a DecidedItem narrows on ok', () => {
    const item = {} as DecidedItem;
    if (item.ok) expectTypeOf(item.decision).toEqualTypeOf<Decision>();
    else expectTypeOf(item.issues).toEqualTypeOf<Issues>();
    expectTypeOf(item.index).toBeNumber();
  });

  it('only an invalid item may name the earlier item whose id it repeats', () => {
    const item = {} as DecidedItem;
    if (item.ok) {
      // @ts-expect-error a decided item is never a duplicate
      void item.duplicateOf;
    } else expectTypeOf(item.duplicateOf).toEqualTypeOf<number | undefined>();
    expectTypeOf<InvalidItem['duplicateOf']>().toEqualTypeOf<number | undefined>();
  });
});
