import { PolicyInputError } from '../input/policy-input-error';
import { received } from '../input/read-field';

/**
 * Checks that `value` is one of the codes of `list` (a kind, a trigger, a locale, an advisory,
 * a reminder status) and returns it; else throws a {@link PolicyInputError} on `[field]` that
 * lists the codes it knows. Every message function reads its codes through here.
 *
 * @internal
 */
export function readCode<T extends string>(list: readonly T[], value: unknown, field: string, subject: string): T {
  // A list of strings holds no other value, so `includes` alone tells a code from anything else.
  if ((list as readonly unknown[]).includes(value)) return value as T;
  const message = received(value, `must be one of ${list.map((item) => `"${item}"`).join(', ')}`);
  throw new PolicyInputError([{ path: [field], message }], subject);
}
