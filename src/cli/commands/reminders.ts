import {
  DEFAULT_REMINDER_CADENCE,
  explainReminder,
  MAX_CADENCE_DAYS,
  parseInstant,
  parseReminderCadence,
  planReminders,
  type Locale,
  type ReminderCadence,
  type ReminderPlan,
  type ResolvedReminderCadence,
} from '../../index';
import { EXIT_CODES, type Command, type ParsedArgs } from '../command';
import { colourEnabled } from '../context';
import { holdInput, openUserInput, USER_INPUT_OPTIONS } from '../input/user-input';
import { LABELS } from '../labels';
import { applyJournal } from '../input/decide-records';
import { journalSummary, readJournalHistory } from '../journal-file';
import { choice, JOURNAL_OPTION, localeOf, onOff, settingsFrom, SHARED_OPTIONS, singleInput } from '../options';
import { CSV_FORMULA_NOTE, csvCell } from '../output/plan-csv';
import { columnReportLines } from '../output/column-report';
import { reportInvalid } from '../output/report-invalid';
import { emailsById, userName } from '../output/user-email';
import { BufferedWriter } from '../output/writer';
import { styleFor, widest, type Style } from '../style';
import { UsageError } from '../usage-error';

const NAME = 'reminders';

/** The words of `--cadence`, and the cadence field each one sets. */
const CADENCE_WORDS = { first: 'firstAfterDays', every: 'everyDays', max: 'maxReminders' } as const;
type CadenceWord = keyof typeof CADENCE_WORDS;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Reads `--cadence first=N,every=M,max=K` (any of the three, in any order). */
export function cadenceFromText(text: string): ResolvedReminderCadence {
  const cadence: Record<string, number> = {};
  const wordOf: Record<string, CadenceWord> = {};
  for (const part of text.split(',')) {
    const [rawWord = '', rawValue, ...extra] = part.split('=');
    const word = rawWord.trim();
    const value = rawValue?.trim();
    if (!Object.hasOwn(CADENCE_WORDS, word) || value === undefined || extra.length > 0) {
      throw new UsageError(
        `--cadence takes first=DAYS,every=DAYS,max=COUNT (any of them, comma-separated), not ${JSON.stringify(part)}`,
        NAME,
      );
    }
    const field = CADENCE_WORDS[word as CadenceWord];
    if (field in cadence) throw new UsageError(`--cadence gives ${word} twice`, NAME);
    if (!DECIMAL.test(value)) {
      throw new UsageError(`--cadence ${word}=${value}: ${word === 'max' ? 'a whole number' : 'a number of days'} is expected, such as ${word}=${word === 'max' ? 3 : 7}`, NAME);
    }
    cadence[field] = Number(value);
    wordOf[field] = word as CadenceWord;
  }
  const parsed = parseReminderCadence(cadence as ReminderCadence);
  if (!parsed.ok) {
    const [issue] = parsed.issues;
    const field = String(issue.path[0]);
    throw new UsageError(`--cadence ${wordOf[field]}=${cadence[field]}: ${issue.message.replace(/,? or left out \(received .*\)$/, '')}`, NAME);
  }
  return parsed.value;
}

function nowFrom(args: ParsedArgs): string {
  const now = args.values.now;
  if (now === undefined || now === true) {
    throw new UsageError('needs --now, the instant to plan for, such as --now 2026-05-11T09:00:00Z', NAME);
  }
  if (typeof now !== 'string' || parseInstant(now) === null) {
    throw new UsageError(
      `--now takes an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, such as 2026-05-11T09:00:00Z, not ${JSON.stringify(now)}`,
      NAME,
    );
  }
  return now;
}

