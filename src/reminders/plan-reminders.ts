import { INSTANT_RULE, parseInstant } from '../input/instant';
import { describeValue, type Issue, type Issues } from '../input/issue';
import type { OrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { isRecord, ownField, received, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import type { UserSnapshot } from '../input/user-snapshot';
import type { InvalidItem } from '../planning/plan-activation';
import { reportUnknownKeys } from '../input/unknown-keys';
import { forEachChecked, perKind } from '../planning/decide-each';
import { decideParsed, resolveOrgSettings } from '../policy/decide';
import type { OutcomeKind } from '../policy/outcomes';
import { parseReminderCadence, type ReminderCadence, type ResolvedReminderCadence } from './cadence';

/**
 * Where an inactive user stands in the follow-up: `due` (email them today), `upcoming` (not
 * yet), `exhausted` (had every reminder the cadence allows: escalate), or `automatic`
 * (automatic activation emails are on, so invitation reminders are not suppressed).
 *
 * @example
 * REMINDER_STATUSES
 * //=> ['due', 'upcoming', 'exhausted', 'automatic']
 */
export const REMINDER_STATUSES = ['due', 'upcoming', 'exhausted', 'automatic'] as const;

/**
 * One of {@link REMINDER_STATUSES}.
 *
 * @example
 * const status: ReminderStatus = 'due';
 */
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/**
 * Control Hub suppresses a re-send to a user who received an invitation email in the last 24
 * hours, so no reminder is ever called due sooner than this after the last email, whatever the
 * cadence. Hours of elapsed time, not clock hours.
 *
 * @example
 * MIN_HOURS_BETWEEN_EMAILS
 * //=> 24
 */
export const MIN_HOURS_BETWEEN_EMAILS = 24;

/**
 * What {@link planReminders} needs besides the org and its users.
 *
 * @example
 * const options: ReminderOptions = { now: '2026-05-11T09:00:00Z', cadence: { everyDays: 14 } };
 */
export interface ReminderOptions {
  /** The instant to plan for, such as `2026-05-11T09:00:00Z`. Nothing reads the clock. */
  readonly now: string;
  /** Overrides for {@link DEFAULT_REMINDER_CADENCE}. */
  readonly cadence?: ReminderCadence;
}

/**
 * An inactive user to remind by hand now.
 *
 * @example
 * const entry: DueReminder = { userId: 'ana', remindersSent: 0, lastEmailedAt: '2026-05-01T08:30:00Z' };
 */
export interface DueReminder {
  readonly userId: string;
  /** Reminders sent so far (`0` when the snapshot does not say). */
  readonly remindersSent: number;
  /** The last email, as the snapshot wrote it: `lastEmailedAt`, or `invitedAt` when never reminded. */
  readonly lastEmailedAt: string;
}

/**
 * An inactive user whose next reminder is not due yet.
 *
 * @example
 * const entry: UpcomingReminder = { userId: 'ben', dueAt: '2026-05-14T08:30:00.000Z' };
 */
export interface UpcomingReminder {
  readonly userId: string;
  /** When the next reminder falls due: an ISO instant in UTC (`Date#toISOString`, ending in `Z`). */
  readonly dueAt: string;
}

/**
 * An inactive user who already had every reminder the cadence allows: escalate rather than
 * email them again.
 *
 * @example
 * const entry: ExhaustedReminder = { userId: 'cy' };
 */
export interface ExhaustedReminder {
  readonly userId: string;
}

/**
 * How many items fell where, so that nobody is silently dropped:
 * `users = invalid + inactive + (the sum of notInactive)`, and with automatic emails off,
 * `inactive = due + upcoming + exhausted`.
 *
 * @example
 * planReminders({}, [], { now: '2026-05-11T09:00:00Z' }).counts.notInactive['skip-free']
 * //=> 0
 */
export interface ReminderCounts {
  /** Items read. */
  readonly users: number;
  /** Items that could not be decided (see `invalid`). */
  readonly invalid: number;
  /** Inactive users: emailed, never signed in. With automatic emails on, their reminders are not suppressed. */
  readonly inactive: number;
  readonly due: number;
  readonly upcoming: number;
  readonly exhausted: number;
  /**
   * Valid users who are not inactive, by decision kind (all six keys, always). Under
   * `manual-required` they are new users who still need their first email, not a reminder.
   */
  readonly notInactive: { readonly [K in OutcomeKind]: number };
}

/**
 * The follow-up of inactive users at one instant.
 *
 * @example
 * const plan: ReminderPlan = planReminders({ autoSendActivationEmails: false }, [], { now: '2026-05-11T09:00:00Z' });
 * plan.automatic
 * //=> false
 */
export interface ReminderPlan {
  /** `true` when automatic activation emails are on: reminders are not suppressed, the lists stay empty. */
  readonly automatic: boolean;
  /** Users to remind now, in input order. */
  readonly due: readonly DueReminder[];
  /** Users whose next reminder is later, in input order. */
  readonly upcoming: readonly UpcomingReminder[];
  /** Users who had the most reminders the cadence allows, in input order. */
  readonly exhausted: readonly ExhaustedReminder[];
  /** Items that could not be decided, with every issue, in input order (as in `planActivation`). */
  readonly invalid: readonly InvalidItem[];
  readonly counts: ReminderCounts;
}

const DAY_MS = 86_400_000;
const OPTION_KEYS = ['now', 'cadence'] as const;

interface ResolvedOptions {
  readonly now: number;
  readonly cadence: ResolvedReminderCadence;
}

function resolveOptions(options: unknown): ResolvedOptions {
  if (!isRecord(options)) {
    throw new PolicyInputError(
      [{ path: [], message: `options must be an object holding now (received ${describeValue(options)})` }],
      'reminder options',
    );
  }
  const issues: Issue[] = [];
  const nowValue = ownField(options, 'now');
  // parseInstant refuses anything that is not a string itself (null).
  const now = parseInstant(nowValue as string);
  if (now === null) {
    issues.push({ path: ['now'], message: received(nowValue, INSTANT_RULE) });
  }
  const cadenceValue = ownField(options, 'cadence');
  const cadence =
    cadenceValue === UNREADABLE
      ? ({ ok: false, issues: [{ path: [], message: UNREADABLE_MESSAGE }] } as const)
      : parseReminderCadence(cadenceValue);
  if (!cadence.ok) {
    for (const issue of cadence.issues) issues.push({ path: ['cadence', ...issue.path], message: issue.message });
  }
  reportUnknownKeys(options, OPTION_KEYS, { one: 'an option', many: 'options' }, issues);
  // A null `now` has pushed its issue above, so `issues` is not empty then.
  if (issues.length > 0 || !cadence.ok) {
    throw new PolicyInputError(issues as unknown as Issues, 'reminder options');
  }
  return { now: now!, cadence: cadence.value };
}

/**
 * When an inactive user's next reminder falls due, in epoch milliseconds, or `null` when they
 * already had the most the cadence allows. `user` is a parsed inactive user: `invitedAt` is set
 * and valid.
 *
 * @internal
 */
export function nextReminderAt(user: UserSnapshot, cadence: ResolvedReminderCadence): number | null {
  const sent = user.remindersSent ?? 0;
  if (sent >= cadence.maxReminders) return null;
  const invited = parseInstant(user.invitedAt!)!;
  const last = typeof user.lastEmailedAt === 'string' ? parseInstant(user.lastEmailedAt)! : invited;
  const byCadence =
    sent === 0 ? invited + Math.round(cadence.firstAfterDays * DAY_MS) : last + Math.round(cadence.everyDays * DAY_MS);
  // Computed here, not in a module-level constant, which would stay in bundles that never plan reminders.
  const earliest = last + MIN_HOURS_BETWEEN_EMAILS * 3_600_000;
  return Math.max(byCadence, earliest);
}

/**
 * Who to remind by hand today, who later, and who has had enough reminders: the follow-up an
 * admin owes inactive users (emailed, never signed in) while automatic activation emails are
 * off, since Control Hub then stops sending invitation reminders too.
 *
 * For every user decided `manual-required` with trigger `inactive-user`, the next reminder
 * falls due:
 * - the first one (`remindersSent` 0 or absent) `firstAfterDays` after `invitedAt`;
 * - each later one `everyDays` after the last email, `lastEmailedAt ?? invitedAt`;
 * - and never sooner than 24 hours after the last email, whatever the cadence: Control Hub
 *   suppresses a re-send within 24 hours of an invitation email.
 *
 * A user is `due` from that instant on (`now` at or after it), `upcoming` before it, and
 * `exhausted` once `remindersSent` reaches `maxReminders`. Days and the 24 hours are elapsed
 * time, not calendar days: across a daylight-saving change the due instant keeps its distance
 * from the last email, so its local clock time moves by the hour the clocks moved. Adding
 * "one calendar day" would land 23 hours after the email on the spring-forward night, inside
 * the window where Control Hub drops the re-send.
 *
 * With automatic emails on, reminders are not suppressed, so there is nothing to follow up by
 * hand: `automatic` is `true` and the three lists are empty. Pure: `now` comes in as an argument and nothing reads the clock.
 * Every user is parsed and decided once, exactly as {@link planActivation} does: bad items and
 * repeated ids land in `invalid` and every other user is still planned.
 *
 * @param settings - The org's settings; `{}` means the defaults (automatic emails on).
 * @param users - Any iterable of user snapshots, with `invitedAt` and, when known, `lastEmailedAt` and `remindersSent`.
 * @param options - `now`, an ISO instant, and an optional `cadence` (defaults: {@link DEFAULT_REMINDER_CADENCE}).
 * @throws {@link PolicyInputError} when the settings are malformed, `users` is not iterable, or
 * `now` or the cadence is bad (the issue paths read `now`, `cadence.everyDays`...).
 * @example
 * const plan = planReminders(
 *   { autoSendActivationEmails: false },
 *   [
 *     { id: 'ana', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T09:00:00Z' },
 *     { id: 'ben', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T09:00:00Z', lastEmailedAt: '2026-05-10T09:00:00Z', remindersSent: 1 },
 *     { id: 'cy', license: 'paid', hasSignedIn: false, invitedAt: '2026-04-01T09:00:00Z', remindersSent: 3 },
 *     { id: 'dee', license: 'paid', hasSignedIn: true },
 *   ],
 *   { now: '2026-05-11T09:00:00Z' },
 * );
 * plan.due
 * //=> [{ userId: 'ana', remindersSent: 0, lastEmailedAt: '2026-05-01T09:00:00Z' }]
 * plan.upcoming
 * //=> [{ userId: 'ben', dueAt: '2026-05-17T09:00:00.000Z' }]
 * plan.exhausted
 * //=> [{ userId: 'cy' }]
 * plan.counts.notInactive['no-action']
 * //=> 1
 */
export function planReminders(settings: OrgSettings, users: Iterable<unknown>, options: ReminderOptions): ReminderPlan {
  // Resolved once here and handed on as a plain object, so `automatic` and every decision read
  // the same value even from settings whose getters change their answer.
  const resolved = resolveOrgSettings(settings);
  const { now, cadence } = resolveOptions(options);
  const due: DueReminder[] = [];
  const upcoming: UpcomingReminder[] = [];
  const exhausted: ExhaustedReminder[] = [];
  const invalid: InvalidItem[] = [];
  const notInactive = perKind((): number => 0);
  let count = 0;
  let inactive = 0;
  // Plain branches, no pattern matching: this runs once per user of the org.
  forEachChecked(
    users,
    (user) => {
      count += 1;
      const decision = decideParsed(resolved, user);
      if (decision.kind === 'reminder-eligible') {
        inactive += 1;
        return;
      }
      if (decision.kind !== 'manual-required' || decision.trigger !== 'inactive-user') {
        notInactive[decision.kind] += 1;
        return;
      }
      inactive += 1;
      const dueAt = nextReminderAt(user, cadence);
      if (dueAt === null) exhausted.push({ userId: user.id });
      else if (now >= dueAt) {
        due.push({
          userId: user.id,
          remindersSent: user.remindersSent ?? 0,
          lastEmailedAt: typeof user.lastEmailedAt === 'string' ? user.lastEmailedAt : user.invitedAt!,
        });
      } else upcoming.push({ userId: user.id, dueAt: new Date(dueAt).toISOString() });
    },
    (item) => {
      count += 1;
      invalid.push(item);
    },
  );
  return {
    automatic: resolved.autoSendActivationEmails,
    due,
    upcoming,
    exhausted,
    invalid,
    counts: {
      users: count,
      invalid: invalid.length,
      inactive,
      due: due.length,
      upcoming: upcoming.length,
      exhausted: exhausted.length,
      notInactive,
    },
  };
}
