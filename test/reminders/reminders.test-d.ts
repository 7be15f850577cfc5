import { describe, expectTypeOf, it } from 'vitest';
import {
  DEFAULT_REMINDER_CADENCE,
  explainReminder,
  MAX_CADENCE_DAYS,
  MIN_HOURS_BETWEEN_EMAILS,
  parseReminderCadence,
  planReminders,
  REMINDER_CADENCE_KEYS,
  REMINDER_STATUSES,
  type DueReminder,
  type ExhaustedReminder,
  type InvalidItem,
  type Locale,
  type OrgSettings,
  type OutcomeKind,
  type ParseResult,
  type ReminderCadence,
  type ReminderCounts,
  type ReminderOptions,
  type ReminderPlan,
  type ReminderStatus,
  type ResolvedReminderCadence,
  type UpcomingReminder,
} from '../../src/index';

describe('planReminders', () => {
  it('takes settings, any iterable and options, and returns a ReminderPlan', () => {
    expectTypeOf(planReminders).parameters.toEqualTypeOf<[OrgSettings, Iterable<unknown>, ReminderOptions]>();
    expectTypeOf(planReminders).returns.toEqualTypeOf<ReminderPlan>();
    expectTypeOf(planReminders({}, new Set([{ id: 'a' }]), { now: '2026-05-11T09:00:00Z' })).toEqualTypeOf<ReminderPlan>();
  });

  it('requires now, and nothing else', () => {
    expectTypeOf<ReminderOptions>().toEqualTypeOf<{ readonly now: string; readonly cadence?: ReminderCadence }>();
    // @ts-expect-error now is required
    planReminders({}, [], {});
    // @ts-expect-error a cadence field is a number
    planReminders({}, [], { now: '2026-05-11T09:00:00Z', cadence: { everyDays: '7' } });
  });

  it('returns the exact shapes the issue names, read-only', () => {
    expectTypeOf<ReminderPlan['automatic']>().toEqualTypeOf<boolean>();
    expectTypeOf<ReminderPlan['due']>().toEqualTypeOf<readonly DueReminder[]>();
    expectTypeOf<ReminderPlan['upcoming']>().toEqualTypeOf<readonly UpcomingReminder[]>();
    expectTypeOf<ReminderPlan['exhausted']>().toEqualTypeOf<readonly ExhaustedReminder[]>();
    expectTypeOf<ReminderPlan['invalid']>().toEqualTypeOf<readonly InvalidItem[]>();
    expectTypeOf<ReminderPlan['counts']>().toEqualTypeOf<ReminderCounts>();
    expectTypeOf<DueReminder>().toEqualTypeOf<{
      readonly userId: string;
      readonly remindersSent: number;
      readonly lastEmailedAt: string;
    }>();
    expectTypeOf<UpcomingReminder>().toEqualTypeOf<{ readonly userId: string; readonly dueAt: string }>();
    expectTypeOf<ExhaustedReminder>().toEqualTypeOf<{ readonly userId: string }>();
  });

  it('counts every outcome kind', () => {
    expectTypeOf<keyof ReminderCounts['notInactive']>().toEqualTypeOf<OutcomeKind>();
    expectTypeOf<ReminderCounts['due']>().toEqualTypeOf<number>();
  });
});

describe('statuses and constants', () => {
  it('derives ReminderStatus from REMINDER_STATUSES', () => {
    expectTypeOf(REMINDER_STATUSES).toEqualTypeOf<readonly ['due', 'upcoming', 'exhausted', 'automatic']>();
    expectTypeOf<ReminderStatus>().toEqualTypeOf<'due' | 'upcoming' | 'exhausted' | 'automatic'>();
    expectTypeOf<typeof MIN_HOURS_BETWEEN_EMAILS>().toEqualTypeOf<24>();
    expectTypeOf<typeof MAX_CADENCE_DAYS>().toEqualTypeOf<3650>();
  });
});

describe('the cadence', () => {
  it('has three optional fields, all resolved after parsing', () => {
    expectTypeOf<ReminderCadence>().toEqualTypeOf<{
      readonly firstAfterDays?: number;
      readonly everyDays?: number;
      readonly maxReminders?: number;
    }>();
    expectTypeOf<ResolvedReminderCadence>().toEqualTypeOf<Required<ReminderCadence>>();
    expectTypeOf(DEFAULT_REMINDER_CADENCE).toEqualTypeOf<ResolvedReminderCadence>();
    expectTypeOf(REMINDER_CADENCE_KEYS).toEqualTypeOf<readonly ['firstAfterDays', 'everyDays', 'maxReminders']>();
  });

  it('parses unknown input into a ParseResult', () => {
    expectTypeOf(parseReminderCadence).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseReminderCadence).returns.toEqualTypeOf<ParseResult<ResolvedReminderCadence>>();
    const result = parseReminderCadence({ everyDays: 14 });
    if (result.ok) expectTypeOf(result.value.everyDays).toEqualTypeOf<number>();
    else expectTypeOf(result.issues[0].path).toEqualTypeOf<readonly (string | number)[]>();
  });
});

describe('explainReminder', () => {
  it('takes a status and an optional locale, and returns a string', () => {
    expectTypeOf(explainReminder).parameters.toEqualTypeOf<[ReminderStatus, Locale?]>();
    expectTypeOf(explainReminder).returns.toEqualTypeOf<string>();
    // @ts-expect-error only known statuses
    explainReminder('late');
  });
});
