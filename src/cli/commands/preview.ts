import { explain, explainAdvisory, previewSettingsChange, OUTCOME_KINDS } from '../../index';
import type { Locale, Decision, KindChange } from '../../index';
import { EXIT_CODES, type Command } from '../command';
import { colourEnabled } from '../context';
import { holdInput, openUserInput, USER_INPUT_OPTIONS } from '../input/user-input';
import { LABELS } from '../labels';
import { applyJournal } from '../input/decide-records';
import { journalSummary, readJournalHistory } from '../journal-file';
import { choice, JOURNAL_OPTION, localeOf, onOff, settingsFrom, SHARED_OPTIONS, singleInput } from '../options';
import { KIND_WIDTH, kindColour } from '../output/plan-table';
import { columnReportLines } from '../output/column-report';
import { reportInvalid } from '../output/report-invalid';
import { emailsById, userName } from '../output/user-email';
import { BufferedWriter } from '../output/writer';
import { styleFor, widest } from '../style';
import { UsageError } from '../usage-error';

const NAME = 'preview';

/**
 * The explanation of a changed user's new outcome. `explain` reads a decision's kind and, for a
 * manual one, its trigger; the change carries both (the trigger of whichever side is manual).
 */
function explainChange(change: KindChange, locale: Locale): string {
  return explain({ kind: change.after, trigger: change.trigger } as Decision, locale);
}

export const previewCommand: Command = {
  name: NAME,
  summary: 'what turning automatic activation emails on or off would change, before doing it',
  usage: '[FILE|-] --from on|off --to on|off [options]',
  description: [
    'Previews a change to the automatic activation emails setting: the users whose outcome would',
    'change, what the admin must know before changing it, and the users per outcome before and',
    'after. Reads the same inputs as "plan" (JSON, NDJSON, CSV, a People API page, --sample);',
    'the whole input is held in memory, as the preview compares two settings over it. With',
    '--journal, each user\'s history comes from the onboarding journal, as for "plan".',
  ].join('\n'),
  options: {
    from: { type: 'string', value: 'on|off', help: 'the setting now (required)' },
    to: { type: 'string', value: 'on|off', help: 'the setting being considered (required)' },
    meetings: SHARED_OPTIONS.meetings,
    format: { type: 'string', value: 'table|json', help: 'output format (default: table)' },
    lang: SHARED_OPTIONS.lang,
    journal: JOURNAL_OPTION,
    ...USER_INPUT_OPTIONS,
  },
  examples: [
    { command: 'preview --sample --from on --to off', does: 'what the sample org would go through if emails were turned off' },
    { command: 'preview users.csv --from on --to off --format json', does: 'the same for your users, as JSON' },
    { command: 'preview users.ndjson --from off --to on --lang fr', does: 'turning them back on, explained in French' },
  ],

  async run(args, context) {
    const path = singleInput(args, NAME);
    const from = onOff(args, 'from', undefined, NAME);
    const to = onOff(args, 'to', undefined, NAME);
    if (from === undefined || to === undefined) throw new UsageError('needs both --from on|off and --to on|off', NAME);
    const format = choice(args, 'format', ['table', 'json'] as const, 'table', NAME);
    const locale = localeOf(args, NAME);
    const journalPath = args.values.journal as string | undefined;
    const journal = journalPath === undefined ? undefined : await readJournalHistory(journalPath, NAME);
    const input = await openUserInput(path, args, context, NAME);

    const held = await holdInput(input.records);
    const applied = applyJournal(held.values, journal?.history);
    const preview = previewSettingsChange(
      settingsFrom(from, args),
      settingsFrom(to, args),
      applied.values,
    );

    const out = new BufferedWriter(context.stdout);
    const err = new BufferedWriter(context.stderr);
    const invalid = preview.invalid.map((item) => applied.item(item));
    for (const item of invalid) {
      const earlier = item.duplicateOf === undefined ? undefined : held.locate(item.duplicateOf);
      await reportInvalid(err, held.locate(item.index), held.unreadable(item.index) ?? item.issues, earlier);
    }
    await err.flush();

    if (format === 'json') {
      await out.write(`${JSON.stringify(journal === undefined ? preview : { ...preview, invalid }, null, 2)}\n`);
    } else {
      const labels = LABELS[locale];
      const style = styleFor(colourEnabled(context.stdout, context.env));
      const lines = [style.bold(labels.previewTitle(from, to)), labels.meetings(args.values.meetings === true)];
      if (journal !== undefined) lines.push(journalSummary(journal, labels.record));
      if (input.columns !== undefined) lines.push('', ...columnReportLines(input.columns(), labels));
      lines.push('');
      // Users are named by their email where the input gives one (Control Hub's export, People pages).
      const emails = emailsById(held.values);
      const name = (userId: string): string => userName(userId, emails.get(userId));
      if (preview.changes.length === 0) lines.push(labels.noChanges);
      else {
        lines.push(labels.changes(preview.changes.length));
        const width = widest(
          preview.changes.map((change) => name(change.userId)),
          labels.user.length,
        );
        const kindWidth = KIND_WIDTH;
        lines.push(
          style.bold(`  ${labels.user.padEnd(width)}  ${labels.before.padEnd(kindWidth)}  ${labels.after.padEnd(kindWidth)}  ${labels.explanation}`),
        );
        for (const change of preview.changes) {
          const before = kindColour(style, change.before)(change.before.padEnd(kindWidth));
          const after = kindColour(style, change.after)(change.after.padEnd(kindWidth));
          lines.push(`  ${name(change.userId).padEnd(width)}  ${before}  ${after}  ${explainChange(change, locale)}`);
        }
      }
      lines.push('');
      if (preview.advisories.length === 0) lines.push(labels.noAdvisories);
      else {
        lines.push(labels.advisories);
        for (const code of preview.advisories) lines.push(`  - ${code}${labels.labelSeparator}${explainAdvisory(code, locale)}`);
      }
      lines.push('', labels.perKind);
      const kindWidth = KIND_WIDTH;
      lines.push(style.bold(`  ${''.padEnd(kindWidth)}  ${labels.before.padStart(7)}  ${labels.after.padStart(7)}`));
      for (const kind of OUTCOME_KINDS) {
        const before = String(preview.counts.before[kind]).padStart(7);
        const after = String(preview.counts.after[kind]).padStart(7);
        lines.push(`  ${kindColour(style, kind)(kind.padEnd(kindWidth))}  ${before}  ${after}`);
      }
      if (preview.invalid.length > 0) lines.push('', labels.invalidRows(preview.invalid.length));
      await out.write(`${lines.join('\n')}\n`);
    }
    await out.flush();
    return preview.invalid.length > 0 ? EXIT_CODES.invalidInput : EXIT_CODES.ok;
  },
};
