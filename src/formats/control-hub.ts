import { parse } from 'csv-parse/browser/esm/sync';
import { isEmailAddress } from '../input/email-address';
import { CSV_PARSE_OPTIONS } from './csv';
import { escapeControlCharacters } from './escape';
import type { Issue, License } from './main-entry';
import type { SourceRecord } from './records';

/**
 * The column that makes a CSV file Control Hub's user export (Users > Export): the user's email,
 * which is also their id. Control Hub's importer requires it and so does this reader.
 *
 * @example
 * CONTROL_HUB_ID_COLUMN
 * //=> 'User ID/Email (Required)'
 */
export const CONTROL_HUB_ID_COLUMN = 'User ID/Email (Required)';

/**
 * The export's column that says whether a user ever signed in. The import template lacks it, so
 * only an export (not a template) can be planned.
 *
 * @example
 * CONTROL_HUB_STATUS_COLUMN
 * //=> 'User Status'
 */
export const CONTROL_HUB_STATUS_COLUMN = 'User Status';

/**
 * The services counted as free by default: the four observed held by every user of real orgs,
 * consumed 100% (Cisco documents no list). A user holding only these is `free`; any other service
 * held makes them `paid`. Add names with `freeServices`.
 *
 * @example
 * DEFAULT_FREE_SERVICES.length
 * //=> 4
 */
export const DEFAULT_FREE_SERVICES: readonly string[] = /* @__PURE__ */ Object.freeze([
  'Basic Messaging',
  'Basic Space Meetings',
  'Free screen share',
  'Call on Webex (1:1 call, non-PSTN)',
]);

/**
 * The columns ignored by default because they are entitlements, not licences: the hybrid calendar
 * and call services, which an admin turns on for users who already hold a licence. Count one as a
 * service with `paidServices` or `freeServices`.
 *
 * @example
 * DEFAULT_ENTITLEMENT_COLUMNS.includes('Call Service Aware')
 * //=> true
 */
export const DEFAULT_ENTITLEMENT_COLUMNS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'Calendar Service',
  'Hybrid Calendar Service (Exchange)',
  'Hybrid Calendar Service (Google)',
  'Hybrid Calendar Service (Office 365)',
  'Call Service Aware',
  'Call Service Connect',
  'Hybrid Call Service Aware',
  'Hybrid Call Service Connect',
]);

/**
 * Columns known to hold text (names, the last access), ignored whatever their first value: a first
 * name `T` is not a service held. Any other column that holds text is ignored too, from its first
 * value on.
 *
 * @example
 * DEFAULT_TEXT_COLUMNS.includes('Department')
 * //=> true
 */
export const DEFAULT_TEXT_COLUMNS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'First Name',
  'Last Name',
  'Display Name',
  'Last Service Accessed Time',
  'Days since Last Service Accessed',
  'Department',
  'Title',
  'Manager',
  'Phone Number',
  'Mobile Number',
  'Extension',
  'Location',
]);

/**
 * What a status says: `active` (the user signed in) or `pending` (they never did).
 *
 * @example
 * const meaning: ControlHubStatus = 'pending';
 */
export type ControlHubStatus = 'active' | 'pending';

/**
 * The statuses read by default, compared without regard to case or surrounding spaces: `Active`
 * signed in; `Invite Pending`, `Not Verified` and `Pending` never did. Any other value (such as
 * `Inactive`, a deactivated user) makes the row invalid until `statuses` says what it means.
 *
 * @example
 * DEFAULT_CONTROL_HUB_STATUSES['Not Verified']
 * //=> 'pending'
 */
export const DEFAULT_CONTROL_HUB_STATUSES: Readonly<Record<string, ControlHubStatus>> = /* @__PURE__ */ Object.freeze({
  Active: 'active',
  'Invite Pending': 'pending',
  'Not Verified': 'pending',
  Pending: 'pending',
});

/**
 * How to read an export beyond the defaults. Column names are compared as written in the header,
 * without regard to case or surrounding spaces; a name given here that is no column of the
 * export is refused, so that a typo is not silently ignored.
 *
 * @example
 * const options: ControlHubOptions = {
 *   freeServices: ['Webex Calling - Basic'],
 *   ignoredColumns: ['Cost Center'],
 *   statuses: { Inactive: 'pending' },
 * };
 */
