import { mkdir, stat } from 'node:fs/promises';
import type { ConnectionOptions } from 'node:tls';
import { checkManualEmail, parseInstant, PolicyInputError, type Locale, type ManualEmailDraft } from '../../index';
import { describeIssue, escapeControlCharacters } from '../../formats/index';
import { composeManualEmail } from '../../compose/index';
import { EXIT_CODES, type Command, type ExitCode, type ParsedArgs } from '../command';
import type { CliContext, OutputStream } from '../context';
import { readJsonFile } from '../input/open-input';
import { holdInput, openUserInput, USER_INPUT_OPTIONS } from '../input/user-input';
import { openJournalAppender, readJournalFile } from '../journal-file';
import { LABELS, type Labels } from '../labels';
import { buildMessage, parseSender, type MessageContent, type Sender } from '../mail/message';
import { emlFileName, writeFileAtomically } from '../mail/eml-file';
import { DEFAULT_BACKOFF_MS, RateLimiter, REAL_TIMER, type Timer } from '../mail/pace';
import { selectRecipients, type Skipped, type Target } from '../mail/select';
import { sendAll, type SendCounts, type SendOutcome } from '../mail/send-run';
import { SmtpOpenError, SmtpSession } from '../mail/smtp-session';
import { parseSmtpUrl, SmtpUrlError, type SmtpTarget } from '../mail/smtp-url';
import { JOURNAL_OPTION, localeOf, onOff, settingsFrom, SHARED_OPTIONS, singleInput } from '../options';
import { reportInvalid } from '../output/report-invalid';
import { BufferedWriter } from '../output/writer';
import { widest } from '../style';
import { UsageError } from '../usage-error';

const NAME = 'send';

/** `--only` may be given more than once; declared apart so that its `multiple` passes to the parser. */
const ONLY_OPTION = {
  type: 'string',
  value: 'ID',
  multiple: true,
  help: 'only this user (repeatable): email users individually rather than everyone selected',
} as const;

/** What the command reads from outside its arguments; tests hand in their own. */
export interface SendDependencies {
  readonly timer: Timer;
  /** Waits between the tries of a message after a temporary failure. */
  readonly backoff: readonly number[];
  /** Extra TLS settings for the SMTP connection (a test server's certificate authority). */
  readonly tls?: ConnectionOptions;
  /** The clock, for `--now`'s default, the journal's instants and the Date header. */
  readonly clock: () => Date;
  /** Where SIGINT (Ctrl-C) comes from; the process by default. */
  readonly signals?: Pick<NodeJS.EventEmitter, 'once' | 'removeListener'>;
}

/**
 * Lines for the terminal: ids, addresses and the draft's text may hold control characters, which
 * are shown escaped (a tab as spaces) so that no value can move the cursor or fake a line.
 */
function screen(lines: readonly string[]): string {
  return lines
    .join('\n')
    .split('\n')
    .map((line) => escapeControlCharacters(line.replace(/\t/g, '    ')))
    .join('\n');
}

function stringFlag(args: ParsedArgs, name: string, hint: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`needs --${name} ${hint}`, NAME);
  return value;
}

