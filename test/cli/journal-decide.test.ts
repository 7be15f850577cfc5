// Property: the command line's plan with a journal is `decide` on each user with the journal's
// history (`withHistory`), with every refusal and every repeated id where the rules put them,
// for any users, any journal and any settings.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRecords } from '../../src/cli/input/decide-records';
import type { SourceRecord } from '../../src/formats/index';
import { decide, parseUserSnapshot, type Issues, type OrgSettings } from '../../src/index';
import { historyFromJournal, withHistory, type JournalEntry } from '../../src/journal/index';
import { arbInstant, arbOrgSettings, arbUserSnapshot } from '../../src/testing/index';

const IDS = ['ana', 'ben', 'cleo', 'dan'];

const arbUser = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(arbUserSnapshot(), fc.constantFrom(...IDS)).map(([user, id]) => ({ ...user, id }) as unknown) },
  // Not a valid snapshot: the batch reports it, journal or not.
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((id) => ({ id, license: 'gold', hasSignedIn: false }) as unknown) },
);
const arbEntry: fc.Arbitrary<JournalEntry> = fc.record({
  userId: fc.constantFrom(...IDS),
  at: arbInstant(),
  email: fc.constantFrom('activation', 'reminder' as const),
});

type Outcome = { ok: true; kind: string; trigger?: string } | { ok: false; issues: Issues; duplicateOf?: number };

/** What the rules say each user comes out as, written out plainly. */
function expected(settings: OrgSettings, users: readonly unknown[], journal: readonly JournalEntry[]): Outcome[] {
  const history = historyFromJournal(journal);
  const refused = new Map<string, number>();
  const decided = new Map<string, number>();
  return users.map((user, index): Outcome => {
    const parsed = parseUserSnapshot(user);
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    const id = parsed.value.id;
    if (refused.has(id)) {
      return { ok: false, issues: [{ path: ['id'], message: `is a duplicate: the item at index ${refused.get(id)} already has this id` }], duplicateOf: refused.get(id)! };
    }
    let snapshot = parsed.value;
    if (history.has(id)) {
      const merged = withHistory(user, history);
      if (!merged.ok) {
        refused.set(id, index);
        return { ok: false, issues: merged.issues };
      }
      snapshot = merged.value;
    }
    if (decided.has(id)) return { ok: false, issues: expect.anything() as never, duplicateOf: decided.get(id)! };
    decided.set(id, index);
    const decision = decide(settings, snapshot);
    return decision.kind === 'manual-required' ? { ok: true, kind: decision.kind, trigger: decision.trigger } : { ok: true, kind: decision.kind };
  });
}

async function* records(users: readonly unknown[]): AsyncGenerator<SourceRecord> {
  for (const [index, value] of users.entries()) yield { location: { kind: 'index', index }, value };
}

describe('plan with a journal', () => {
  it('is decide on withHistory of each user, refusals and repeats where the rules put them', async () => {
    await fc.assert(
      fc.asyncProperty(arbOrgSettings(), fc.array(arbUser, { maxLength: 8 }), fc.array(arbEntry, { maxLength: 8 }), async (settings, users, journal) => {
        const got: Outcome[] = [];
        for await (const item of decideRecords(settings, records(users), historyFromJournal(journal))) {
          if (item.ok) {
            const d = item.decision;
            got.push(d.kind === 'manual-required' ? { ok: true, kind: d.kind, trigger: d.trigger } : { ok: true, kind: d.kind });
          } else got.push(item.duplicateOf === undefined ? { ok: false, issues: item.issues } : { ok: false, issues: item.issues, duplicateOf: item.duplicateOf });
        }
        expect(got).toEqual(expected(settings, users, journal));
      }),
      { numRuns: 300 },
    );
  });

  it('without a journal, or with an empty one, the decisions are those of no journal at all', async () => {
    await fc.assert(
      fc.asyncProperty(arbOrgSettings(), fc.array(arbUser, { maxLength: 8 }), async (settings, users) => {
        const plain: unknown[] = [];
        const empty: unknown[] = [];
        for await (const item of decideRecords(settings, records(users))) plain.push(item.ok ? item.decision : item.issues);
        for await (const item of decideRecords(settings, records(users), new Map())) empty.push(item.ok ? item.decision : item.issues);
        expect(empty).toEqual(plain);
      }),
      { numRuns: 100 },
    );
  });
});
