/**
 * Where a record came from in the input, so that a problem can be reported where the admin
 * will look for it: a line of an NDJSON or CSV file, or a position in a JSON array or a People
 * API page.
 *
 * @internal
 */
export type SourceLocation =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'people-item'; readonly index: number };

/**
 * Writes a location the way an admin searches for it in their file: `line 7`, `item 3`
 * (0-based, as in the JSON array) or `items[3]` (as in the People API page).
 *
 * @internal
 */
export function describeLocation(location: SourceLocation): string {
  switch (location.kind) {
    case 'line':
      return `line ${location.line}`;
    case 'index':
      return `item ${location.index}`;
    case 'people-item':
      return `items[${location.index}]`;
  }
}
