import { describeLocation, type SourceLocation } from '../../formats';
import { formatPath, type Issues } from '../../input/issue';
import type { BufferedWriter } from './writer';

/**
 * Reports an input row that could not be decided on standard error, one line per problem:
 * where it is, the field, and why (`line 7: hasSignedIn: must be true or false (received "yes")`).
 */
export async function reportInvalid(err: BufferedWriter, location: SourceLocation, issues: Issues): Promise<void> {
  const where = describeLocation(location);
  for (const issue of issues) {
    const field = issue.path.length === 0 ? '' : `${formatPath(issue.path)}: `;
    await err.write(`${where}: ${field}${issue.message}\n`);
  }
}
