import { formatPath, type Issues } from './issue';

/**
 * Thrown when an input cannot be decided. `issues` lists every bad field at once, with its
 * path and the reason; `message` names each of them too.
 *
 * @example
 * // What decide throws for this snapshot, built here from the parser's issues.
 * const input: unknown = JSON.parse('{ "id": "", "license": "gold", "hasSignedIn": false }');
 * const result = parseUserSnapshot(input);
 * const error = result.ok ? undefined : new PolicyInputError(result.issues, 'user snapshot');
 * error?.issues.map((issue) => issue.path.join('.'))
 * //=> ['id', 'license']
 * error?.message
 * //=> 'Invalid user snapshot: id: must be a non-empty string (received ""); license: must be "free" or "paid" (received "gold")'
 */
export class PolicyInputError extends Error {
  /** Every problem found, each with the path of the field and the reason. */
  readonly issues: Issues;

  constructor(issues: Issues, subject = 'input') {
    const lines = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    super(`Invalid ${subject}: ${lines.join('; ')}`);
    this.name = 'PolicyInputError';
    this.issues = issues;
  }
}
