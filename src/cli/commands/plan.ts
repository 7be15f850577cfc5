import { MANUAL_TRIGGERS, OUTCOME_KINDS } from '../../index';
import type { Decision, OrgSettings, ManualTrigger, OutcomeKind } from '../../index';
import { formatPath, type SourceRecord } from '../../formats/index';
import { orgSettingsFromWebex } from '../../webex/index';
import { EXIT_CODES, type Command, type ParsedArgs } from '../command';
import { colourEnabled, type CliContext } from '../context';
import { decidedBatches, decideRecords, type DecidedRecord } from '../input/decide-records';
import { readJsonFile } from '../input/open-input';
import { RecordBatches } from '../input/stream-records';
import { openUserInput, USER_INPUT_OPTIONS } from '../input/user-input';
import { LABELS } from '../labels';
import { journalSummary, readJournalHistory } from '../journal-file';
import { choice, JOURNAL_OPTION, localeOf, onOff, settingsFrom, SHARED_OPTIONS, singleInput } from '../options';
import { explainer } from '../output/explanations';
import { CSV_FORMULA_NOTE } from '../output/plan-csv';
import { planSink } from '../output/plan-output';
import { PLAN_FORMATS } from '../output/plan-sink';
import { emailOf } from '../output/user-email';
import { RecordPlaces, reportInvalid } from '../output/report-invalid';
import { BufferedWriter } from '../output/writer';
import { Progress } from '../progress';
import { styleFor } from '../style';
import { UsageError } from '../usage-error';

const NAME = 'plan';

/** Settings from `--setting FILE` (Webex's allow-admin-invite-emails response) or `--auto-send`. */
async function readSettings(args: ParsedArgs, context: CliContext): Promise<{ settings: OrgSettings; autoSend: boolean | undefined }> {
  const path = args.values.setting as string | undefined;
  const flag = onOff(args, 'auto-send', undefined, NAME);
  if (path === undefined) return { settings: settingsFrom(flag, args), autoSend: flag };
  if (flag !== undefined) throw new UsageError('give either --auto-send or --setting, not both', NAME);
  const parsed = orgSettingsFromWebex(await readJsonFile(path, '--setting', context, NAME), {
    meetingsIncluded: args.values.meetings === true,
  });
  if (!parsed.ok) {
    const [issue] = parsed.issues;
    throw new UsageError(`--setting ${path}: ${formatPath(issue.path)}: ${issue.message}`, NAME);
  }
  return { settings: parsed.value, autoSend: parsed.value.autoSendActivationEmails };
}

