import { decideEach } from '../../index';
import type { OrgSettings, Issues, Decision } from '../../index';
import type { SourceRecord } from '../../formats/index';

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
export async function* decideRecords(settings: OrgSettings, records: AsyncIterable<SourceRecord>): AsyncGenerator<DecidedRecord> {
  const queue: SourceRecord[] = [];
  let readError: { readonly error: unknown } | undefined;
  async function* values(): AsyncGenerator<unknown> {
    try {
      for await (const record of records) {
        queue.push(record);
        yield record.issues === undefined ? record.value : undefined;
      }
    } catch (error) {
      readError = { error };
    }
  }
  for await (const item of decideEach(settings, values())) {
    const record = queue.shift()!;
    if (item.ok) yield { ok: true, index: item.index, record, decision: item.decision };
    else if (item.duplicateOf === undefined) yield { ok: false, index: item.index, record, issues: record.issues ?? item.issues };
    else yield { ok: false, index: item.index, record, issues: item.issues, duplicateOf: item.duplicateOf };
  }
  if (readError !== undefined) throw readError.error;
}
