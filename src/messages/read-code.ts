import { describeValue } from '../input/issue';
import { PolicyInputError } from '../input/policy-input-error';
import { UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';

/**
 * Checks that `value` is one of the codes of `list` (a kind, a trigger, a locale, an advisory,
 * a reminder status) and returns it; else throws a {@link PolicyInputError} on `[field]` that
 * lists the codes it knows. Every message function reads its codes through here.
 *
 * @internal
 */
export function readCode<T extends string>(list: readonly T[], value: unknown, field: string, subject: string): T {
  if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T;
  const message =
    value === UNREADABLE
      ? UNREADABLE_MESSAGE
      : `must be one of ${list.map((item) => `"${item}"`).join(', ')} (received ${describeValue(value)})`;
  throw new PolicyInputError([{ path: [field], message }], subject);
}