function optionalString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} needs a value`, NAME);
  return value;
}

function rateOf(args: ParsedArgs): number | undefined {
  const text = optionalString(args, 'rate');
  if (text === undefined) return undefined;
  const rate = Number(text);
  if (!/^\d+(?:\.\d+)?$/.test(text) || !(rate > 0) || rate > 1_000_000) {
    throw new UsageError(`--rate takes the most messages a minute, a number above 0 such as --rate 30, not ${JSON.stringify(text)}`, NAME);
  }
  return rate;
}

function nowOf(args: ParsedArgs, clock: () => Date): { readonly now: string; readonly given: boolean } {
  const now = optionalString(args, 'now');
  if (now === undefined) return { now: clock().toISOString(), given: false };
  if (parseInstant(now) === null) {
    throw new UsageError(
      `--now takes an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, such as 2026-05-11T09:00:00Z, not ${JSON.stringify(now)}`,
      NAME,
    );
  }
  return { now, given: true };
}

function onlyOf(args: ParsedArgs): ReadonlySet<string> | undefined {
  const raw = args.values.only as unknown;
  if (raw === undefined) return undefined;
  const ids = Array.isArray(raw) ? (raw as string[]) : [String(raw)];
  return new Set(ids);
}

/** Refuses a draft the checklist finds incomplete: every email must carry every item. */
function checkContent(draft: unknown, path: string, meetingsIncluded: boolean): void {
  const check = checkManualEmail(draft, { meetingsIncluded });
  if (check.complete) return;
  const problems = check.problems.map((problem) => `${problem.item}: ${problem.message}`).join('; ');
  throw new UsageError(
    escapeControlCharacters(`--content ${path}: the draft is incomplete (${problems}); "check-email ${path}${meetingsIncluded ? ' --meetings' : ''}" lists every item`),
    NAME,
  );
}

function skipText(skipped: Skipped, words: Labels['send']): string {
  const reason = skipped.reason;
  switch (reason.why) {
    case 'no-address':
      return words.noAddress;
    case 'recent':
      return words.recent(reason.at);
    case 'uncertain':
      return words.uncertain(reason.at);
    case 'refused':
      return words.refused(reason.at, reason.reply);
    case 'not-selected':
      return words.notSelected(reason.outcome);
  }
}

function targetLines(targets: readonly Target[], words: Labels['send']): string[] {
  const kindWidth = Math.max(words.kinds.activation.length, words.kinds.reminder.length);
  const idWidth = Math.min(40, widest(targets.map((target) => target.userId)));
  return targets.map((target) => {
    const kind = words.kinds[target.email].padEnd(kindWidth);
    const to = target.address === target.userId ? '' : `  <${target.address}>`;
    return `  ${kind}  ${target.userId.padEnd(idWidth)}${to}`.trimEnd();
  });
}

function messageText(sender: Sender, content: MessageContent): string {
  const from = sender.name === undefined ? sender.address : `${sender.name} <${sender.address}>`;
  return [`From: ${from}`, `To: ${content.to}`, `Subject: ${content.subject}`, '', content.text.trimEnd(), '', '-- HTML --', content.html.trimEnd()].join('\n');
}

/** A progress line on standard error when it is a terminal, redrawn a few times a second. */
function progressLine(stream: OutputStream, words: Labels['send']): ((done: number, total: number, counts: SendCounts) => void) & { done(): void } {
  let last = 0;
  let shown = false;
  const draw = (done: number, total: number, counts: SendCounts): void => {
    if (stream.isTTY !== true) return;
    const now = Date.now();
    if (now - last < 200 && done !== total) return;
    last = now;
    shown = true;
    stream.write(`\r\u001b[K${words.progress(done, total)}: ${words.summary(counts.sent, counts.failed, counts.deferred, counts.uncertain, 0).replace(/,[^,]*\.$/, '')}`);
  };
  return Object.assign(draw, {
    done(): void {
      if (shown) stream.write('\r\u001b[K');
    },
  });
}

function smtpTargetOf(text: string, env: CliContext['env']): SmtpTarget {
  try {
    return parseSmtpUrl(text, env);
  } catch (error) {
    if (error instanceof SmtpUrlError) throw new UsageError(error.message, NAME);
    throw error;
  }
}

/** The `send` command, with the clock, the waits and the TLS settings it uses. */
export function createSendCommand(dependencies: SendDependencies): Command {
  return {
    name: NAME,
    summary: 'write the manual activation emails and reminders, and send them through your mail server, never twice',
    usage: '[FILE|-] --content DRAFT.json --journal FILE --from ADDRESS (--smtp URL | --out DIR) --auto-send off [options]',
    description: [
      'Writes the email each user needs by hand, from the org\'s draft (the one check-email checks):',
      'users decided manual-required / new-user get the activation email; manual-required /',
      'inactive-user users get a reminder when one is due at --now (default: the clock); nobody',
      'else. With automatic emails on, Control Hub sends them and there is nothing to send by hand.',
      '--only names users to email individually; without it, everyone selected is emailed.',
      '',
      'Without --yes nothing changes: it lists who would get which email and prints the first one.',
      '--out DIR writes one .eml file per user (multipart text and HTML, UTF-8) for any mail',
      'client to send, and records nothing: run record once they are sent. --smtp sends through',
      'your mail server (smtp:// with STARTTLS whenever the server offers it, or smtps://), with',
      'the credentials in the URL or in SMTP_USER and SMTP_PASSWORD; they are never printed, and',
      'never sent unencrypted except to this machine.',
      '',
      'Never twice: the journal gets a "sending" line before each message, and "sent" (with the',
      'Message-ID) once the server accepts it, or "failed" with the server\'s reply. A temporary',
      'refusal, or a connection lost before the message went out, is tried again a few times, then',
      'left for the next run (deferred). A message whose outcome is unknown (the connection lost',
      'after it went out, or the process stopped) is uncertain: reported, and not sent again unless',
      '--resend-uncertain. Nobody emailed less than 24 hours ago is emailed.',
      '',
      'Exit code 0 when every selected user was sent; 1 when some failed, were deferred or are',
      'uncertain (listed), or input rows were invalid; 2 when it could not start (a bad flag, an',
      'incomplete draft, a mail server it cannot reach or log in to).',
    ].join('\n'),
    options: {
      content: { type: 'string', value: 'DRAFT.json', help: "the org's draft: the content every email carries (required)" },
      journal: { ...JOURNAL_OPTION, help: 'the onboarding journal: who was emailed when, appended to as messages go out (required; created if missing)' },
      from: { type: 'string', value: 'ADDRESS', help: 'the sender, such as it@corp.example or "IT <it@corp.example>" (required)' },
      smtp: { type: 'string', value: 'URL', help: 'send through this server: smtp://HOST:PORT or smtps://HOST:PORT' },
      out: { type: 'string', value: 'DIR', help: 'write .eml files into this folder instead of sending' },
      'auto-send': { type: 'string', value: 'on|off', help: "the org's automatic activation emails setting (default: on, as Control Hub ships)" },
      meetings: SHARED_OPTIONS.meetings,
      lang: { type: 'string', value: 'en|fr', help: 'language of the emails and of this output (default: en)' },
      now: { type: 'string', value: 'ISO', help: 'the instant to plan reminders for and to record (default: the clock)' },
      only: ONLY_OPTION,
      yes: { type: 'boolean', help: 'send (or write) for real; without it, only show what would happen' },
      rate: { type: 'string', value: 'N', help: 'send at most N messages a minute' },
      'resend-uncertain': { type: 'boolean', help: 'send again to users whose last send has no known outcome' },
      ...USER_INPUT_OPTIONS,
    },
    examples: [
      {
        command: 'send users.csv --auto-send off --content draft.json --journal journal.ndjson --from it@corp.example --smtp smtp://mail.corp.example:587',
        does: 'who would get which email, and the first message: nothing is sent',
      },
      {
        command: 'send users.csv --auto-send off --content draft.json --journal journal.ndjson --from it@corp.example --smtp smtp://mail.corp.example:587 --yes --rate 60',
        does: 'send them, at most 60 a minute (credentials in SMTP_USER and SMTP_PASSWORD)',
      },
      {
        command: 'send users.csv --auto-send off --content draft.json --journal journal.ndjson --from it@corp.example --out outbox --yes --only ana@corp.example',
        does: "write Ana's email as outbox/ana@corp.example.activation.eml",
      },
      {
        command: 'send --sample --auto-send off --content draft.json --journal journal.ndjson --from it@corp.example --smtp smtp://127.0.0.1:2525 --lang fr --yes',
        does: 'the bundled sample org, in French, to the local test server (npm run mail-server)',
      },
    ],

    async run(args, context): Promise<ExitCode> {
      const path = singleInput(args, NAME);
      const contentPath = stringFlag(args, 'content', 'DRAFT.json, the draft every email is written from');
      const journalPath = stringFlag(args, 'journal', 'FILE, the onboarding journal (created if missing)');
      const senderText = stringFlag(args, 'from', 'ADDRESS, the sender');
      const sender = parseSender(senderText);
      if (typeof sender === 'string') throw new UsageError(escapeControlCharacters(`--from ${JSON.stringify(senderText)}: ${sender}`), NAME);
      const smtpText = optionalString(args, 'smtp');
      const outDir = optionalString(args, 'out');
      if ((smtpText === undefined) === (outDir === undefined)) {
        throw new UsageError('needs either --smtp URL (send through a mail server) or --out DIR (write .eml files), not both', NAME);
      }
      const smtp = smtpText === undefined ? undefined : smtpTargetOf(smtpText, context.env);
      const autoSend = onOff(args, 'auto-send', undefined, NAME);
      const meetingsIncluded = args.values.meetings === true;
      const locale: Locale = localeOf(args, NAME);
      const { now, given: nowGiven } = nowOf(args, dependencies.clock);
      const only = onlyOf(args);
      const rate = rateOf(args);
      const yes = args.values.yes === true;
      const resendUncertain = args.values['resend-uncertain'] === true;
      const words = LABELS[locale].send;
      const out = new BufferedWriter(context.stdout);
      const err = new BufferedWriter(context.stderr);

      const draft = await readJsonFile(contentPath, '--content', context, NAME);
      checkContent(draft, contentPath, meetingsIncluded);
      const journal = await readJournalFile(journalPath, NAME, { tornTail: 'skip' });
      const input = await openUserInput(path, args, context, NAME);
      const held = await holdInput(input.records);

      if (autoSend !== false) {
        await out.write(`${LABELS[locale].autoSend(autoSend)}\n${words.automatic}\n`);
        await out.flush();
        return EXIT_CODES.ok;
      }

      const selection = selectRecipients(held.values, {
        settings: settingsFrom(autoSend, args),
        now,
        history: journal.history,
        journal: journal.entries.map((line) => line.entry),
        ...(only === undefined ? {} : { only }),
        resendUncertain,
      });
      if (only !== undefined) {
        const unknown = [...only].filter((id) => !selection.ids.has(id));
        if (unknown.length > 0) {
          throw new UsageError(escapeControlCharacters(`--only ${unknown.map((id) => JSON.stringify(id)).join(', ')}: no such user in the input`), NAME);
        }
      }
      for (const item of selection.invalid) {
        const earlier = item.duplicateOf === undefined ? undefined : held.locate(item.duplicateOf);
        await reportInvalid(err, held.locate(item.index), item.historyIssues ?? held.unreadable(item.index) ?? item.issues, earlier);
      }
      await err.flush();

      const compose = (target: Target): MessageContent =>
        composeManualEmail(draft as ManualEmailDraft, { email: target.address }, { locale, email: target.email, meetingsIncluded });
      // Every email is written before anything goes out, so a user the composer refuses stops
      // nothing midway: they are listed, the others sent.
      const unwritable = new Map<string, string>();
      for (const target of selection.targets) {
        try {
          compose(target);
        } catch (error) {
          if (!(error instanceof PolicyInputError)) throw error;
          unwritable.set(target.userId, error.issues.map((issue) => describeIssue(issue)).join('; '));
        }
      }
      const targets = selection.targets.filter((target) => !unwritable.has(target.userId));
      const via = smtp === undefined ? words.into(outDir!) : words.through(smtp.display);

      const lines = [LABELS[locale].autoSend(autoSend), '', words.toSend(targets.length, via), ...targetLines(targets, words)];
      const skipped = selection.skipped;
      if (skipped.length > 0) {
        lines.push('', words.skipped(skipped.length));
        for (const skip of skipped) lines.push(`  ${skip.userId}: ${skipText(skip, words)}`);
      }
      for (const [userId, why] of unwritable) lines.push(`  ${userId}: ${words.outcomes.failed}: ${why}`);
      const needsAction = skipped.filter((skip) => ['uncertain', 'no-address', 'refused'].includes(skip.reason.why)).length;
      const troubled = selection.invalid.length > 0 || needsAction > 0 || unwritable.size > 0;

      if (!yes) {
        const [first] = targets;
        if (first !== undefined) lines.push('', words.first, '', messageText(sender, compose(first)));
        lines.push('', words.dryRun(smtp === undefined));
        await out.write(`${screen(lines)}\n`);
        await out.flush();
        return troubled ? EXIT_CODES.invalidInput : EXIT_CODES.ok;
      }

      if (smtp === undefined) {
        const dir = outDir!;
        await mkdir(dir, { recursive: true }).catch(() => {});
        const info = await stat(dir).catch(() => undefined);
        if (info === undefined || !info.isDirectory()) throw new UsageError(`--out ${dir}: cannot create this folder`, NAME);
        await out.write(`${screen(lines)}\n`);
        for (const target of targets) {
          const message = await buildMessage(sender, compose(target), dependencies.clock());
          await writeFileAtomically(dir, emlFileName(target.userId, target.email), message.raw);
        }
        await out.write(`\n${words.written(targets.length, dir)}\n`);
        await out.flush();
        return troubled ? EXIT_CODES.invalidInput : EXIT_CODES.ok;
      }

      await out.write(`${screen(lines)}\n`);
      await out.flush();
      let outcomes: SendOutcome[] = [];
      if (targets.length > 0) {
        const session = new SmtpSession(smtp, dependencies.tls === undefined ? {} : { tls: dependencies.tls });
        try {
          await session.connect();
        } catch (error) {
          if (error instanceof SmtpOpenError) throw new UsageError(error.message, NAME);
          throw error;
        }
        const appender = await openJournalAppender(journalPath, NAME);
        if (appender.repaired !== undefined) {
          await err.write(`${escapeControlCharacters(LABELS[locale].record.repaired(journalPath, appender.repaired.line))}\n`);
          await err.flush();
        }
        const progress = progressLine(context.stderr, words);
        // A first Ctrl-C lets the message on its way finish and stops there, so that none is left
        // uncertain; a second one stops at once.
        let interrupted: string | undefined;
        const signals = dependencies.signals ?? process;
        const onInterrupt = (): void => {
          interrupted = 'interrupted (Ctrl-C); left for the next run';
        };
        signals.once('SIGINT', onInterrupt);
        try {
          outcomes = await sendAll({
            targets,
            session,
            sender,
            compose,
            journal: appender,
            rate: new RateLimiter(rate, dependencies.timer),
            backoff: dependencies.backoff,
            timer: dependencies.timer,
            at: nowGiven ? () => now : () => dependencies.clock().toISOString(),
            date: dependencies.clock,
            progress,
            stopped: () => interrupted,
          });
        } finally {
          signals.removeListener('SIGINT', onInterrupt);
          progress.done();
          session.close();
          await appender.close();
        }
      }
      const counts: SendCounts = { sent: 0, failed: unwritable.size, deferred: 0, uncertain: 0 };
      const report: string[] = [];
      for (const outcome of outcomes) {
        counts[outcome.status] += 1;
        if (outcome.status !== 'sent') {
          report.push(`  ${outcome.target.userId}: ${words.outcomes[outcome.status]}: ${outcome.detail}`);
        }
      }
      counts.uncertain += skipped.filter((skip) => skip.reason.why === 'uncertain').length;
      const summary = words.summary(counts.sent, counts.failed, counts.deferred, counts.uncertain, skipped.length);
      const stale = outcomes.filter((outcome) => outcome.status !== 'failed' && outcome.target.staleHistory === true).length;
      await out.write(`${screen([...(report.length > 0 ? ['', ...report] : []), '', summary, ...(stale > 0 ? [words.stale(stale)] : [])])}\n`);
      await out.flush();
      const allSent = counts.failed + counts.deferred + counts.uncertain === 0 && !troubled;
      return allSent ? EXIT_CODES.ok : EXIT_CODES.invalidInput;
    },
  };
}

/** `send`, with the real clock and the default waits. */
export const sendCommand: Command = createSendCommand({ timer: REAL_TIMER, backoff: DEFAULT_BACKOFF_MS, clock: () => new Date() });
