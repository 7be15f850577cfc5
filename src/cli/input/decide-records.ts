import { decideEach, parseUserSnapshot } from '../../index';
import type { OrgSettings, Issues, Decision, DecidedItem, InvalidItem } from '../../index';
import type { SourceRecord } from '../../formats/index';
import { withHistory, type UserHistory } from '../../journal/index';

/** One record of the input, decided: its decision, or the issues to report where it was. */
export type DecidedRecord =
  | { readonly ok: true; readonly index: number; readonly record: SourceRecord; readonly decision: Decision }
  | {
      readonly ok: false;
      readonly index: number;
      readonly record: SourceRecord;
      readonly issues: Issues;
      /** For a repeated id only: the index of the earlier record that has it. */
      readonly duplicateOf?: number;
    };

/** What the journal makes of one user of the input: the value to decide, or why it cannot be. */
export type JournalChecked =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: Issues; readonly duplicateOf?: number };

/**
 * Puts each user's history from the journal (`--journal`) into their snapshot, before they are
 * decided. A user the journal does not know goes through untouched, and so does a value that is
 * not a valid snapshot (the batch reports it as it would without a journal). A snapshot whose own
 * history disagrees with the journal's is invalid, with issues naming both values; a later user
 * with its id is then a duplicate of it, as it would be of a decided one.
 */
export function journalChecker(history: ReadonlyMap<string, UserHistory>): (value: unknown, index: number) => JournalChecked {
  const refused = new Map<string, number>();
  return (value, index) => {
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return { ok: true, value };
    const first = refused.get(id);
    if (first !== undefined) {
      // As in the batch: a value that is no valid snapshot is reported as such, not as a repeat.
      if (!parseUserSnapshot(value).ok) return { ok: true, value };
      return { ok: false, issues: [{ path: ['id'], message: `is a duplicate: the item at index ${first} already has this id` }], duplicateOf: first };
    }
    if (!history.has(id)) return { ok: true, value };
    const merged = withHistory(value, history);
    if (merged.ok) return merged;
    if (!parseUserSnapshot(value).ok) return { ok: true, value };
    refused.set(id, index);
    return { ok: false, issues: merged.issues };
  };
}

/** The invalid item a refusal makes, without its index (and without `ok`, which invalid items do not have). */
function invalidPart(checked: JournalChecked & { readonly ok: false }): Omit<InvalidItem, 'index'> {
  return checked.duplicateOf === undefined ? { issues: checked.issues } : { issues: checked.issues, duplicateOf: checked.duplicateOf };
}

/**
 * A record `decideEach` could not decide, with the issues that say most: the journal's when it
 * refused the user, the reader's when it could not read the record, else the batch's (with the
 * earlier item for a repeated id).
 */
function invalidRecord(item: InvalidItem, record: SourceRecord, refused: Omit<InvalidItem, 'index'> | undefined): DecidedRecord & { readonly ok: false } {
  if (refused !== undefined) return { ok: false, index: item.index, record, ...refused };
  if (item.duplicateOf === undefined) return { ok: false, index: item.index, record, issues: record.issues ?? item.issues };
  return { ok: false, index: item.index, record, issues: item.issues, duplicateOf: item.duplicateOf };
}

/**
 * Runs the records of a file through `decideEach`, one at a time, keeping each record's location
 * beside its decision. Memory stays flat: `decideEach` pulls the next record only when the last
 * one is decided, so the queue between the two never holds more than one record.
 *
 * A record the reader could not turn into a value (a line that is not JSON) goes through as a
 * value `decideEach` rejects, so that it keeps its index, and comes out with the reader's issues,
 * which say more than "not an object". An error while reading the file is rethrown once the
 * records read so far are decided, rather than being wrapped by `decideEach`.
 */
