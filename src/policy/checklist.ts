// The checklist ids: what a manual activation email must carry. The policy names them on every
// manual-required decision, so they live beside it; the manual-email checker reads them here.

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

const WITH_MEETINGS: readonly ManualEmailItem[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ MANUAL_EMAIL_ITEMS.slice());
const WITHOUT_MEETINGS: readonly ManualEmailItem[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ MANUAL_EMAIL_ITEMS.filter((item) => item !== 'pmr-link'),
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
