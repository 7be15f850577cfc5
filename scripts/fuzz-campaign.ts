// The long fuzz campaign behind `npm run fuzz`: the same contract as test/evidence/hostile.test.ts,
// at a million generated inputs or more. scripts/fuzz.mjs bundles this file and runs it; a test
// imports its checks (test/evidence/fuzz-campaign.test.ts), which does not start the campaign.
//
//   npm run fuzz                       at least 1,000,000 inputs, a fresh seed
//   npm run fuzz -- --runs 5000000     more
//   npm run fuzz -- --seed 42          replay a campaign
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decide, decideEach, parseUserSnapshot, planActivation, planReminders, previewSettingsChange } from '../src/index';
import {
  arbBrokenIterable,
  BOUND,
  BROKEN_ITERABLES,
  MAX_ITEMS,
  type BrokenIterable,
} from '../test/support/broken-iterables';
import {
  arbArguments,
  arbNearMissUser,
  arbPollutingJson,
  arbValidSettings,
  arbValidUser,
  callUnderContract,
  checkPrototypesUntouched,
  hasPollutingKey,
  loadPublicFunctions,
  PolicyInputError,
  type PublicFunction,
} from '../test/evidence/hostile-kit';
import { oracleDecision } from '../test/evidence/oracle';

export interface Campaign {
  readonly label: string;
  readonly property: fc.IAsyncProperty<[unknown]> | fc.IProperty<[unknown]>;
  readonly share: number;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

function contractOf(subject: PublicFunction): Campaign {
  return {
    label: `${subject.entry === '.' ? '' : `${subject.entry.slice(2)}/`}${subject.name}`,
    property: fc.asyncProperty(arbArguments(subject.name), (args) => callUnderContract(subject, args)),
    share: 1,
  };
}

/** Near misses must be refused naming their field, and decide must refuse them the same way. */
const nearMisses: Campaign = {
  label: 'near-miss snapshots',
  property: fc.property(fc.tuple(arbNearMissUser, arbValidSettings), ([miss, settings]) => {
    const parsed = parseUserSnapshot(miss.value);
    if (parsed.ok || !parsed.issues.some((issue) => issue.path[0] === miss.field)) {
      throw new Error(`${miss.why}: not refused on ${miss.field}`);
    }
    try {
      decide(settings, miss.value as never);
    } catch (error) {
      if (error instanceof PolicyInputError) return;
      throw error;
    }
    throw new Error(`${miss.why}: decided anyway`);
  }) as fc.IProperty<[unknown]>,
  share: 2,
};

/** Valid snapshots with every optional field and junk keys decide exactly as the oracle says. */
const oracle: Campaign = {
  label: 'valid snapshots vs the oracle',
  property: fc.property(fc.tuple(arbValidSettings, arbValidUser), ([settings, user]) => {
    const decision = decide(settings, user.snapshot as never);
    const expected = oracleDecision(
      { autoSend: settings.autoSendActivationEmails as boolean | undefined, meetings: settings.meetingsIncluded as boolean | undefined },
      user.facts,
    );
    const trigger = 'trigger' in decision ? decision.trigger : undefined;
    const checklist = 'checklist' in decision ? decision.checklist.join() : undefined;
    if (decision.kind !== expected.kind || trigger !== expected.trigger || checklist !== expected.checklist?.join()) {
      throw new Error(`decided ${JSON.stringify(decision)}, the oracle says ${JSON.stringify(expected)}`);
    }
  }) as fc.IProperty<[unknown]>,
  share: 2,
};

const pollution: Campaign = {
  label: 'prototype pollution through JSON',
  property: fc.property(fc.tuple(arbPollutingJson, arbValidSettings), ([polluted, settings]) => {
    const parsed = parseUserSnapshot(polluted);
    if (parsed.ok && hasPollutingKey(parsed.value)) throw new Error('a polluting key survived parsing');
    if (parsed.ok && hasPollutingKey(decide(settings, polluted as never))) throw new Error('a polluting key reached a decision');
    checkPrototypesUntouched('pollution');
  }) as fc.IProperty<[unknown]>,
  share: 1,
};

/** What a batch made of a source: the items it accounted for, and how many of them were valid users. */
export interface Tally {
  items: number;
  valid: number;
}

/**
 * A batch function run over a source, counting into `tally` what it made of it. A batch that
 * streams (decideEach) counts as it goes, so that the items it yielded before it threw show.
 */
export type Batch = (settings: Record<string, unknown>, users: unknown, tally: Tally) => void | Promise<void>;

/** The most items decideEach is drained of: past every item a broken iterable hands over. */
const DRAIN_LIMIT = MAX_ITEMS + BOUND;

/** Each batch function over a source. */
export const BATCHES: Readonly<Record<string, Batch>> = {
  planActivation: (settings, users, tally) => {
    const plan = planActivation(settings, users as Iterable<unknown>);
    tally.items = plan.decisions.length + plan.invalid.length;
    tally.valid = plan.decisions.length;
  },
  decideEach: async (settings, users, tally) => {
    const each = decideEach(settings, users as Iterable<unknown>) as Iterable<{ ok: boolean }> | AsyncIterable<{ ok: boolean }>;
    const count = (item: { ok: boolean }) => {
      tally.items += 1;
      if (item.ok) tally.valid += 1;
      return tally.items > DRAIN_LIMIT;
    };
    if (Symbol.asyncIterator in each) {
      for await (const item of each) if (count(item)) break;
    } else {
      for (const item of each) if (count(item)) break;
    }
  },
  previewSettingsChange: (settings, users, tally) => {
    const preview = previewSettingsChange(settings, { autoSendActivationEmails: false }, users as Iterable<unknown>);
    tally.valid = Object.values(preview.counts.before).reduce((sum, count) => sum + count, 0);
    tally.items = tally.valid + preview.invalid.length;
  },
  planReminders: (settings, users, tally) => {
    const { counts } = planReminders(settings, users as Iterable<unknown>, { now: '2026-05-11T09:00:00Z' });
    tally.items = counts.users;
    tally.valid = counts.users - counts.invalid;
  },
};

function described(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'symbol' ? 'a symbol' : String(error);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * What a batch must make of a broken source, checked exactly: the items it accounted for and
 * how many were valid, or the one PolicyInputError, after the items a streaming batch yielded
 * before it; and no call of `next` past the breach.
 */
export async function checkBroken(
  broken: BrokenIterable,
  batch: string,
  settings: Record<string, unknown>,
  batches: Readonly<Record<string, Batch>> = BATCHES,
): Promise<void> {
  const { users, calls } = broken.make();
  const tally: Tally = { items: 0, valid: 0 };
  let got: string;
  try {
    await batches[batch]!(settings, users, tally);
    got = `items ${tally.items}, ${tally.valid} valid`;
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw new Error(`${batch} let ${described(error)} escape (${broken.label})`);
    got = `error ${JSON.stringify(error.issues)} after ${tally.items} items, ${tally.valid} valid`;
  }
  const { outcome } = broken;
  // Async sources are decideEach's alone; the others refuse them before reading.
  const refused = broken.async && batch !== 'decideEach';
  // Only a batch that streams hands over items before it throws.
  const before = batch === 'decideEach' && !('items' in outcome) ? (outcome.before ?? 0) : 0;
  const wanted = refused
    ? `error ${JSON.stringify([{ path: [], message: 'must be a synchronous iterable; for an async source, use decideEach' }])} after 0 items, 0 valid`
    : 'items' in outcome
      ? `items ${outcome.items}, ${outcome.valid ?? outcome.items} valid`
      : `error ${JSON.stringify([{ path: outcome.path ?? [], message: outcome.message }])} after ${before} items, ${before === 0 ? 0 : (outcome.valid ?? before)} valid`;
  if (got !== wanted) throw new Error(`${batch} over ${broken.label}: ${got}, expected ${wanted}`);
  if (calls() > (refused ? 0 : broken.maxCalls)) throw new Error(`${batch} called next ${calls()} times on ${broken.label}`);
}

/** Broken iterables: the fixed table's, and ones generated from parts. */
export const arbAnyBrokenIterable: fc.Arbitrary<BrokenIterable> = fc.oneof(fc.constantFrom(...BROKEN_ITERABLES), arbBrokenIterable);

/** Every batch of `batches` over sources that break the iteration protocol, outcome checked exactly. */
export function brokenIterablesProperty(
  batches: Readonly<Record<string, Batch>> = BATCHES,
  sources: fc.Arbitrary<BrokenIterable> = arbAnyBrokenIterable,
): fc.IAsyncProperty<[unknown]> {
  return fc.asyncProperty(
    fc.tuple(sources, fc.constantFrom(...Object.keys(batches)), arbValidSettings),
    ([broken, batch, settings]) => checkBroken(broken, batch, settings, batches),
  ) as unknown as fc.IAsyncProperty<[unknown]>;
}

/** Every batch function over sources that break the iteration protocol, outcome checked exactly. */
export const brokenIterables = {
  label: 'batches over broken iterables',
  property: brokenIterablesProperty(),
  share: 1,
} satisfies Campaign;

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 1_000_000);
  const seed = Number(option('seed') ?? Date.now() % 2 ** 31);
  const surface = await loadPublicFunctions();
  const campaigns = [...surface.map(contractOf), nearMisses, oracle, pollution, brokenIterables];
  const shares = campaigns.reduce((total, campaign) => total + campaign.share, 0);
  console.log(`fuzz: ${runs.toLocaleString('en')} inputs over ${surface.length} public functions and 4 properties, seed ${seed}`);

