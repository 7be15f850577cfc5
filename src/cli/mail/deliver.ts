import type { Timer } from './pace';
import { SmtpOpenError, type SmtpSession } from './smtp-session';

/**
 * What became of one message after every try.
 * - `sent`: accepted by the server.
 * - `failed`: refused for good (a 5xx reply); the reply says why.
 * - `deferred`: refused for now (4xx) or the connection failed before the message went out,
 *   every try; nothing was delivered, the next run tries again.
 * - `uncertain`: the connection failed after the message started to go out; the server may
 *   have it. Never tried again here.
 * - `halted`: the session could not be opened again, for good (a bad login, no TLS): stop the run.
 */
export type Delivery =
  | { readonly status: 'sent'; readonly reply: string; readonly tries: number }
  | { readonly status: 'failed'; readonly reply: string; readonly tries: number }
  | { readonly status: 'deferred'; readonly reply: string; readonly tries: number }
  | { readonly status: 'uncertain'; readonly reason: string; readonly tries: number }
  | { readonly status: 'halted'; readonly reason: string; readonly tries: number };

/**
 * Sends one message through the session, trying again after a temporary refusal or a
 * connection lost before the message went out, with the waits of `backoff` between tries
 * (one try more than waits). A message that may have reached the server is never sent again.
 */
export async function deliver(
  session: SmtpSession,
  from: string,
  to: string,
  raw: Buffer,
  backoff: readonly number[],
  timer: Timer,
): Promise<Delivery> {
  let lastReply = '';
  for (let tries = 1; ; tries += 1) {
    try {
      await session.connect();
    } catch (error) {
      const open = error instanceof SmtpOpenError ? error : new SmtpOpenError(String(error), false);
      if (open.permanent) return { status: 'halted', reason: open.message, tries };
      lastReply = open.message;
      const wait = backoff[tries - 1];
      if (wait === undefined) return { status: 'deferred', reply: lastReply, tries };
      await timer.sleep(wait);
      continue;
    }
    const attempt = await session.send(from, to, raw);
    if (attempt.kind === 'accepted') return { status: 'sent', reply: attempt.reply, tries };
    if (attempt.kind === 'refused' && attempt.permanent) return { status: 'failed', reply: attempt.reply, tries };
    if (attempt.kind === 'lost' && attempt.afterData) return { status: 'uncertain', reason: attempt.reason, tries };
    lastReply = attempt.kind === 'refused' ? attempt.reply : attempt.reason;
    const wait = backoff[tries - 1];
    if (wait === undefined) return { status: 'deferred', reply: lastReply, tries };
    await timer.sleep(wait);
  }
}
