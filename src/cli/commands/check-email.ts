import { checkManualEmail, MANUAL_EMAIL_DRAFT_FIELDS, requiredManualEmailItems } from '../../index';
import { EXIT_CODES, type Command } from '../command';
import { colourEnabled } from '../context';
import { readJsonFile } from '../input/open-input';
import { LABELS } from '../labels';
import { choice, localeOf, SHARED_OPTIONS } from '../options';
import { BufferedWriter } from '../output/writer';
import { styleFor, widest } from '../style';
import { UsageError } from '../usage-error';

const NAME = 'check-email';

export const checkEmailCommand: Command = {
  name: NAME,
  summary: 'check a manual activation email draft against the checklist',
  usage: 'DRAFT.json [options]',
  description: [
    'Checks a manual activation email draft, a JSON object with the fields rolloutPlan, appValue,',
    'pmrLink, supportLinks, trainingLinks, userPortalLink and activationInstructions, against the',
    'checklist: every item the email must carry is listed as present or missing, with what is',
    'wrong. Exit code 0 when the draft is complete, 1 when something is missing.',
  ].join('\n'),
  options: {
    meetings: SHARED_OPTIONS.meetings,
    format: { type: 'string', value: 'table|json', help: 'output format (default: table)' },
    lang: SHARED_OPTIONS.lang,
  },
  examples: [
    { command: 'check-email draft.json', does: 'what the draft still lacks' },
    { command: 'check-email draft.json --meetings', does: 'the same for an org with Webex Meetings: the PMR link is required too' },
    { command: 'check-email - --format json < draft.json', does: 'the verdict as JSON, from standard input' },
  ],

  async run(args, context) {
    if (args.positionals.length !== 1) {
      throw new UsageError(args.positionals.length === 0 ? 'needs a draft file (or - for standard input)' : 'takes one draft file', NAME);
    }
    const path = args.positionals[0]!;
    const format = choice(args, 'format', ['table', 'json'] as const, 'table', NAME);
    const meetingsIncluded = args.values.meetings === true;
    const draft = await readJsonFile(path, 'draft', context, NAME);
    const locale = localeOf(args, NAME);
    const check = checkManualEmail(draft, { meetingsIncluded }, locale);

    const out = new BufferedWriter(context.stdout);
    if (format === 'json') await out.write(`${JSON.stringify(check, null, 2)}\n`);
    else {
      const style = styleFor(colourEnabled(context.stdout, context.env));
      const required = requiredManualEmailItems(meetingsIncluded);
      const problems = new Map(check.problems.map((problem) => [problem.item, problem.message]));
      const width = widest(required);
      const words = LABELS[locale].checkEmail;
      const state = Math.max(words.ok.length, words.missing.length);
      const lines = [
        check.complete
          ? style.green(words.complete(required.length))
          : style.bold(style.red(words.incomplete(check.missing.length, required.length))),
        '',
      ];
      for (const item of required) {
        const problem = problems.get(item);
        const field = MANUAL_EMAIL_DRAFT_FIELDS[item];
        lines.push(
          problem === undefined
            ? `  ${words.ok.padEnd(state)}  ${item.padEnd(width)}  (${field})`
            : `  ${style.red(words.missing.padEnd(state))}  ${item.padEnd(width)}  ${problem}`,
        );
      }
      await out.write(`${lines.join('\n')}\n`);
    }
    await out.flush();
    return check.complete ? EXIT_CODES.ok : EXIT_CODES.invalidInput;
  },
};
