import { formatPath, type Issues } from './issue';

/**
 * Thrown when an input cannot be decided. `issues` lists every bad field at once, with its
 * path and the reason; `message` names each of them too.
 *
 * @example
 * try {
 *   decide({}, { id: '', license: 'gold', hasSignedIn: false });
 * } catch (error) {
 *   if (error instanceof PolicyInputError) error.issues.map((issue) => issue.path.join('.'));
 *   //=> ['id', 'license']
 * }
 */
export class PolicyInputError extends Error {
  /** Every problem found, each with the path of the field and the reason. */
  readonly issues: Issues;

  constructor(issues: Issues, subject = 'input') {
    const lines = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    super(`Invalid ${subject}: ${lines.join('; ')}`);
    this.name = 'PolicyInputError';
    this.issues = issues;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
