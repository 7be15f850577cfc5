import { describeValue, type Issue } from '../input/issue';
import { ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import type { Classifier } from './held-license';
import { readLicenseCatalog } from './license-catalog';
import type { IsPaidLicense } from './types';

/**
 * Reads the licence options (`licenses`, `isPaidLicense`) shared by the single and the page
 * mappings. Problems are issues on `['options', name]`.
 */
export function readClassifier(options: object, issues: Issue[]): Classifier {
  const catalog = readLicenseCatalog(ownField(options, 'licenses'), ['options', 'licenses'], issues);
  const isPaid = ownField(options, 'isPaidLicense');
  let isPaidLicense: IsPaidLicense | undefined;
  if (typeof isPaid === 'function') isPaidLicense = isPaid as IsPaidLicense;
  else if (isPaid !== undefined) {
    issues.push({
      path: ['options', 'isPaidLicense'],
      message:
        isPaid === UNREADABLE
          ? UNREADABLE_MESSAGE
          : `must be a function (licenseId, license) => boolean, or left out (received ${describeValue(isPaid)})`,
    });
  }
  return { catalog, isPaidLicense, known: new Map() };
}
