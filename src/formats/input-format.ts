/**
 * The input formats the command line and the preview page read, detected from the content:
 * - `json`: a JSON array of user snapshots;
 * - `ndjson`: one snapshot per line;
 * - `csv`: a header row of snapshot fields, then one user per row;
 * - `webex-people`: a People API list response, `{ "items": [...] }`;
 * - `control-hub`: Control Hub's user export (Users > Export), a CSV file whose header has the
 *   column `User ID/Email (Required)`.
 *
 * @example
 * INPUT_FORMATS.includes('control-hub')
 * //=> true
 */
export const INPUT_FORMATS = ['json', 'ndjson', 'csv', 'webex-people', 'control-hub'] as const;

/**
 * One of {@link INPUT_FORMATS}.
 *
 * @example
 * const format: InputFormat = 'ndjson';
 */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * The outcome of format detection: a format, or why the content is none of them.
 *
 * @example
 * const detected: DetectedFormat = { ok: true, format: 'csv' };
 */
export type DetectedFormat =
  | { readonly ok: true; readonly format: InputFormat }
  | { readonly ok: false; readonly message: string };

const BOM = '\ufeff';

/**
 * Drops a leading byte order mark, which spreadsheet programs put in front of UTF-8 files.
 *
 * @example
 * stripBom('\ufeffid')
 * //=> 'id'
 * @internal
 */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * The first line that holds something other than white space, or `undefined` when `head`
 * holds none (yet). `complete` is false when the line runs to the end of `head`, so a caller
 * reading a stream knows to read more before deciding.
 *
 * @example
 * firstContentLine('\n  \r\nid,license\n')
 * //=> { text: 'id,license', complete: true }
 * firstContentLine('{"id":')
 * //=> { text: '{"id":', complete: false }
 */
export function firstContentLine(head: string): { readonly text: string; readonly complete: boolean } | undefined {
  let start = 0;
  for (;;) {
    const end = head.indexOf('\n', start);
    const line = (end === -1 ? head.slice(start) : head.slice(start, end)).replace(/\r$/, '');
    if (line.trim() !== '') return { text: line, complete: end !== -1 };
    if (end === -1) return undefined;
    start = end + 1;
  }
}

/** The object a line starting with `{` holds, or `undefined` when it is not a whole JSON text. */
function parsesAsObject(text: string): { readonly items?: unknown } | undefined {
  // A JSON text whose first character is `{` is an object or not JSON at all: no type test is needed.
  let value: { readonly items?: unknown } | undefined;
  try {
    value = JSON.parse(text) as { readonly items?: unknown };
  } catch {
    // Not a whole object: the start of a document spread over lines.
  }
  return value;
}

/**
 * Whether a CSV header line names Control Hub's id column. The line is split on commas with the
 * quotes around a cell dropped: the column's name holds neither, and a header is read properly
 * (csv-parse) right after.
 */
function namesControlHubId(line: string): boolean {
  for (const cell of line.split(',')) {
    if (cell.trim().replace(/^"|"$/g, '').trim().toLowerCase() === 'user id/email (required)') return true;
  }
  return false;
}

/**
 * Tells the format of an input from its beginning. `head` must hold at least the first line
 * with content (the whole text is fine); a stream reader passes what it has read so far, and
 * `final` says whether that is the whole input.
 *
 * The first character with content decides between JSON (`[`), NDJSON or a People API page
 * (`{`) and CSV (anything else): Control Hub's export when the header has the column
 * `User ID/Email (Required)`, else a header of snapshot fields. A `{` line that
 * is a whole JSON object holding an `items` array is a People API page written on one line;
 * a whole object without one is the first line of an NDJSON file; a `{` line that is not a
 * whole object is the start of a JSON document spread over lines, which only a People API page
 * can be.
 *
 * @example
 * detectInputFormat('{"items":[]}')
 * //=> { ok: true, format: 'webex-people' }
 * detectInputFormat('id,license,previousLicense,hasSignedIn,invitedAt\n')
 * //=> { ok: true, format: 'csv' }
 * detectInputFormat('First Name,User ID/Email (Required),User Status\n')
 * //=> { ok: true, format: 'control-hub' }
 */
export function detectInputFormat(head: string): DetectedFormat {
  const line = firstContentLine(stripBom(head));
  if (line === undefined) return { ok: false, message: 'the input is empty: it holds no users' };
  const text = line.text.trim();
  if (text.startsWith('[')) return { ok: true, format: 'json' };
  if (text.startsWith('{')) {
    const object = parsesAsObject(text);
    if (object === undefined) return { ok: true, format: 'webex-people' };
    return { ok: true, format: Array.isArray(object.items) ? 'webex-people' : 'ndjson' };
  }
  return { ok: true, format: namesControlHubId(text) ? 'control-hub' : 'csv' };
}
