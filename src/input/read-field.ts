import { describeValue, type Issues } from './issue';

/**
 * Reading a field of an untrusted value can run code (a getter, a Proxy trap) that throws.
 * `ownField` turns such a throw into a value the parsers report as an issue on that field,
 * so one hostile field never hides the others.
 */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * An own field of a record, or `undefined` when the record does not hold it itself: a value
 * inherited from a prototype (a polluted `Object.prototype`, `Object.create({ ... })`) is
 * absent, so nothing added to a prototype can change a parse result or a decision; a throwing
 * read gives {@link UNREADABLE}. Every field of every input is read so: snapshots, settings,
 * reminder options, decisions given to `explain`, and the Webex payloads and options.
 *
 * @internal
 */
export function ownField(record: object, key: string): unknown {
  try {
    return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

/** True for a value the parsers can read fields from: an object that is not an array. */
export function isRecord(value: unknown): value is object {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    // Array.isArray throws on a revoked Proxy: not a record.
  }
  return false;
}

/**
 * What a value that is an object but not a record of fields is, or `undefined` for a record: a
 * plain object, an object without a prototype, or a class instance (its own data properties
 * are its fields). A Map, Set, Date, RegExp, boxed primitive, `arguments` or any other built-in
 * object would otherwise be read as a record with no field and decided on defaults; a promise
 * or other thenable is most likely a forgotten `await`.
 *
 * A plain object is told apart without reading any of its properties (only own keys `then` and
 * `callee` are looked up), so that a Proxy sees exactly the reads of its fields.
 */
function lookAlike(value: object): string | undefined {
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null) return undefined;
    const plain = proto === Object.prototype;
    const then = (plain ? Object.hasOwn(value, 'then') : 'then' in value) ? (value as { then?: unknown }).then : undefined;
    // A `then` only Object.prototype holds was put there by a library, not by a promise: without
    // this test, that pollution would have every class instance refused as a thenable.
    if (typeof then === 'function' && then !== (Object.prototype as { then?: unknown }).then) return 'a promise or other thenable: await it first';
    const tag = plain && !Object.hasOwn(value, 'callee') ? 'Object' : Object.prototype.toString.call(value).slice(8, -1);
    return tag === 'Object' ? undefined : `${/^[AEIOU]/.test(tag) ? 'an' : 'a'} ${tag} object`;
  } catch {
    // A Proxy whose traps throw: read it as a record (the end of the function gives undefined),
    // so that each field it fails to give is named.
  }
}

/**
 * The issue for a value that is not a record of fields (see `lookAlike`), or `undefined` when
 * it is one. Never throws.
 *
 * @param subject - What the value is, as the message starts: `settings`, `a user snapshot`.
 * @param tail - Words after `must be an object`: `, or left out` where absent is allowed.
 * @internal
 */
export function recordIssues(value: unknown, subject: string, tail = ''): Issues | undefined {
  // Not a record: null, a primitive, a function, an array, or a revoked Proxy (not even
  // Array.isArray can read it).
  const record = isRecord(value);
  const what = record ? lookAlike(value) : describeValue(value);
  return what === undefined
    ? undefined
    : [{ path: [], message: `${subject} must be ${record ? 'a plain' : 'an'} object${tail} (received ${what})` }];
}

export const UNREADABLE_MESSAGE = 'could not be read (reading it threw an error)';

/**
 * The message of an issue about a bad value: `could not be read ...` when reading it threw,
 * else the rule it breaks and what was received, as in `must be true or false (received "no")`.
 *
 * @internal
 */
export function received(value: unknown, rule: string): string {
  return value === UNREADABLE ? UNREADABLE_MESSAGE : `${rule} (received ${describeValue(value)})`;
}