export async function* decideRecords(
  settings: OrgSettings,
  records: AsyncIterable<SourceRecord>,
  history?: ReadonlyMap<string, UserHistory>,
): AsyncGenerator<DecidedRecord> {
  const queue: { readonly record: SourceRecord; readonly refused?: Omit<InvalidItem, 'index'> }[] = [];
  const check = history === undefined ? undefined : journalChecker(history);
  let readError: { readonly error: unknown } | undefined;
  async function* values(): AsyncGenerator<unknown> {
    try {
      let index = 0;
      for await (const record of records) {
        if (record.issues !== undefined || check === undefined) {
          queue.push({ record });
          yield record.issues === undefined ? record.value : undefined;
        } else {
          // A user the journal refuses goes through as a value decideEach rejects, keeping its index.
          const checked = check(record.value, index);
          queue.push(checked.ok ? { record } : { record, refused: invalidPart(checked) });
          yield checked.ok ? checked.value : undefined;
        }
        index += 1;
      }
    } catch (error) {
      readError = { error };
    }
  }
  for await (const item of decideEach(settings, values())) {
    const { record, refused } = queue.shift()!;
    yield item.ok ? { ok: true, index: item.index, record, decision: item.decision } : invalidRecord(item, record, refused);
  }
  if (readError !== undefined) throw readError.error;
}

/**
 * A batch of records decided (see {@link decidedBatches}): `decisions[i]` is the decision of
 * `records[i]`, whose index is `first + i`; a record that could not be decided has none, and its
 * item is the next of `invalid`, in order. A decided record costs no object of its own.
 */
export interface DecidedBatch {
  readonly first: number;
  readonly records: readonly SourceRecord[];
  readonly decisions: readonly (Decision | undefined)[];
  readonly invalid: readonly (DecidedRecord & { readonly ok: false })[];
}

/**
 * {@link decideRecords} a batch at a time: the records of each batch (a chunk of the input, see
 * `RecordBatches`) are decided together, synchronously, and come out as one {@link DecidedBatch},
 * the decisions beside the records with no object per decided record (plan goes through millions
 * of them). The same decisions, issues and indexes, the same error after the last batch read: the
 * records go through one `decideEach` over a synchronous source that hands it each record as it
 * is asked for, so the batch's id check and numbering run across batches as over one input.
 */
export async function* decidedBatches(
  settings: OrgSettings,
  batches: AsyncIterable<readonly SourceRecord[]>,
  history?: ReadonlyMap<string, UserHistory>,
): AsyncGenerator<DecidedBatch> {
  const check = history === undefined ? undefined : journalChecker(history);
  // decideEach asks for the next value only when it is asked for the next item, once each.
  let current: unknown;
  const source: IterableIterator<unknown> = {
    next: () => ({ done: false, value: current }),
    [Symbol.iterator]() {
      return this;
    },
  };
  const items = decideEach(settings, source);
  let index = 0;
  try {
    for await (const records of batches) {
      const first = index;
      const decisions: (Decision | undefined)[] = [];
      const invalid: (DecidedRecord & { readonly ok: false })[] = [];
      for (const record of records) {
        let refused: Omit<InvalidItem, 'index'> | undefined;
        if (record.issues !== undefined) current = undefined;
        else if (check === undefined) current = record.value;
        else {
          // A user the journal refuses goes through as a value decideEach rejects, keeping its index.
          const checked = check(record.value, index);
          if (checked.ok) current = checked.value;
          else {
            current = undefined;
            refused = invalidPart(checked);
          }
        }
        index += 1;
        const item = items.next().value as DecidedItem;
        if (item.ok) {
          decisions.push(item.decision);
          continue;
        }
        decisions.push(undefined);
        invalid.push(invalidRecord(item, record, refused));
      }
      yield { first, records, decisions, invalid };
    }
  } finally {
    items.return(undefined);
  }
}

/** A whole input with the journal put into it, for the commands that decide it all at once. */
export interface JournalApplied {
  /** The values to decide: a user the journal refuses is `undefined`, which the batch rejects. */
  readonly values: readonly unknown[];
  /** An invalid item of the batch as the journal makes it: its issues when the journal refused it. */
  item(item: InvalidItem): InvalidItem;
}

/** Puts the journal into every user of a held input (see {@link journalChecker}); none changes without one. */
export function applyJournal(values: readonly unknown[], history: ReadonlyMap<string, UserHistory> | undefined): JournalApplied {
  if (history === undefined) return { values, item: (item) => item };
  const check = journalChecker(history);
  const refused = new Map<number, Omit<InvalidItem, 'index'>>();
  const applied = values.map((value, index) => {
    const checked = check(value, index);
    if (checked.ok) return checked.value;
    refused.set(index, invalidPart(checked));
    return undefined;
  });
  return {
    values: applied,
    item(item) {
      const own = refused.get(item.index);
      return own === undefined ? item : { index: item.index, ...own };
    },
  };
}