export interface ControlHubOptions {
  /** More service columns that count as free, besides {@link DEFAULT_FREE_SERVICES}. */
  readonly freeServices?: readonly string[];
  /** Columns that count as paid services, even when a default list makes them free or ignored. */
  readonly paidServices?: readonly string[];
  /** More columns to ignore, besides {@link DEFAULT_ENTITLEMENT_COLUMNS}; a default free service too. */
  readonly ignoredColumns?: readonly string[];
  /** More statuses, or other meanings for the default ones ({@link DEFAULT_CONTROL_HUB_STATUSES}). */
  readonly statuses?: Readonly<Record<string, ControlHubStatus>>;
  /**
   * Each user's licence in an older export, from {@link controlHubLicenses}: a user free there
   * and paid now gets `previousLicense: 'free'` (a conversion); one in it gets the licence it had.
   */
  readonly previous?: ReadonlyMap<string, License>;
}

/**
 * Why a column is ignored: `entitlement` (a hybrid service, by default), `option` (named in
 * `ignoredColumns`), `text` (a column known to hold text), `not-boolean` (its first value is not
 * TRUE or FALSE; `value` and `line` say which and where).
 *
 * @example
 * const why: IgnoredColumnReason = 'not-boolean';
 */
export type IgnoredColumnReason = 'entitlement' | 'option' | 'text' | 'not-boolean';

/**
 * A column the reader ignores, and why.
 *
 * @example
 * const column: IgnoredColumn = { column: 'Department', reason: 'not-boolean', value: 'Sales', line: 2 };
 */
export interface IgnoredColumn {
  /** The column's name, as the header writes it. */
  readonly column: string;
  /** Why it is ignored. */
  readonly reason: IgnoredColumnReason;
  /** For `not-boolean`: the first value. */
  readonly value?: string;
  /** For `not-boolean`: the line of the first value (0 when lines are not counted). */
  readonly line?: number;
}

/**
 * How the columns of an export were read, so that an admin sees at once if one was misread. Names
 * are as the header writes them, in header order. `empty` lists the columns with no value in the
 * rows read so far: the first value of each decides (TRUE or FALSE: a paid service, or free if it
 * is a free service; anything else: ignored).
 *
 * @example
 * const columns: ControlHubColumns = {
 *   id: 'User ID/Email (Required)',
 *   status: 'User Status',
 *   freeServices: ['Basic Messaging'],
 *   paidServices: ['Advanced Messaging'],
 *   ignored: [{ column: 'First Name', reason: 'text' }],
 *   empty: [],
 * };
 */
export interface ControlHubColumns {
  /** The id column, the user's email. */
  readonly id: string;
  /** The status column, which says who signed in. */
  readonly status: string;
  /** The service columns counted as free: a user holding only these is `free`. */
  readonly freeServices: readonly string[];
  /** The service columns counted as paid: one held makes a user `paid`. */
  readonly paidServices: readonly string[];
  /** The columns not read, each with why. */
  readonly ignored: readonly IgnoredColumn[];
  /** The columns with no value yet, which their first value will decide. */
  readonly empty: readonly string[];
}

/**
 * The header of an export, read: a reader for its rows, or why it cannot be read (a required
 * column missing, a column named twice, an option naming no column).
 *
 * @example
 * const header: ControlHubHeader = { ok: false, message: 'the export has no User Status column' };
 */
export type ControlHubHeader = { readonly ok: true; readonly rows: ControlHubRows } | { readonly ok: false; readonly message: string };

/** Names compare without regard to case or surrounding spaces. */
function key(name: string): string {
  return name.trim().toLowerCase();
}

function quote(text: string): string {
  return escapeControlCharacters(JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text));
}

/**
 * Tells whether a CSV header row is Control Hub's export: it has the column
 * {@link CONTROL_HUB_ID_COLUMN} (compared without regard to case or surrounding spaces).
 *
 * @example
 * isControlHubHeader(['First Name', 'User ID/Email (Required)', 'User Status'])
 * //=> true
 * isControlHubHeader(['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt'])
 * //=> false
 */
