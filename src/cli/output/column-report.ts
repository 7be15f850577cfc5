import { escapeControlCharacters, type ControlHubColumns, type IgnoredColumn, type IgnoredColumnReason } from '../../formats/index';
import type { Labels } from '../labels';

function names(list: readonly string[], labels: Labels): string {
  return list.length === 0 ? labels.exportColumns.none : list.map((name) => escapeControlCharacters(name)).join(', ');
}

/** Each reason an ignored column is listed under, in the report's order, with its line's words. */
const IGNORED_LINES = [
  ['entitlement', 'entitlement'],
  ['option', 'option'],
  ['text', 'text'],
  ['not-boolean', 'notBoolean'],
] as const satisfies readonly (readonly [IgnoredColumnReason, keyof Labels['exportColumns']])[];

function ignoredName(column: IgnoredColumn, labels: Labels): string {
  const name = escapeControlCharacters(column.column);
  if (column.value === undefined) return name;
  // The first value shows why the column was read as text: a misread column is plain to see.
  const value = escapeControlCharacters(JSON.stringify(column.value.length > 40 ? `${column.value.slice(0, 40)}…` : column.value));
  return `${name} (${labels.exportColumns.firstValue(value, column.line ?? 0)})`;
}

/**
 * The column report of Control Hub's export, as the table output prints it before the users (and
 * the csv and ndjson outputs on standard error): which columns counted as free services, which as
 * paid services, which were ignored and why, so that an admin sees at once if one was misread.
 * An empty group is left out, except the two service groups, whose emptiness is news.
 */
export function columnReportLines(columns: ControlHubColumns, labels: Labels): string[] {
  const words = labels.exportColumns;
  const lines = [
    words.title,
    words.idStatus(escapeControlCharacters(columns.id), escapeControlCharacters(columns.status)),
    words.free(names(columns.freeServices, labels)),
    words.paid(names(columns.paidServices, labels)),
  ];
  for (const [reason, line] of IGNORED_LINES) {
    const ignored = columns.ignored.filter((column) => column.reason === reason);
    if (ignored.length > 0) lines.push(words[line](ignored.map((column) => ignoredName(column, labels)).join(', ')));
  }
  if (columns.empty.length > 0) lines.push(words.empty(names(columns.empty, labels)));
  lines.push(words.change);
  return lines;
}
