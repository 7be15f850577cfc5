import type { Issues } from '../input/issue';
import type { OrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import type { Decision } from '../policy/decision';
import type { OutcomeKind } from '../policy/outcomes';
import { decideParsed, resolveOrgSettings } from '../policy/decide';
import { forEachChecked, perKind, type decideEach } from './decide-each';

/**
 * An item of a batch that could not be decided: its position in the input and every problem.
 * When its id repeats an earlier item's, `duplicateOf` is that item's index, so a reader can
 * name where the first one is (a line of a file, an item of a list).
 *
 * @example
 * const plan = planActivation({}, [
 *   { id: 'ana', license: 'paid', hasSignedIn: false },
 *   { id: 'ben', license: 'gold', hasSignedIn: false },
 *   { id: 'ana', license: 'free', hasSignedIn: false },
 * ]);
 * plan.invalid.map((item) => [item.index, item.issues[0].path[0], item.duplicateOf])
 * //=> [[1, 'license', undefined], [2, 'id', 0]]
 * plan.invalid[1]?.issues[0].message
 * //=> 'is a duplicate: the item at index 0 already has this id'
 */
export interface InvalidItem {
  readonly index: number;
  readonly issues: Issues;
  /** For a repeated id only: the index of the earlier item with this id, the one that was decided. */
  readonly duplicateOf?: number;
}

/**
 * The plan for a whole org.
 *
 * @example
 * const plan: ActivationPlan = planActivation({}, []);
 * plan.byKind['auto-send']
 * //=> []
 */
export interface ActivationPlan {
  /** One decision per valid user, in input order. */
  readonly decisions: readonly Decision[];
  /** Every item that could not be decided, in input order. */
  readonly invalid: readonly InvalidItem[];
  /** For every outcome kind (all six keys, always), the ids of the users with it, in input order. */
  readonly byKind: { readonly [K in OutcomeKind]: readonly string[] };
}

/**
 * Decides every user of an org at once. Each decision equals what `decide` gives that user
 * alone; bad items (including ones whose property reads throw) and repeated ids land in
 * `invalid` with their index, and every other user is still decided: decisions + invalid
 * always add up to the number of items read.
 *
 * @param users - Any iterable: an array, a Set, a generator. For async sources, use {@link decideEach}.
 * @throws {@link PolicyInputError} when the settings are malformed (before anyone is decided) or `users` is not iterable.
 * @example
 * const plan = planActivation({ autoSendActivationEmails: false }, [
 *   { id: 'ana', license: 'paid', hasSignedIn: false },
 *   { id: 'ben', license: 'free', hasSignedIn: false },
 *   { id: 'ana', license: 'paid', hasSignedIn: true },
 * ]);
 * plan.byKind['manual-required']
 * //=> ['ana']
 * plan.invalid.map((item) => item.index)
 * //=> [2]
 */
export function planActivation(settings: OrgSettings, users: Iterable<unknown>): ActivationPlan {
  const decisions: Decision[] = [];
  const invalid: InvalidItem[] = [];
  const byKind = perKind((): string[] => []);
  const resolved = resolveOrgSettings(settings);
  // decideEach's checks without a generator or an object per item: a plan keeps only these.
  forEachChecked(
    users,
    (user) => {
      const decision = decideParsed(resolved, user);
      decisions.push(decision);
      byKind[decision.kind].push(decision.userId);
    },
    (item) => {
      invalid.push(item);
    },
  );
  return { decisions, invalid, byKind };
}
