import { PolicyInputError } from '../../index';
import type { SourceRecord } from '../../formats';
import { snapshotsFromWebexPeople } from '../../webex';
import { UsageError } from '../usage-error';

/**
 * Maps a People API page with the Webex adapter and lays the result out as records in page
 * order: each person that could be mapped as its snapshot, each one that could not with the
 * adapter's issues, both located as `items[i]`, so the plan loses nobody.
 */
export function webexRecords(page: object, licenses: unknown, previous: unknown, command: string): SourceRecord[] {
  let mapped: ReturnType<typeof snapshotsFromWebexPeople>;
  try {
    mapped = snapshotsFromWebexPeople(page, {
      ...(licenses === undefined ? {} : { licenses: licenses as never }),
      ...(previous === undefined ? {} : { previous: previous as never }),
    });
  } catch (error) {
    if (error instanceof PolicyInputError) throw new UsageError(error.message, command);
    throw error;
  }
  const invalid = new Map(mapped.invalid.map((item) => [item.index, item.issues]));
  const total = mapped.snapshots.length + mapped.invalid.length;
  const records: SourceRecord[] = [];
  let next = 0;
  for (let index = 0; index < total; index += 1) {
    const location = { kind: 'people-item', index } as const;
    const issues = invalid.get(index);
    if (issues !== undefined) records.push({ location, value: undefined, issues });
    else {
      records.push({ location, value: mapped.snapshots[next] });
      next += 1;
    }
  }
  return records;
}