export function isControlHubHeader(cells: readonly string[]): boolean {
  const id = key(CONTROL_HUB_ID_COLUMN);
  return cells.some((cell) => key(cell) === id);
}

/** A cell of a service column: held, not held, or neither (`undefined`). Empty is not held. */
function held(cell: string): boolean | undefined {
  // A fast path for the cells Control Hub writes, which skips trimming and lower-casing them (about
  // twice as fast on an export's FALSE and empty cells); the second switch answers alike for each.
  switch (cell) {
    case 'TRUE':
    case 'T':
      return true;
    // Stryker disable next-line StringLiteral: without this case 'FALSE' reaches the second switch, which gives false too
    case 'FALSE':
    // Stryker disable next-line StringLiteral: without this case 'F' reaches the second switch, which gives false too
    case 'F':
    // Stryker disable next-line StringLiteral,ConditionalExpression: without this case '' reaches the second switch, which gives false too
    case '':
      return false;
  }
  switch (key(cell)) {
    case 'true':
    case 't':
      return true;
    case 'false':
    case 'f':
    case '':
      return false;
  }
  return undefined;
}

// The role of each column, as a small integer so that the per-row loop is a plain switch.
const IGNORED = 0;
const ID = 1;
const STATUS = 2;
const FREE = 3;
const PAID = 4;
const EMPTY = 5;

/**
 * The rows of one export, read one at a time into user snapshots, each with its line. Made by
 * {@link readControlHubHeader}. A column with no value yet is decided by its first value (TRUE or
 * FALSE: a service; anything else: ignored), so a row reads the same whether the file is read
 * whole or streamed, and {@link ControlHubRows.columns} says how each column was read so far.
 *
 * @example
 * const header = readControlHubHeader(['User ID/Email (Required)', 'User Status', 'Basic Messaging', 'Webex Meetings Suite']);
 * header.ok && header.rows.record(['ana@example.com', 'Invite Pending', 'TRUE', 'TRUE'], 2).value
 * //=> { id: 'ana@example.com', license: 'paid', hasSignedIn: false, email: 'ana@example.com' }
 */
export class ControlHubRows {
  private readonly roles: number[];
  private readonly firstValues: ({ readonly value: string; readonly line: number } | undefined)[];

  /** @internal Use {@link readControlHubHeader}. */
  constructor(
    private readonly names: readonly string[],
    roles: readonly number[],
    private readonly reasons: readonly (IgnoredColumnReason | undefined)[],
    private readonly statuses: ReadonlyMap<string, ControlHubStatus>,
    private readonly statusNames: readonly string[],
    private readonly previous: ReadonlyMap<string, License> | undefined,
  ) {
    this.roles = [...roles];
    this.firstValues = names.map(() => undefined);
  }

