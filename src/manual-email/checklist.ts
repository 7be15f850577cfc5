import { MANUAL_EMAIL_DRAFT_TABLE } from '../input/fields';

/**
 * The contents a manual activation email must carry, in the order an admin writes them.
 *
 * @example
 * MANUAL_EMAIL_ITEMS.includes('pmr-link')
 * //=> true
 */
export const MANUAL_EMAIL_ITEMS = [
  'rollout-plan',
  'app-value',
  'pmr-link',
  'support-links',
  'training-links',
  'user-portal-link',
  'activation-instructions',
] as const;

/**
 * The id of one item of the manual-email checklist.
 *
 * @example
 * const item: ManualEmailItem = 'user-portal-link';
 */
export type ManualEmailItem = (typeof MANUAL_EMAIL_ITEMS)[number];

/**
 * The field of a manual-email draft that holds each checklist item.
 *
 * @example
 * MANUAL_EMAIL_DRAFT_FIELDS['pmr-link']
 * //=> 'pmrLink'
 */
export const MANUAL_EMAIL_DRAFT_FIELDS = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ MANUAL_EMAIL_DRAFT_TABLE.map((field) => [field.item, field.key]),
) as { readonly [F in (typeof MANUAL_EMAIL_DRAFT_TABLE)[number] as F['item']]: F['key'] } satisfies Record<
  ManualEmailItem,
  string
>;

/** The end-user portal every manual email points to. */
export const USER_PORTAL_URL = 'https://settings.webex.com';

const WITH_MEETINGS: readonly ManualEmailItem[] = Object.freeze([...MANUAL_EMAIL_ITEMS]);
const WITHOUT_MEETINGS: readonly ManualEmailItem[] = Object.freeze(
  MANUAL_EMAIL_ITEMS.filter((item) => item !== 'pmr-link'),
);

/**
 * The items a manual activation email must carry for an org: every item, except the Personal
 * Meeting Room link when the org did not buy the Webex App with Webex Meetings.
 *
 * @example
 * requiredManualEmailItems(false).includes('pmr-link')
 * //=> false
 */
export function requiredManualEmailItems(meetingsIncluded: boolean): readonly ManualEmailItem[] {
  return meetingsIncluded ? WITH_MEETINGS : WITHOUT_MEETINGS;
}
