import { describeValue, type Issue } from '../input/issue';
import { isRecord, ownField } from '../input/read-field';
import type { WebexLicense } from './types';

/** The `licenses` option read once: each listed licence by id. */
export type LicenseCatalog = ReadonlyMap<string, WebexLicense>;

function readItems(licenses: unknown): readonly unknown[] | undefined {
  if (isRecord(licenses)) {
    const items = ownField(licenses, 'items');
    return Array.isArray(items) ? items : undefined;
  }
  return Array.isArray(licenses) ? licenses : undefined;
}

/**
 * Reads the `licenses` option (a Licenses API response or its `items`) into a catalog by id.
 * Entries without a readable string `id` are skipped: the catalog only lends names, so a
 * missing entry can make a licence unknown (an issue later), never wrongly classified.
 * A value that is no list at all is an issue at `path`.
 */
export function readLicenseCatalog(
  licenses: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): LicenseCatalog {
  const catalog = new Map<string, WebexLicense>();
  if (licenses === undefined) return catalog;
  try {
    const items = readItems(licenses);
    if (items === undefined) {
      issues.push({
        path,
        message: `must be the Licenses API response ({ items: [...] }) or its items (received ${describeValue(licenses)})`,
      });
      return catalog;
    }
    const length = items.length;
    for (let index = 0; index < length; index += 1) {
      const item = ownField(items, String(index));
      if (!isRecord(item)) continue;
      const id = ownField(item, 'id');
      // An empty id may go in: the catalog is only asked for held ids, which are never empty.
      if (typeof id === 'string' && !catalog.has(id)) catalog.set(id, item as WebexLicense);
    }
  } catch {
    // A Proxy whose traps throw: keep what was read.
  }
  return catalog;
}

/** A catalog entry's name, or `undefined` when it has none that can be read. */
export function licenseName(license: WebexLicense | undefined): string | undefined {
  if (license === undefined) return undefined;
  const name = ownField(license, 'name');
  return typeof name === 'string' ? name : undefined;
}