export const planCommand: Command = {
  name: NAME,
  summary: 'who gets which activation email, and who must be emailed by hand',
  usage: '[FILE|-] [options]',
  description: [
    'Plans the activation emails of an org: decides every user of FILE (or standard input, or the',
    'bundled sample) under the org settings, prints each decision with its explanation, then the',
    'number of users per outcome.',
    '',
    'The input format is read from the content: a JSON array of user snapshots; NDJSON, one',
    'snapshot per line; CSV with the header id,license,previousLicense,hasSignedIn,invitedAt,',
    'every one of these five columns required, in any order (booleans true/false, an empty cell',
    'for "none": no previous licence, never invited; lastEmailedAt and remindersSent may be',
    'added); or a Webex People API page ({ "items": [...] }). Files are read as UTF-8, or as',
    'UTF-16 with a byte order mark (Excel\'s "Unicode text"). NDJSON and CSV are read as a',
    'stream, so files of millions of users plan in flat memory.',
    '',
    "Control Hub's user export (Users > Export, a CSV with User ID/Email (Required)) is read as",
    'downloaded: see --free-service, --paid-service, --ignore-column, --status; --previous takes',
    'an older export, to find conversions. The table then first says how its columns were read.',
    '',
    'Invalid rows are reported on standard error with their line (or item) number, the field and',
    'the reason; every valid row is still planned and printed, and the exit code is 1.',
    '',
    'With --journal, each user\'s invitedAt, lastEmailedAt and remindersSent come from the',
    'onboarding journal that "record" writes; a user whose own history disagrees with it is an',
    'invalid row naming both. The journal must exist, and a line of it that cannot be read stops',
    'the command (exit 2): history that cannot be trusted must not make an emailed user new.',
    '',
    CSV_FORMULA_NOTE,
  ].join('\n'),
  options: {
    'auto-send': {
      type: 'string',
      value: 'on|off',
      help: "the org's automatic activation emails setting (default: on, as Control Hub ships)",
    },
    setting: {
      type: 'string',
      value: 'FILE',
      help: 'read the setting from the Webex allow-admin-invite-emails response instead of --auto-send',
    },
    meetings: SHARED_OPTIONS.meetings,
    format: { type: 'string', value: 'table|json|csv|ndjson', help: 'output format (default: table)' },
    lang: SHARED_OPTIONS.lang,
    journal: JOURNAL_OPTION,
    ...USER_INPUT_OPTIONS,
  },
  examples: [
    { command: 'plan --sample --auto-send off', does: 'plan the bundled sample org with automatic emails turned off' },
    {
      command: 'plan export.csv --previous last-month.csv --journal journal.ndjson --auto-send off',
      does: "Control Hub's user export as downloaded, with the emails sent by hand",
    },
    {
      command: 'plan users.csv --auto-send off --journal journal.ndjson --format ndjson > plan.ndjson',
      does: 'plan with the history of the emails sent by hand, for record --ids',
    },
    { command: 'plan users.csv --auto-send off --format csv > plan.csv', does: 'a spreadsheet of who gets what' },
    { command: 'plan users.ndjson --format json | jq ".byKind[\\"manual-required\\"]"', does: 'the ids to email by hand' },
    {
      command: 'plan people.json --licenses licenses.json --setting setting.json',
      does: 'plan straight from Webex People, Licenses and org-setting API responses',
    },
    { command: 'plan - --auto-send off --lang fr < users.ndjson', does: 'read standard input, explain in French' },
  ],

  async run(args, context) {
    const path = singleInput(args, NAME);
    const format = choice(args, 'format', PLAN_FORMATS, 'table', NAME);
    const locale = localeOf(args, NAME);
    const { settings, autoSend } = await readSettings(args, context);
    const journalPath = args.values.journal as string | undefined;
    // Read whole before any user: a bad journal line stops the command before anything is printed.
    const journal = journalPath === undefined ? undefined : await readJournalHistory(journalPath, NAME);
    const input = await openUserInput(path, args, context, NAME);

    const labels = LABELS[locale];
    const explain = explainer(locale);
    const out = new BufferedWriter(context.stdout);
    const err = new BufferedWriter(context.stderr);
    const style = styleFor(colourEnabled(context.stdout, context.env));
    const sink = await planSink(format, {
      out,
      err,
      explain,
      labels,
      style,
      heading: [
        labels.autoSend(autoSend),
        labels.meetings(settings.meetingsIncluded === true),
        ...(journal === undefined ? [] : [journalSummary(journal, labels.record)]),
      ],
      columns: input.columns,
    });
    const progress = new Progress(context.stderr, labels.progress);
    const interactiveErrors = context.stderr.isTTY === true;
    const places = new RecordPlaces();

    const byKind = Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, 0])) as Record<OutcomeKind, number>;
    const byTrigger = Object.fromEntries(MANUAL_TRIGGERS.map((trigger) => [trigger, 0])) as Record<ManualTrigger, number>;
    let decided = 0;
    let invalid = 0;
    const decidedOne = (index: number, record: SourceRecord, decision: Decision): Promise<void> | undefined => {
      places.add(index, record.location);
      decided += 1;
      byKind[decision.kind] += 1;
      if (decision.kind === 'manual-required') byTrigger[decision.trigger] += 1;
      const wait = sink.decision(decision, emailOf(record.value));
      progress.tick(decided + invalid, invalid);
      return wait;
    };
    const invalidOne = async (item: DecidedRecord & { readonly ok: false }): Promise<void> => {
      places.add(item.index, item.record.location);
      invalid += 1;
      sink.invalid(
        item.duplicateOf === undefined
          ? { index: item.index, issues: item.issues }
          : { index: item.index, issues: item.issues, duplicateOf: item.duplicateOf },
      );
      if (interactiveErrors) progress.done();
      const location = item.record.location;
      const earlier = item.duplicateOf === undefined ? undefined : places.of(item.duplicateOf, location);
      await reportInvalid(err, location, item.issues, earlier);
      if (interactiveErrors) await err.flush();
      progress.tick(decided + invalid, invalid);
    };
    if (input.records instanceof RecordBatches) {
      // NDJSON and CSV files, a chunk at a time: a user waits for nothing but a batch of output.
      // A decided user is its decision beside its record (see decidedBatches): no object of its own.
      batches: for await (const { first, records, decisions, invalid: refused } of decidedBatches(
        settings,
        input.records.batches(),
        journal?.history,
      )) {
        let next = 0;
        for (let at = 0; at < records.length; at += 1) {
          const decision = decisions[at];
          const wait = decision === undefined ? invalidOne(refused[next++]!) : decidedOne(first + at, records[at]!, decision);
          if (wait !== undefined) await wait;
          if (out.readerGone) break batches;
        }
      }
    } else {
      for await (const item of decideRecords(settings, input.records, journal?.history)) {
        await (item.ok ? decidedOne(item.index, item.record, item.decision) : invalidOne(item));
        if (out.readerGone) break;
      }
    }
    progress.done();
    await sink.end({ decided, invalid, byKind, byTrigger });
    await out.flush();
    await err.flush();
    return invalid > 0 ? EXIT_CODES.invalidInput : EXIT_CODES.ok;
  },
};