  /**
   * The record of one row: a snapshot with `id` and `email` (the id column, as written),
   * `license`, `hasSignedIn` and, with `previous`, `previousLicense`; or, when the row cannot be
   * read, no value and the issues, each naming its column as the header writes it.
   */
  record(cells: readonly string[], line: number): SourceRecord {
    const location = { kind: 'line', line } as const;
    const { names, roles } = this;
    if (cells.length !== names.length) {
      const message = `has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${names.length}`;
      return { location, value: undefined, issues: [{ path: [], message }] };
    }
    let issues: Issue[] | undefined;
    let id = '';
    let status: ControlHubStatus | undefined;
    let free = false;
    let paid = false;
    for (let column = 0; column < roles.length; column += 1) {
      const role = roles[column];
      if (role === IGNORED) continue;
      const cell = cells[column]!;
      if (role === ID) id = cell;
      else if (role === STATUS) {
        status = this.statuses.get(key(cell));
        if (status === undefined) (issues ??= []).push(this.statusIssue(column, cell));
      } else {
        const value = held(cell);
        if (role === EMPTY) {
          if (cell.trim() === '') continue;
          // The first value decides what the column is, from this row on; every earlier cell was empty.
          this.firstValues[column] = { value: cell, line };
          if (value === undefined) {
            roles[column] = IGNORED;
            continue;
          }
          roles[column] = PAID;
        }
        if (value === undefined) {
          (issues ??= []).push({
            path: [names[column]!],
            message:
              `holds ${quote(cell)}, not TRUE or FALSE (T or F): if this column is not a service, ignore it ` +
              `(option ignoredColumns, --ignore-column on the command line)`,
          });
        } else if (value) {
          if (roles[column] === FREE) free = true;
          else paid = true;
        }
      }
    }
    if (id === '') (issues ??= []).unshift({ path: [names[roles.indexOf(ID)]!], message: 'is empty: every user of an export has an email' });
    else if (!isEmailAddress(id)) {
      (issues ??= []).unshift({ path: [names[roles.indexOf(ID)]!], message: `is not an email address (received ${quote(id)})` });
    }
    if (!free && !paid && issues === undefined) {
      issues = [{ path: [], message: 'holds no licence: no service column of this user is TRUE' }];
    }
    if (issues !== undefined) return { location, value: undefined, issues: issues as [Issue, ...Issue[]] };
    const license: License = paid ? 'paid' : 'free';
    const value: Record<string, unknown> = { id, license };
    const before = this.previous?.get(key(id));
    if (before !== undefined) value.previousLicense = before;
    value.hasSignedIn = status === 'active';
    value.email = id;
    return { location, value };
  }

  /**
   * The id and licence of one row, whatever its status, or `undefined` when the licence cannot be
   * read (for {@link controlHubLicenses}). Columns with no value yet are decided as `record` does.
   */
  licenseOf(cells: readonly string[]): { readonly id: string; readonly license: License } | undefined {
    const { roles } = this;
    if (cells.length !== roles.length) return undefined;
    let id = '';
    let free = false;
    let paid = false;
    for (let column = 0; column < roles.length; column += 1) {
      const role = roles[column];
      const cell = cells[column]!;
      if (role === ID) id = cell;
      if (role === IGNORED || role === ID || role === STATUS) continue;
      const value = held(cell);
      if (role === EMPTY) {
        if (cell.trim() === '') continue;
        this.firstValues[column] = { value: cell, line: 0 };
        roles[column] = value === undefined ? IGNORED : PAID;
        if (value === undefined) continue;
      }
      if (value === undefined) return undefined;
      if (value) {
        if (roles[column] === FREE) free = true;
        else paid = true;
      }
    }
    return id === '' || (!free && !paid) ? undefined : { id, license: paid ? 'paid' : 'free' };
  }

  private statusIssue(column: number, cell: string): Issue {
    const name = this.names[column]!;
    if (cell.trim() === '') return { path: [name], message: 'is empty: every user of an export has a status' };
    const known = this.statusNames.join(', ');
    return {
      path: [name],
      message:
        `is ${quote(cell)}, a status this reader does not know (it knows ${known}): say whether it means signed in ` +
        `or not with the option statuses (--status ${quote(`${cell.trim()}=active`)} or ${quote(`${cell.trim()}=pending`)} on the command line)`,
    };
  }

  /** How each column was read so far, for the report an admin reads before the users. */
  columns(): ControlHubColumns {
    const freeServices: string[] = [];
    const paidServices: string[] = [];
    const ignored: IgnoredColumn[] = [];
    const empty: string[] = [];
    let id = '';
    // Always set: readControlHubHeader refuses a header without the status column.
    let status: string | undefined;
    this.roles.forEach((role, column) => {
      const name = this.names[column]!;
      if (role === ID) id = name;
      else if (role === STATUS) status = name;
      else if (role === FREE) freeServices.push(name);
      else if (role === PAID) paidServices.push(name);
      else if (role === EMPTY) empty.push(name);
      else {
        // A column is ignored by the header (with its reason) or by its first value, never both.
        const first = this.firstValues[column];
        ignored.push(first !== undefined ? { column: name, reason: 'not-boolean', ...first } : { column: name, reason: this.reasons[column]! });
      }
    });
    return { id, status: status!, freeServices, paidServices, ignored, empty };
  }
}