  const started = performance.now();
  let total = 0;
  const failures: string[] = [];
  for (const campaign of campaigns) {
    const numRuns = Math.ceil((runs * campaign.share) / shares);
    const began = performance.now();
    const details = await fc.check(campaign.property as fc.IAsyncProperty<[unknown]>, { numRuns, seed, endOnFailure: true });
    const seconds = (performance.now() - began) / 1000;
    total += details.numRuns;
    const verdict = details.failed
      ? `FAILED after ${details.numRuns}: ${fc.stringify(details.counterexample)}\n    ${String(details.errorInstance).split('\n')[0]}`
      : 'ok';
    if (details.failed) failures.push(campaign.label);
    console.log(`  ${campaign.label.padEnd(42)} ${String(details.numRuns).padStart(9)} inputs ${seconds.toFixed(1).padStart(6)} s  ${verdict}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fuzz: ${total.toLocaleString('en')} generated inputs in ${seconds.toFixed(1)} s ` +
      `(${Math.round(total / seconds).toLocaleString('en')}/s, node ${process.version}), ` +
      (failures.length === 0 ? 'no contract broken' : `${failures.length} broken: ${failures.join(', ')}`),
  );
  if (failures.length > 0) process.exitCode = 1;
}

// The campaign runs when scripts/fuzz.mjs runs its bundle (or the bundle is run itself), not
// when a test imports this file for its checks.
const invokedAs = process.argv[1] === undefined ? '' : resolve(process.argv[1]);
if (invokedAs === fileURLToPath(import.meta.url) || /[\\/]scripts[\\/]fuzz\.mjs$/.test(invokedAs)) await main();
