import { MAX_CADENCE_DAYS, type Field, type FieldType } from './fields';
import type { Issue, Issues, ParseResult } from './issue';
import { ownField, received, recordIssues } from './read-field';
import { reportUnknownKeys } from './unknown-keys';

/**
 * A field of the settings and cadence tables: the types an optional field may have. A
 * snapshot's fields are checked by `parseUser`, a draft's items by `checkManualEmail`; a table
 * with any other type is refused by the compiler.
 */
type OptionalField = Field & { readonly type: Extract<FieldType, 'boolean' | 'count' | 'days'> };

/**
 * True when `value` is a valid value of an optional field of `type`.
 *
 * @internal
 */
export function accepts(type: OptionalField['type'], value: unknown): boolean {
  return type === 'boolean'
    ? typeof value === 'boolean'
    : type === 'count'
      ? Number.isSafeInteger(value) && (value as number) >= 0
      : // days: NaN and the infinities fail one of the comparisons.
        typeof value === 'number' && value >= 0 && value <= MAX_CADENCE_DAYS;
}

/**
 * Parses a record whose fields are all optional, as the field table `fields` describes them:
 * each own field that is valid is kept (a number with `-0` folded into `0`), each absent one
 * takes its default, each bad one is an issue, and so is every key the table does not know.
 * Never throws.
 *
 * @param keys - The keys of `fields`, in their order (the public key list).
 * @param words - `subject`: what the record is, as the issue for a non-record starts
 * (`settings`); `tail`: words after `must be an object` (`, or left out`); `one` and `many`:
 * the nouns of the issue about an unknown key (`a setting`, `settings`).
 * @internal
 */
export function parseOptionalFields<const F extends readonly OptionalField[], R extends { readonly [K in F[number]['key']]: unknown }>(
  input: unknown,
  fields: F,
  keys: readonly F[number]['key'][],
  defaults: R,
  words: { readonly subject: string; readonly tail?: string; readonly one: string; readonly many: string },
): ParseResult<R> {
  const notRecord = recordIssues(input, words.subject, words.tail);
  if (notRecord !== undefined) return { ok: false, issues: notRecord };
  const issues: Issue[] = [];
  const value: Record<string, unknown> = {};
  for (const field of fields) {
    const key: F[number]['key'] = field.key;
    // What recordIssues accepts is an object whose fields can be read.
    const given = ownField(input as object, key);
    // Neither undefined nor the UNREADABLE symbol is a value of any of these types.
    const good = accepts(field.type, given);
    if (given !== undefined && !good) issues.push({ path: [key], message: received(given, field.rule) });
    value[key] = good ? (typeof given === 'number' ? given + 0 : given) : defaults[key];
  }
  reportUnknownKeys(input as object, keys, words, issues);
  // Every key of R was written from the table, which R's keys are drawn from.
  // The length test written out rather than through hasIssues, which would be one more function
  // in every bundle of decide: a list with a length is a non-empty one.
  return issues.length > 0 ? { ok: false, issues: issues as unknown as Issues } : { ok: true, value: value as R };
}
