import { MIN_HOURS_BETWEEN_EMAILS, parseInstant, planActivation, planReminders, type OrgSettings, type UserSnapshot } from '../../index';
import type { Issues } from '../../index';
import { uncertainSends, withHistory, type JournalEmail, type JournalEntry, type UserHistory } from '../../journal/index';
import type { InvalidItem } from '../../index';
import { isEmailAddress } from './address';

/** One email to send: who, to which address, which email. */
export interface Target {
  readonly userId: string;
  readonly address: string;
  readonly email: JournalEmail;
  /**
   * The file's own `invitedAt` for a user the journal does not cover yet: recorded (as an
   * activation email, with no status, as `record` writes it) before the first send, so that the
   * journal holds the whole history and agrees with the file on the next run.
   */
  readonly invitedAt?: string;
  /**
   * The file gives `lastEmailedAt` or `remindersSent` for this user while the journal does not
   * cover them: once this email is recorded, the file's history is out of date, and the next run
   * refuses the row until the file agrees with the journal.
   */
  readonly staleHistory?: boolean;
}

/** Why a user who would get an email (or was named with `--only`) does not get one this run. */
export type SkipReason =
  | { readonly why: 'no-address' }
  | { readonly why: 'recent'; readonly at: string }
  | { readonly why: 'uncertain'; readonly at: string }
  | { readonly why: 'refused'; readonly at: string; readonly reply: string }
  | { readonly why: 'not-selected'; readonly outcome: string };

export interface Skipped {
  readonly userId: string;
  readonly reason: SkipReason;
}

/** Who gets what this run, and who does not and why; the invalid rows with their issues. */
export interface Selection {
  readonly targets: readonly Target[];
  readonly skipped: readonly Skipped[];
  readonly invalid: readonly (InvalidItem & { readonly historyIssues?: Issues })[];
  /** Every id the input holds (valid or not), to check `--only` against. */
  readonly ids: ReadonlySet<string>;
}

export interface SelectOptions {
  readonly settings: OrgSettings;
  readonly now: string;
  readonly history: ReadonlyMap<string, UserHistory>;
  readonly journal: readonly JournalEntry[];
  /** Only these users (`--only`), when given. */
  readonly only?: ReadonlySet<string>;
  /** Send again to users whose last send has no known outcome (`--resend-uncertain`). */
  readonly resendUncertain: boolean;
}

const DAY_MS = MIN_HOURS_BETWEEN_EMAILS * 3_600_000;

/** The address a user's email goes to: their `email` field, else their id when it is an address. */
export function addressOf(user: UserSnapshot): string | undefined {
  if (user.email !== undefined) return user.email;
  return isEmailAddress(user.id) ? user.id : undefined;
}

/**
 * Who gets which email by hand: users decided `manual-required` / `new-user` get the activation
 * email; `manual-required` / `inactive-user` users get a reminder when `planReminders` says one is
 * due at `now`; nobody else. Each user's history is the journal's (a snapshot that disagrees with
 * the journal is invalid). Then, never twice: a user whose last send has no known outcome is left
 * out (unless `resendUncertain`), and so is anyone emailed less than 24 hours before `now`.
 */
export function selectRecipients(users: readonly unknown[], options: SelectOptions): Selection {
  const snapshots: (UserSnapshot | undefined)[] = [];
  const historyIssues = new Map<number, Issues>();
  const ids = new Set<string>();
  users.forEach((user, index) => {
    const id = typeof user === 'object' && user !== null ? (user as { id?: unknown }).id : undefined;
    if (typeof id === 'string') ids.add(id);
    if (user === undefined) {
      snapshots.push(undefined);
      return;
    }
    const merged = withHistory(user, options.history);
    if (merged.ok) snapshots.push(merged.value);
    else {
      snapshots.push(undefined);
      historyIssues.set(index, merged.issues);
    }
  });
  const plan = planActivation(options.settings, snapshots);
  const reminders = planReminders(options.settings, snapshots, { now: options.now });
  const due = new Set(reminders.due.map((entry) => entry.userId));
  const byId = new Map<string, UserSnapshot>();
  for (const snapshot of snapshots) if (snapshot !== undefined && !byId.has(snapshot.id)) byId.set(snapshot.id, snapshot);
  const open = new Map<string, string>();
  for (const entry of uncertainSends(options.journal)) if (!open.has(entry.userId)) open.set(entry.userId, entry.at);
  // The last outcome of each user's email: a permanent refusal (a 5xx reply) is not tried again
  // in bulk, where it would fail again; naming the user with --only tries again.
  const refused = new Map<string, JournalEntry>();
  for (const entry of options.journal) {
    const key = `${entry.email} ${entry.userId}`;
    if (entry.status === 'failed' && /^5\d\d/.test(entry.reply ?? '')) refused.set(key, entry);
    else if (entry.status === undefined || entry.status === 'sent') refused.delete(key);
  }
  const now = parseInstant(options.now)!;

  const targets: Target[] = [];
  const skipped: Skipped[] = [];
  for (const decision of plan.decisions) {
    const userId = decision.userId;
    if (options.only !== undefined && !options.only.has(userId)) continue;
    let email: JournalEmail | undefined;
    if (decision.kind === 'manual-required') {
      if (decision.trigger === 'new-user') email = 'activation';
      else if (due.has(userId)) email = 'reminder';
    }
    if (email === undefined) {
      if (options.only !== undefined) {
        const outcome = decision.kind === 'manual-required' ? `${decision.kind}/${decision.trigger}, not due` : decision.kind;
        skipped.push({ userId, reason: { why: 'not-selected', outcome } });
      }
      continue;
    }
    const user = byId.get(userId)!;
    const uncertainAt = open.get(userId);
    if (uncertainAt !== undefined && !options.resendUncertain) {
      skipped.push({ userId, reason: { why: 'uncertain', at: uncertainAt } });
      continue;
    }
    const refusal = refused.get(`${email} ${userId}`);
    if (refusal !== undefined && options.only === undefined) {
      skipped.push({ userId, reason: { why: 'refused', at: refusal.at, reply: refusal.reply ?? '' } });
      continue;
    }
    const last = user.lastEmailedAt ?? user.invitedAt;
    if (last != null && now - parseInstant(last)! < DAY_MS) {
      skipped.push({ userId, reason: { why: 'recent', at: last } });
      continue;
    }
    const address = addressOf(user);
    if (address === undefined) {
      skipped.push({ userId, reason: { why: 'no-address' } });
      continue;
    }
    const covered = options.history.has(userId);
    const invitedAt = !covered && user.invitedAt != null ? user.invitedAt : undefined;
    const staleHistory = !covered && (user.lastEmailedAt != null || (email === 'reminder' && user.remindersSent !== undefined));
    targets.push({
      userId,
      address,
      email,
      ...(invitedAt === undefined ? {} : { invitedAt }),
      ...(staleHistory ? { staleHistory } : {}),
    });
  }
  const invalid = plan.invalid.map((item) => {
    const issues = historyIssues.get(item.index);
    return issues === undefined ? item : { ...item, historyIssues: issues };
  });
  return { targets, skipped, invalid, ids };
}
