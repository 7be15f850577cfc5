import { describeValue, type Issue } from '../input/issue';
import { ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import type { License } from './main-entry';
import { classifyWebexLicense } from './classify-license';
import type { LicenseCatalog } from './license-catalog';
import type { IsPaidLicense } from './types';

type Path = readonly (string | number)[];

/** One licence id a person holds, with the path of the array entry it came from. */
interface HeldId {
  readonly id: string;
  readonly path: Path;
}

/**
 * Reads a person's `licenses` field: absent is no licence; otherwise (`null` included) it must be
 * an array of strings, each holding one licence id or several joined by commas.
 */
function readHeldIds(value: unknown, path: Path, issues: Issue[]): HeldId[] | undefined {
  if (value === undefined) return [];
  let isArray = false;
  try {
    isArray = Array.isArray(value);
  } catch {
    // A revoked Proxy: not an array.
  }
  if (!isArray) {
    issues.push({
      path,
      message:
        value === UNREADABLE ? UNREADABLE_MESSAGE : `must be an array of licence ids (received ${describeValue(value)})`,
    });
    return undefined;
  }
  const held: HeldId[] = [];
  let length: number;
  try {
    length = (value as readonly unknown[]).length;
  } catch {
    issues.push({ path, message: UNREADABLE_MESSAGE });
    return undefined;
  }
  const before = issues.length;
  for (let index = 0; index < length; index += 1) {
    const entry = ownField(value as object, String(index));
    const entryPath = [...path, index];
    if (typeof entry !== 'string') {
      issues.push({
        path: entryPath,
        message: entry === UNREADABLE ? UNREADABLE_MESSAGE : `must be a licence id string (received ${describeValue(entry)})`,
      });
      continue;
    }
    // Cisco's published person example joins two licence ids with a comma in one entry.
    const ids = entry.split(',').map((piece) => piece.trim());
    if (ids.some((id) => id === '')) {
      issues.push({
        path: entryPath,
        message: `holds an empty licence id (received ${describeValue(entry)})`,
      });
      continue;
    }
    for (const id of ids) held.push({ id, path: entryPath });
  }
  return issues.length === before ? held : undefined;
}

/** How licences are classified for one mapping: the caller's function, or the built-in rule. */
export interface Classifier {
  readonly catalog: LicenseCatalog;
  readonly isPaidLicense: IsPaidLicense | undefined;
  /**
   * The built-in rule's answers by licence id. An org holds a handful of distinct licences, so
   * a page decodes each one once instead of once per person holding it.
   */
  readonly known: Map<string, License | null>;
}

function builtInRule(classifier: Classifier, id: string): License | null {
  let license = classifier.known.get(id);
  if (license === undefined) {
    license = classifyWebexLicense(id, classifier.catalog.get(id));
    classifier.known.set(id, license);
  }
  return license;
}

/** The start of a thrown error's message, for an issue; never throws itself. */
function errorText(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') return ` (${describeValue(error.message)})`;
  } catch {
    // A thrown Proxy: say nothing about it.
  }
  return '';
}

function callerSays(classifier: Classifier, held: HeldId, issues: Issue[]): License | undefined {
  let answer: unknown;
  try {
    answer = classifier.isPaidLicense!(held.id, classifier.catalog.get(held.id));
  } catch (error) {
    issues.push({ path: held.path, message: `could not be classified: isPaidLicense threw an error${errorText(error)}` });
    return undefined;
  }
  if (typeof answer === 'boolean') return answer ? 'paid' : 'free';
  issues.push({
    path: held.path,
    message: `could not be classified: isPaidLicense must return true or false (returned ${describeValue(answer)})`,
  });
  return undefined;
}

/**
 * The licence a person holds, from their `licenses` field: `'paid'` when any held licence is
 * paid, else `'free'` (no licence at all is `'free'`: such a person gets no activation email).
 *
 * With the caller's `isPaidLicense`, every licence goes through it, and a throw or an answer
 * that is not a boolean is an issue on that licence (a bug on the caller's side is never
 * hidden). With the built-in rule, a licence it cannot classify is an issue only when the
 * result depends on it: one paid licence settles `'paid'` whatever the others are.
 */
export function heldLicense(
  value: unknown,
  path: Path,
  classifier: Classifier,
  issues: Issue[],
): License | undefined {
  const held = readHeldIds(value, path, issues);
  if (held === undefined) return undefined;
  if (classifier.isPaidLicense !== undefined) {
    const before = issues.length;
    let paid = false;
    for (const licence of held) {
      if (callerSays(classifier, licence, issues) === 'paid') paid = true;
    }
    if (issues.length > before) return undefined;
    return paid ? 'paid' : 'free';
  }
  const unknown: HeldId[] = [];
  for (const licence of held) {
    const license = builtInRule(classifier, licence.id);
    if (license === 'paid') return 'paid';
    if (license === null) unknown.push(licence);
  }
  if (unknown.length === 0) return 'free';
  for (const licence of unknown) {
    issues.push({
      path: licence.path,
      message: `holds a licence whose type cannot be read from its id (${describeValue(licence.id)}) and that the licenses option does not name; pass isPaidLicense, or the Licenses API response as licenses`,
    });
  }
  return undefined;
}
