// A smoke test of `npm run fuzz`'s check of the batches over broken iterables: at a few hundred
// runs it passes on the batches as they are, its generator draws every breach, and it fails a
// batch that lets a raw error escape, reads past the breach, or holds back the items it had
// decided before it. Importing the campaign does not start it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideEach } from '../../src/index';
import { BATCHES, brokenIterables, brokenIterablesProperty, type Batch } from '../../scripts/fuzz-campaign';
import { arbBrokenIterable, BREACH_KINDS } from '../support/broken-iterables';

const SEED = 0x6_2026;
const RUNS = 300;

/** The first line of what the check found, or 'ok'. */
async function verdict(property: fc.IAsyncProperty<[unknown]>, numRuns = RUNS): Promise<string> {
  const details = await fc.check(property, { numRuns, seed: SEED, endOnFailure: true });
  return details.failed ? String(details.errorInstance).split('\n')[0]! : 'ok';
}

describe("the fuzz campaign's batches over broken iterables", () => {
  it('passes on the batches as they are, over the table and generated sources', async () => {
    expect(brokenIterables.label).toBe('batches over broken iterables');
    expect(await verdict(brokenIterables.property)).toBe('ok');
    expect(await verdict(brokenIterablesProperty(BATCHES, arbBrokenIterable))).toBe('ok');
  });

  it('generates every breach, sync and async, items before it, and truthy dones that end the batch', () => {
    const drawn = fc.sample(arbBrokenIterable, { numRuns: 2_000, seed: SEED });
    for (const kind of BREACH_KINDS) {
      for (const async of [false, true]) {
        expect(drawn.some((broken) => broken.breach === kind && broken.async === async), `${kind}, async ${async}`).toBe(true);
      }
    }
    expect(drawn.some((broken) => broken.items > 0 && 'message' in broken.outcome && broken.outcome.before === broken.items)).toBe(true);
    expect(drawn.some((broken) => broken.breach === 'a truthy done' && broken.items > 0 && 'items' in broken.outcome)).toBe(true);
    expect(new Set(drawn.map((broken) => broken.maxCalls)).size).toBeGreaterThan(3);
    expect(fc.stringify(drawn[0])).toBe(`<${drawn[0]!.label}>`);
  });

  it('fails a batch that lets a raw error escape', async () => {
    // Reads users with the language's own for...of, whose protocol errors are TypeErrors.
    const naive: Batch = (settings, users, tally) => {
      BATCHES.planActivation!(settings, [...(users as Iterable<unknown>)], tally);
    };
    expect(await verdict(brokenIterablesProperty({ planActivation: naive }, arbBrokenIterable))).toMatch(
      /^Error: planActivation let TypeError: .* escape \((sync|async): /,
    );
  });

  it('fails a batch that reads past the breach, though its outcome is right', async () => {
    const peeking: Batch = (settings, users, tally) => {
      try {
        BATCHES.planActivation!(settings, users, tally);
      } finally {
        try {
          (users as Iterable<unknown>)[Symbol.iterator]().next();
        } catch {
          // an iterator that breaks in starting
        }
      }
    };
    const syncSteps = arbBrokenIterable.filter((broken) => !broken.async && broken.maxCalls > 0);
    expect(await verdict(brokenIterablesProperty({ planActivation: peeking }, syncSteps))).toMatch(
      /^Error: planActivation called next \d+ times on sync: /,
    );
  });

  it('fails a batch that takes a truthy done for an item', async () => {
    // Only `done: true` ends it, the way the batches once read users.
    const strict: Batch = (settings, users, tally) => {
      const iterator = (users as Iterable<unknown>)[Symbol.iterator]();
      const items: unknown[] = [];
      for (let result = iterator.next(); result.done !== true; result = iterator.next()) items.push(result.value);
      BATCHES.planActivation!(settings, items, tally);
    };
    const truthy = arbBrokenIterable.filter((broken) => !broken.async && broken.breach === 'a truthy done');
    expect(await verdict(brokenIterablesProperty({ planActivation: strict }, truthy))).toMatch(
      /^Error: planActivation over sync: .*: items \d+, \d+ valid, expected items \d+, \d+ valid$/,
    );
  });

  it('fails a decideEach that holds back the items it decided before the breach', async () => {
    // Decides everything first and yields only once the source has ended.
    const buffered: Batch = (settings, users, tally) => {
      const items = [...decideEach(settings, users as Iterable<unknown>)];
      tally.items = items.length;
      tally.valid = items.filter((item) => item.ok).length;
    };
    const itemsThenError = arbBrokenIterable.filter(
      (broken) => !broken.async && broken.items > 0 && 'message' in broken.outcome,
    );
    expect(await verdict(brokenIterablesProperty({ decideEach: buffered }, itemsThenError))).toMatch(
      /^Error: decideEach over sync: .* after 0 items, 0 valid, expected error .* after [1-9]\d* items, \d+ valid$/,
    );
    // The same property passes on the real decideEach and on planActivation, which keeps nothing.
    expect(await verdict(brokenIterablesProperty({ decideEach: BATCHES.decideEach!, planActivation: BATCHES.planActivation! }, itemsThenError), 100)).toBe('ok');
  });
});
