import type { JournalEntry } from '../../journal/index';
import { deliver } from './deliver';
import { buildMessage, type BuiltMessage, type MessageContent, type Sender } from './message';
import type { RateLimiter, Timer } from './pace';
import type { Target } from './select';
import type { SmtpSession } from './smtp-session';

/** What became of one selected user's email this run. */
export interface SendOutcome {
  readonly target: Target;
  readonly status: 'sent' | 'failed' | 'deferred' | 'uncertain';
  /** The server's reply, or why there was none. */
  readonly detail: string;
}

/** The counts of a run so far, for the progress line and the summary. */
export type SendCounts = Record<SendOutcome['status'], number>;

export interface SendRun {
  readonly targets: readonly Target[];
  readonly session: SmtpSession;
  readonly sender: Sender;
  /** The email of one target; throws when it cannot be written for that user. */
  readonly compose: (target: Target) => MessageContent;
  /** Appends entries in order, every line whole, all on disk when it resolves (one sync for the lot). */
  readonly journal: { appendAll(entries: Iterable<JournalEntry>): Promise<void> };
  readonly rate: RateLimiter;
  readonly backoff: readonly number[];
  readonly timer: Timer;
  /** The instant a journal entry is written at (`--now`, or the clock). */
  readonly at: () => string;
  /** The Date header of the messages. */
  readonly date: () => Date;
  readonly progress?: (done: number, total: number, counts: SendCounts) => void;
  /** Asked before each message: a reason to stop (Ctrl-C) leaves the rest for the next run. */
  readonly stopped?: () => string | undefined;
}

/**
 * Sends each target's email in turn, keeping the journal one step ahead of the server: a
 * `sending` entry (on disk) before the message goes out, then `sent` with its Message-ID once
 * the server accepted it, or `failed` with the server's reply once it refused it, for good (5xx)
 * or for now (4xx, or the connection lost before the message went out, after every retry: the
 * reply says which, and the next run tries again). A message that may have reached the server
 * keeps its lone `sending` entry: the next run reports it as uncertain and does not send it again.
 * If the process dies anywhere, the journal holds no `sent` the server did not accept.
 */
export async function sendAll(run: SendRun): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = [];
  const counts: SendCounts = { sent: 0, failed: 0, deferred: 0, uncertain: 0 };
  const total = run.targets.length;
  const record = (outcome: SendOutcome): void => {
    outcomes.push(outcome);
    counts[outcome.status] += 1;
    run.progress?.(outcomes.length, total, counts);
  };
  // A message's outcome line goes to disk in the same write-and-sync as the next message's
  // `sending` line: one disk sync per message instead of two, and the `sending` line is still on
  // disk before its message goes out. Under --rate the outcome is written at once, rather than
  // held over the wait.
  let pending: JournalEntry[] = [];
  const flush = async (more: readonly JournalEntry[] = []): Promise<void> => {
    const entries = [...pending, ...more];
    pending = [];
    if (entries.length > 0) await run.journal.appendAll(entries);
  };
  const outcome = async (entry: JournalEntry): Promise<void> => {
    pending.push(entry);
    if (run.rate.paced) await flush();
  };
  // The next message is built while the current one is on its way.
  const prepare = (target: Target | undefined): Promise<{ message?: BuiltMessage; error?: string }> | undefined => {
    if (target === undefined) return undefined;
    return (async () => {
      try {
        return { message: await buildMessage(run.sender, run.compose(target), run.date()) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
  let halted: string | undefined;
  let next = prepare(run.targets[0]);
  try {
    for (let index = 0; index < total; index += 1) {
      const target = run.targets[index]!;
      const built = (await next)!;
      next = halted === undefined ? prepare(run.targets[index + 1]) : undefined;
      halted ??= run.stopped?.();
      if (halted !== undefined) {
        record({ target, status: 'deferred', detail: `not tried: ${halted}` });
        continue;
      }
      if (built.message === undefined) {
        record({ target, status: 'failed', detail: built.error ?? 'could not be written' });
        continue;
      }
      const message = built.message;
      if (run.rate.paced) await flush();
      await run.rate.take();
      const { userId, email } = target;
      const before: JournalEntry[] = target.invitedAt === undefined ? [] : [{ userId, at: target.invitedAt, email: 'activation' }];
      await flush([...before, { userId, at: run.at(), email, status: 'sending' }]);
      const delivery = await deliver(run.session, run.sender.address, target.address, message.raw, run.backoff, run.timer);
      switch (delivery.status) {
        case 'sent':
          await outcome({ userId, at: run.at(), email, status: 'sent', messageId: message.messageId, reply: delivery.reply });
          record({ target, status: 'sent', detail: delivery.reply });
          break;
        case 'failed':
          await outcome({ userId, at: run.at(), email, status: 'failed', reply: delivery.reply });
          record({ target, status: 'failed', detail: delivery.reply });
          break;
        case 'deferred':
          await outcome({ userId, at: run.at(), email, status: 'failed', reply: delivery.reply });
          record({ target, status: 'deferred', detail: delivery.reply });
          break;
        case 'halted':
          // Nothing went out: the session could not even be opened again.
          await outcome({ userId, at: run.at(), email, status: 'failed', reply: delivery.reason });
          halted = delivery.reason;
          record({ target, status: 'deferred', detail: delivery.reason });
          break;
        case 'uncertain':
          record({ target, status: 'uncertain', detail: delivery.reason });
          break;
      }
    }
  } finally {
    await flush();
  }
  return outcomes;
}
