/**
 * Reading a field of an untrusted value can run code (a getter, a Proxy trap) that throws.
 * `readField` turns such a throw into a value the parsers report as an issue on that field,
 * so one hostile field never hides the others.
 */
export const UNREADABLE: unique symbol = Symbol('unreadable');

export function readField(record: object, key: string): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

/** True for a value the parsers can read fields from: an object that is not an array. */
export function isRecord(value: unknown): value is object {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    // Array.isArray throws on a revoked Proxy.
    return false;
  }
}

export const UNREADABLE_MESSAGE = 'could not be read (reading it threw an error)';
