// The whole abstract input space, spelled out as concrete inputs. Each concrete value carries the
// abstract facts it stands for, so the oracle never has to read a snapshot.
import type { OracleSettings, OracleUser } from './oracle';

export interface EnumeratedSettings {
  readonly label: string;
  readonly settings: Record<string, boolean>;
  readonly facts: OracleSettings;
}

export interface EnumeratedUser {
  readonly label: string;
  readonly snapshot: Record<string, unknown>;
  readonly facts: OracleUser;
  /** The snapshot without its follow-up history (lastEmailedAt, remindersSent). */
  readonly withoutHistory: Record<string, unknown>;
}

const FLAG_VALUES = [true, false, undefined] as const;

/** auto-send (on, off, omitted) x Meetings (on, off, omitted): 9 settings objects. */
export function enumerateSettings(): EnumeratedSettings[] {
  const all: EnumeratedSettings[] = [];
  for (const autoSend of FLAG_VALUES) {
    for (const meetings of FLAG_VALUES) {
      const settings: Record<string, boolean> = {};
      if (autoSend !== undefined) settings.autoSendActivationEmails = autoSend;
      if (meetings !== undefined) settings.meetingsIncluded = meetings;
      all.push({ label: `autoSend=${String(autoSend)} meetings=${String(meetings)}`, settings, facts: { autoSend, meetings } });
    }
  }
  return all;
}

/** Two spellings of a real instant: UTC, and an offset with a fraction (the same day). */
export const REAL_INSTANTS = ['2026-05-01T08:30:00Z', '2026-05-01T10:30:00.250+02:00'] as const;
/** A later instant in each spelling, for `lastEmailedAt`. */
const LATER_INSTANTS = ['2026-05-09T17:00:00Z', '2026-05-09T12:00:00.000-05:00'] as const;

type Invited = { readonly kind: 'instant'; readonly value: string } | { readonly kind: 'null' } | { readonly kind: 'absent' };

const INVITED: readonly Invited[] = [
  ...REAL_INSTANTS.map((value) => ({ kind: 'instant', value }) as const),
  { kind: 'null' },
  { kind: 'absent' },
];

/**
 * Follow-up history that must not change a decision. `lastEmailedAt` needs `invitedAt` and may
 * not be earlier, so the instants are offered only when `invitedAt` is an instant.
 */
function historyVariants(invited: Invited, spelling: number): Record<string, unknown>[] {
  const lastEmailed: (string | null | undefined)[] = [undefined, null];
  if (invited.kind === 'instant') lastEmailed.push(invited.value, LATER_INSTANTS[spelling]!);
  const reminders: (number | undefined)[] = [undefined, 0, 2];
  const variants: Record<string, unknown>[] = [];
  for (const lastEmailedAt of lastEmailed) {
    for (const remindersSent of reminders) {
      const history: Record<string, unknown> = {};
      if (lastEmailedAt !== undefined) history.lastEmailedAt = lastEmailedAt;
      if (remindersSent !== undefined) history.remindersSent = remindersSent;
      variants.push(history);
    }
  }
  return variants;
}

/**
 * licence (free, paid) x previous licence (free, paid, null, absent) x signed in (2) x invitedAt
 * (two spellings of a real instant, null, absent) x history variants. Ids are unique, so the whole
 * list is also a valid batch.
 */
export function enumerateUsers(): EnumeratedUser[] {
  const all: EnumeratedUser[] = [];
  for (const license of ['free', 'paid'] as const) {
    for (const previousLicense of ['free', 'paid', null, undefined] as const) {
      for (const signedIn of [true, false]) {
        INVITED.forEach((invited, spelling) => {
          for (const history of historyVariants(invited, spelling)) {
            const id = `u-${all.length}`;
            const base: Record<string, unknown> = { id, license, hasSignedIn: signedIn };
            if (previousLicense !== undefined) base.previousLicense = previousLicense;
            if (invited.kind === 'instant') base.invitedAt = invited.value;
            if (invited.kind === 'null') base.invitedAt = null;
            const facts: OracleUser = { license, previousLicense, signedIn, emailed: invited.kind === 'instant' };
            all.push({
              label: JSON.stringify({ ...base, ...history }),
              snapshot: { ...base, ...history },
              facts,
              withoutHistory: base,
            });
          }
        });
      }
    }
  }
  return all;
}

/**
 * One bad value per field, each a near miss of a good one; the error must name that field.
 * Settings fields are corrupted on the settings, the others on the snapshot.
 */
export const FIELD_CORRUPTIONS: readonly {
  readonly target: 'settings' | 'user';
  readonly field: string;
  readonly value: unknown;
}[] = [
  { target: 'settings', field: 'autoSendActivationEmails', value: 'false' },
  { target: 'settings', field: 'meetingsIncluded', value: 1 },
  { target: 'user', field: 'id', value: '' },
  { target: 'user', field: 'license', value: 'Paid' },
  { target: 'user', field: 'previousLicense', value: 'FREE' },
  { target: 'user', field: 'hasSignedIn', value: 0 },
  { target: 'user', field: 'invitedAt', value: '2026-02-30T08:30:00Z' },
  { target: 'user', field: 'lastEmailedAt', value: '2026-05-01' },
  { target: 'user', field: 'remindersSent', value: -1 },
];