function table(headings: readonly string[], rows: readonly (readonly string[])[], style: Style): string[] {
  const widths = headings.map((heading, column) => widest(rows.map((row) => row[column]!), heading.length));
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`;
  const lines = [style.bold(line(headings))];
  for (const row of rows) lines.push(line(row));
  return lines;
}

function tableText(
  plan: ReminderPlan,
  now: string,
  cadence: ResolvedReminderCadence,
  locale: Locale,
  style: Style,
  autoSend: boolean | undefined,
  users: { readonly heading: readonly string[]; readonly name: (userId: string) => string },
): string {
  const labels = LABELS[locale];
  const words = labels.reminders;
  const lines = [style.bold(words.asOf(now)), labels.autoSend(autoSend), ...users.heading];
  const name = users.name;
  if (plan.automatic) {
    lines.push('', explainReminder('automatic', locale));
  } else {
    lines.push(words.cadence(cadence));
    const section = (title: string, count: number, explanation: string, body: string[]): void => {
      lines.push('', style.bold(`${title} (${count})`));
      if (count === 0) lines.push(words.none);
      else {
        lines.push(`  ${explanation}`);
        for (const row of body) lines.push(row);
      }
    };
    section(
      words.due,
      plan.due.length,
      explainReminder('due', locale),
      table(
        [labels.user, words.sent, words.lastEmail],
        plan.due.map((entry) => [name(entry.userId), String(entry.remindersSent), entry.lastEmailedAt]),
        style,
      ),
    );
    section(
      words.upcoming,
      plan.upcoming.length,
      explainReminder('upcoming', locale),
      table([labels.user, words.dueAt], plan.upcoming.map((entry) => [name(entry.userId), entry.dueAt]), style),
    );
    section(
      words.exhausted,
      plan.exhausted.length,
      explainReminder('exhausted', locale),
      table([labels.user], plan.exhausted.map((entry) => [name(entry.userId)]), style),
    );
  }
  lines.push('', words.summary(plan));
  if (plan.invalid.length > 0) lines.push(labels.invalidRows(plan.invalid.length));
  return `${lines.join('\n')}\n`;
}

/**
 * One row per inactive user, for spreadsheets; `dueAt` only for upcoming users; `email` (last,
 * so that the columns before it keep their places) empty when the input gives none.
 */
export const REMINDERS_CSV_HEADER = 'status,userId,remindersSent,lastEmailedAt,dueAt,email';

function csvText(plan: ReminderPlan, emails: ReadonlyMap<string, string>): string {
  let text = `${REMINDERS_CSV_HEADER}\n`;
  const row = (cells: readonly string[]): void => {
    text += `${cells.map(csvCell).join(',')}\n`;
  };
  const email = (userId: string): string => emails.get(userId) ?? '';
  for (const entry of plan.due) row(['due', entry.userId, String(entry.remindersSent), entry.lastEmailedAt, '', email(entry.userId)]);
  for (const entry of plan.upcoming) row(['upcoming', entry.userId, '', '', entry.dueAt, email(entry.userId)]);
  for (const entry of plan.exhausted) row(['exhausted', entry.userId, '', '', '', email(entry.userId)]);
  return text;
}

export const remindersCommand: Command = {
  name: NAME,
  summary: 'which inactive users to remind by hand today, which later, and which to escalate',
  usage: '[FILE|-] --now ISO [options]',
  description: [
    'Tracks the reminders an admin sends by hand: with automatic activation emails off, Control',
    'Hub stops reminding users who were emailed but never signed in. For the instant given with',
    '--now (nothing reads the clock), each such user is due (remind them today), upcoming (with',
    'the UTC instant it falls due) or exhausted (they had every reminder the cadence allows:',
    'escalate rather than email again). A reminder is never due within 24 hours of the last email,',
    'whatever the cadence: Control Hub drops a re-send inside that window. Days are 24-hour spans.',
    '',
    `The cadence defaults to first=${DEFAULT_REMINDER_CADENCE.firstAfterDays},every=${DEFAULT_REMINDER_CADENCE.everyDays},max=${DEFAULT_REMINDER_CADENCE.maxReminders}: this package's recommendation`,
    '(Cisco publishes no figure). The first reminder counts from invitedAt, later ones from',
    `lastEmailedAt; days may be fractional, from 0 to ${MAX_CADENCE_DAYS}.`,
    '',
    'Reads the same inputs as "plan" (JSON, NDJSON, CSV, a People API page, --sample), with the',
    'follow-up history in lastEmailedAt and remindersSent (JSON fields or CSV columns), or from',
    'the onboarding journal with --journal (see "plan --help"); the whole input is held in memory.',
    'Invalid rows are reported on standard error and the exit code is 1.',
    '',
    CSV_FORMULA_NOTE,
  ].join('\n'),
  options: {
    now: { type: 'string', value: 'ISO', help: 'the instant to plan for, with seconds and an offset (required)' },
    cadence: {
      type: 'string',
      value: 'first=N,every=M,max=K',
      help: 'days to the first reminder, days between reminders, most reminders (default: first=3,every=7,max=3)',
    },
    'auto-send': {
      type: 'string',
      value: 'on|off',
      help: "the org's automatic activation emails setting (default: on, as Control Hub ships)",
    },
    format: { type: 'string', value: 'table|json|csv', help: 'output format (default: table)' },
    lang: SHARED_OPTIONS.lang,
    journal: JOURNAL_OPTION,
    ...USER_INPUT_OPTIONS,
  },
  examples: [
    {
      command: 'reminders users.csv --auto-send off --now "$(date -u +%Y-%m-%dT%H:%M:%SZ)"',
      does: "last week's export with today's date: who to remind today",
    },
    {
      command: 'reminders users.ndjson --auto-send off --now 2026-05-11T09:00:00Z --cadence first=2,every=5,max=4',
      does: 'a tighter cadence than the default',
    },
    {
      command: 'reminders users.json --auto-send off --now 2026-05-11T09:00:00+02:00 --format csv > reminders.csv',
      does: 'a spreadsheet of every inactive user and their status',
    },
    {
      command: 'reminders --sample --auto-send off --now 2026-12-01T09:00:00Z --lang fr',
      does: 'the bundled sample org, explained in French',
    },
  ],

  async run(args, context) {
    const path = singleInput(args, NAME);
    const now = nowFrom(args);
    const cadenceText = args.values.cadence;
    const cadence = typeof cadenceText === 'string' ? cadenceFromText(cadenceText) : DEFAULT_REMINDER_CADENCE;
    const autoSend = onOff(args, 'auto-send', undefined, NAME);
    const format = choice(args, 'format', ['table', 'json', 'csv'] as const, 'table', NAME);
    const locale = localeOf(args, NAME);
    const journalPath = args.values.journal as string | undefined;
    const journal = journalPath === undefined ? undefined : await readJournalHistory(journalPath, NAME);
    const input = await openUserInput(path, args, context, NAME);

    // Held whole: invalid rows are reported by their line once the plan says which they are.
    const held = await holdInput(input.records);
    const applied = applyJournal(held.values, journal?.history);
    const plan = planReminders(
      settingsFrom(autoSend, args),
      applied.values,
      { now, cadence },
    );

    const out = new BufferedWriter(context.stdout);
    const err = new BufferedWriter(context.stderr);
    const invalid = plan.invalid.map((item) => applied.item(item));
    for (const item of invalid) {
      const earlier = item.duplicateOf === undefined ? undefined : held.locate(item.duplicateOf);
      await reportInvalid(err, held.locate(item.index), held.unreadable(item.index) ?? item.issues, earlier);
    }
    await err.flush();
    if (format === 'json') await out.write(`${JSON.stringify(journal === undefined ? plan : { ...plan, invalid }, null, 2)}\n`);
    else {
      // Users are named by their email where the input gives one (Control Hub's export, People pages).
      const emails = emailsById(held.values);
      if (format === 'csv') await out.write(csvText(plan, emails));
      else {
        const labels = LABELS[locale];
        const heading = [
          ...(journal === undefined ? [] : [journalSummary(journal, labels.record)]),
          ...(input.columns === undefined ? [] : ['', ...columnReportLines(input.columns(), labels)]),
        ];
        const name = (userId: string): string => userName(userId, emails.get(userId));
        await out.write(tableText(plan, now, cadence, locale, styleFor(colourEnabled(context.stdout, context.env)), autoSend, { heading, name }));
      }
    }
    await out.flush();
    return plan.invalid.length > 0 ? EXIT_CODES.invalidInput : EXIT_CODES.ok;
  },
};