function namesSet(names: readonly string[] | undefined): Map<string, string> {
  const set = new Map<string, string>();
  for (const name of names ?? []) set.set(key(name), name);
  return set;
}

/**
 * Reads the header of Control Hub's user export and makes the reader of its rows. Each column is
 * read as:
 * - the id ({@link CONTROL_HUB_ID_COLUMN}) and the status ({@link CONTROL_HUB_STATUS_COLUMN}),
 *   both required;
 * - a free service: {@link DEFAULT_FREE_SERVICES} and `freeServices`;
 * - a paid service: `paidServices`, and any other column whose first value is TRUE or FALSE;
 * - ignored: {@link DEFAULT_ENTITLEMENT_COLUMNS} and `ignoredColumns`, the columns known to hold
 *   text ({@link DEFAULT_TEXT_COLUMNS}), and any other column whose first value is not a boolean.
 *
 * Names compare without regard to case or surrounding spaces. A name given in the options that is
 * no column of the header, or given in two lists, is refused, and so is a header without the
 * status column or naming a column twice.
 *
 * @example
 * readControlHubHeader(['User ID/Email (Required)', 'First Name']).ok
 * //=> false
 * const header = readControlHubHeader(['First Name', 'User ID/Email (Required)', 'User Status', 'Basic Messaging', 'Calendar Service']);
 * header.ok && header.rows.columns()
 * //=> {
 * //   id: 'User ID/Email (Required)',
 * //   status: 'User Status',
 * //   freeServices: ['Basic Messaging'],
 * //   paidServices: [],
 * //   ignored: [{ column: 'First Name', reason: 'text' }, { column: 'Calendar Service', reason: 'entitlement' }],
 * //   empty: [],
 * // }
 */
export function readControlHubHeader(cells: readonly string[], options: ControlHubOptions = {}): ControlHubHeader {
  for (const option of ['freeServices', 'paidServices', 'ignoredColumns'] as const) {
    const names: unknown = options[option];
    if (names !== undefined && !(Array.isArray(names) && names.every((name) => typeof name === 'string'))) {
      return { ok: false, message: `${option} must be a list of column names` };
    }
  }
  for (const [value, meaning] of Object.entries(options.statuses ?? {})) {
    if (meaning !== 'active' && meaning !== 'pending') {
      return { ok: false, message: `statuses: ${quote(value)} must mean "active" or "pending" (received ${quote(String(meaning))})` };
    }
  }
  const free = namesSet(options.freeServices);
  const paid = namesSet(options.paidServices);
  const ignore = namesSet(options.ignoredColumns);
  const lists = [
    ['freeServices', '--free-service', free],
    ['paidServices', '--paid-service', paid],
    ['ignoredColumns', '--ignore-column', ignore],
  ] as const;
  // Each pair of lists once.
  for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) {
    for (const [name, written] of lists[a][2]) {
      if (lists[b][2].has(name)) {
        return {
          ok: false,
          message: `the column ${quote(written)} is named both in ${lists[a][0]} (${lists[a][1]}) and in ${lists[b][0]} (${lists[b][1]}): give it one meaning`,
        };
      }
    }
  }
  const header = cells.map(key);
  const seen = new Set<string>();
  for (const [column, name] of header.entries()) {
    if (seen.has(name)) return { ok: false, message: `the export's header names the column ${quote(cells[column]!.trim())} twice` };
    seen.add(name);
  }
  if (!seen.has(key(CONTROL_HUB_STATUS_COLUMN))) {
    return {
      ok: false,
      message: `the export has no ${CONTROL_HUB_STATUS_COLUMN} column, which says who signed in: use the file of Users > Export in Control Hub, not the import template`,
    };
  }
  for (const [option, flag, names] of lists) {
    for (const [name, written] of names) {
      if (!seen.has(name)) {
        return {
          ok: false,
          message: `${option} (${flag}) names ${quote(written)}, which is no column of this export; its columns are ${cells.map((cell) => quote(cell.trim())).join(', ')}`,
        };
      }
    }
  }
  const defaultFree = new Set(DEFAULT_FREE_SERVICES.map(key));
  const entitlements = new Set(DEFAULT_ENTITLEMENT_COLUMNS.map(key));
  const text = new Set(DEFAULT_TEXT_COLUMNS.map(key));
  const roles: number[] = [];
  const reasons: (IgnoredColumnReason | undefined)[] = [];
  for (const name of header) {
    let role = EMPTY;
    let reason: IgnoredColumnReason | undefined;
    if (name === key(CONTROL_HUB_ID_COLUMN)) role = ID;
    else if (name === key(CONTROL_HUB_STATUS_COLUMN)) role = STATUS;
    else if (free.has(name)) role = FREE;
    else if (paid.has(name)) role = PAID;
    else if (ignore.has(name)) [role, reason] = [IGNORED, 'option'];
    else if (defaultFree.has(name)) role = FREE;
    else if (entitlements.has(name)) [role, reason] = [IGNORED, 'entitlement'];
    else if (text.has(name)) [role, reason] = [IGNORED, 'text'];
    roles.push(role);
    reasons.push(reason);
  }
  const statuses = new Map<string, ControlHubStatus>();
  const statusNames: string[] = [];
  for (const [value, meaning] of [...Object.entries(DEFAULT_CONTROL_HUB_STATUSES), ...Object.entries(options.statuses ?? {})]) {
    if (!statuses.has(key(value))) statusNames.push(value.trim());
    statuses.set(key(value), meaning);
  }
  return { ok: true, rows: new ControlHubRows(cells.map((cell) => cell.trim()), roles, reasons, statuses, statusNames, options.previous) };
}

