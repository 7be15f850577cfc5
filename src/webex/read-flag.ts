import { describeValue, type Issue } from '../input/issue';
import { UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';

/**
 * Reads a Webex flag (`invitePending`, `loginEnabled`): a JSON boolean or the string `"true"` or
 * `"false"` (the published specification types them as strings, live responses carry booleans).
 * Absent gives `undefined`; anything else (`null` included) is an issue on `path`.
 */
export function readFlag(value: unknown, path: readonly (string | number)[], issues: Issue[]): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  issues.push({
    path,
    message:
      value === UNREADABLE
        ? UNREADABLE_MESSAGE
        : `must be true or false, as a boolean or the string "true" or "false" (received ${describeValue(value)})`,
  });
  return undefined;
}
