import { MANUAL_EMAIL_DRAFT_TABLE } from '../input/fields';
import type { ManualEmailItem } from '../policy/checklist';

export { MANUAL_EMAIL_ITEMS, requiredManualEmailItems } from '../policy/checklist';
export type { ManualEmailItem } from '../policy/checklist';

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