/**
 * Each user's licence in an older export, for the `previous` option of a later export's reading
 * (a user free then and paid now is a conversion): `{ ok: true, licenses }` keyed by id without
 * regard to case, or why the text is not an export. The columns are read as `options` says, except
 * that a name the older export lacks (a column added since) is skipped, and the status is not read
 * (a licence does not depend on it). `unread` counts the rows whose licence cannot be read (no
 * service held, a cell that is not TRUE or FALSE, a wrong number of cells): they are left out.
 *
 * @example
 * const old = controlHubLicenses('User ID/Email (Required),User Status,Basic Messaging,Webex Meetings Suite\nAna@example.com,Inactive,TRUE,FALSE\n');
 * old.ok && old.licenses
 * //=> new Map([['ana@example.com', 'free']])
 */
export function controlHubLicenses(
  text: string,
  options: ControlHubOptions = {},
): { readonly ok: true; readonly licenses: Map<string, License>; readonly unread: number } | { readonly ok: false; readonly message: string } {
  const licenses = new Map<string, License>();
  let rows: ControlHubRows | undefined;
  let problem: string | undefined;
  let unread = 0;
  parse(text, {
    ...CSV_PARSE_OPTIONS,
    on_record: (cells: string[]) => {
      if (problem !== undefined || (cells.length === 1 && cells[0]!.trim() === '')) return undefined;
      if (rows === undefined) {
        if (!isControlHubHeader(cells)) problem = `its header has no ${CONTROL_HUB_ID_COLUMN} column: it is not Control Hub's user export`;
        else {
          const present = new Set(cells.map(key));
          const only = (names: readonly string[] | undefined): string[] | undefined => names?.filter((name) => present.has(key(name)));
          const header = readControlHubHeader(cells, {
            freeServices: only(options.freeServices),
            paidServices: only(options.paidServices),
            ignoredColumns: only(options.ignoredColumns),
          });
          if (header.ok) rows = header.rows;
          else problem = header.message;
        }
        return undefined;
      }
      const read = rows.licenseOf(cells);
      if (read === undefined) unread += 1;
      else licenses.set(key(read.id), read.license);
      return undefined;
    },
    on_skip: () => {
      unread += 1;
    },
  });
  if (problem !== undefined) return { ok: false, message: problem };
  if (rows === undefined) return { ok: false, message: 'it is empty: it holds no users' };
  return { ok: true, licenses, unread };
}
