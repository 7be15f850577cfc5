import type { Issues } from '../input/issue';
import type { SourceRecord } from './source-record';

/** What `snapshotsFromWebexPeople` returns, as far as laying it out needs. */
export interface MappedPeople {
  readonly snapshots: readonly unknown[];
  readonly invalid: readonly { readonly index: number; readonly issues: Issues }[];
}

/**
 * Lays out a People page mapped by `snapshotsFromWebexPeople` as records in page order: each
 * person that could be mapped as its snapshot, each one that could not with the adapter's
 * issues, both located as `items[i]`, so a plan loses nobody. The command line and the preview
 * page both read People pages through here; each calls the adapter itself, from its own entry.
 *
 * @internal
 */
export function recordsFromWebexPeople(mapped: MappedPeople): SourceRecord[] {
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
