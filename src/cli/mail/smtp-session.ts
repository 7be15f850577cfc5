import { Readable } from 'node:stream';
import type { ConnectionOptions } from 'node:tls';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { SmtpTarget } from './smtp-url';

/**
 * What one try at one message came to.
 * - `accepted`: the server took it (a 2xx reply to the end of the data).
 * - `refused`: the server answered no; `permanent` for a 5xx reply, else a 4xx (try later).
 * - `lost`: the connection failed with no reply. `afterData` says the message had started to go
 *   out: the server may then have taken it, so sending it again could deliver it twice.
 */
export type Attempt =
  | { readonly kind: 'accepted'; readonly reply: string }
  | { readonly kind: 'refused'; readonly permanent: boolean; readonly reply: string }
  | { readonly kind: 'lost'; readonly afterData: boolean; readonly reason: string };

/** The session could not be set up (connect, TLS, login); the message is free of credentials. */
export class SmtpOpenError extends Error {
  /** A 5xx reply or a refusal on our side (no TLS for credentials, bad login): trying again will not help. */
  readonly permanent: boolean;

  constructor(message: string, permanent: boolean) {
    super(message);
    this.name = 'SmtpOpenError';
    this.permanent = permanent;
  }
}

export interface SessionOptions {
  /** Extra TLS settings (a test's own certificate authority). Certificates are always verified. */
  readonly tls?: ConnectionOptions;
  /** Milliseconds to wait for the connection, the greeting and each reply (default 30 s, 30 s, 120 s). */
  readonly timeouts?: { readonly connection?: number; readonly greeting?: number; readonly socket?: number };
}

interface ErrorLike {
  readonly message?: unknown;
  readonly responseCode?: unknown;
  readonly response?: unknown;
  readonly code?: unknown;
}

function describe(error: unknown): ErrorLike {
  return typeof error === 'object' && error !== null ? (error as ErrorLike) : { message: String(error) };
}

/**
 * One SMTP session with the admin's server, kept open from message to message, built on
 * nodemailer's own SMTP client (`SMTPConnection`). The pooled transport would hide the one thing
 * "never twice" needs: whether a message had started to go out when a connection failed. Here the
 * message body is a stream that the client reads only once the server has said "go ahead"
 * (354) to DATA, so a failure before that first read is safe to retry, and one after it is not.
 *
 * STARTTLS is used whenever the server offers it. Credentials go only over an encrypted
 * connection (TLS from the start, or after STARTTLS), unless the server is on this machine.
 */
export class SmtpSession {
  private connection: SMTPConnection | undefined;

  constructor(
    readonly target: SmtpTarget,
    private readonly options: SessionOptions = {},
  ) {}

  get open(): boolean {
    return this.connection !== undefined;
  }

  /** Connects, upgrades with STARTTLS when offered, logs in when there are credentials. */
  async connect(): Promise<void> {
    if (this.connection !== undefined) return;
    const { target } = this;
    const credentialsNeedTls = target.auth !== undefined && !target.loopback;
    const timeouts = this.options.timeouts ?? {};
    const connection = new SMTPConnection({
      host: target.host,
      port: target.port,
      secure: target.secure,
      // Off the local machine, a server that offers no STARTTLS must not get the credentials.
      requireTLS: credentialsNeedTls && !target.secure,
      connectionTimeout: timeouts.connection ?? 30_000,
      greetingTimeout: timeouts.greeting ?? 30_000,
      socketTimeout: timeouts.socket ?? 120_000,
      socketCloseTimeout: 1_000,
      logger: false,
      ...(this.options.tls === undefined ? {} : { tls: this.options.tls }),
    });
    // A connection may fail between messages (the server's idle timeout): it is simply dropped,
    // and the next message opens a new one.
    connection.on('error', () => this.forget(connection));
    connection.on('end', () => this.forget(connection));
    try {
      await new Promise<void>((resolve, reject) => {
        connection.once('error', reject);
        connection.connect(() => {
          connection.removeListener('error', reject);
          resolve();
        });
      });
    } catch (error) {
      connection.close();
      throw this.openError('could not connect to', error);
    }
    if (target.auth !== undefined) {
      if (!connection.secure && !target.loopback) {
        connection.close();
        throw new SmtpOpenError(
          `${target.display} offers no encryption (neither smtps:// nor STARTTLS): the credentials are not sent over an unencrypted connection`,
          true,
        );
      }
      try {
        await new Promise<void>((resolve, reject) => {
          connection.login({ credentials: { user: target.auth!.user, pass: target.auth!.pass } }, (error) => (error ? reject(error) : resolve()));
        });
      } catch (error) {
        connection.close();
        throw this.openError('could not log in to', error);
      }
    }
    this.connection = connection;
  }

  /** Tries one message once, on the open session (connect first). */
  async send(from: string, to: string, raw: Buffer): Promise<Attempt> {
    const connection = this.connection;
    if (connection === undefined) return { kind: 'lost', afterData: false, reason: 'not connected' };
    let dataStarted = false;
    const body = new Readable({
      read() {
        dataStarted = true;
        this.push(raw);
        this.push(null);
      },
    });
    return new Promise<Attempt>((resolve) => {
      connection.send({ from, to: [to] }, body, (error, info) => {
        if (!error) {
          resolve({ kind: 'accepted', reply: this.target.redact(String(info.response)) });
          return;
        }
        // After any failure the session is dropped: the next try starts from a clean connection.
        this.drop();
        const details = describe(error);
        const code = typeof details.responseCode === 'number' ? details.responseCode : undefined;
        if (code !== undefined && code >= 400 && code < 600) {
          const reply = typeof details.response === 'string' ? details.response : String(details.message);
          resolve({ kind: 'refused', permanent: code >= 500, reply: this.target.redact(reply) });
          return;
        }
        if (details.code === 'EENVELOPE' && !dataStarted) {
          // Refused on our side before anything went out (an address the client will not send to).
          resolve({ kind: 'refused', permanent: true, reply: this.target.redact(String(details.message)) });
          return;
        }
        resolve({ kind: 'lost', afterData: dataStarted, reason: this.target.redact(String(details.message)) });
      });
    });
  }

  /** Ends the session politely (QUIT). */
  close(): void {
    const connection = this.connection;
    this.connection = undefined;
    connection?.quit();
  }

  private drop(): void {
    const connection = this.connection;
    this.connection = undefined;
    connection?.close();
  }

  private forget(connection: SMTPConnection): void {
    if (this.connection === connection) this.connection = undefined;
  }

  private openError(what: string, error: unknown): SmtpOpenError {
    const details = describe(error);
    const code = typeof details.responseCode === 'number' ? details.responseCode : undefined;
    // A certificate that cannot be verified stays so: trying again will not help.
    const certificate = /CERT|SELF_SIGNED|UNABLE_TO_(?:VERIFY|GET_ISSUER)/.test(String((error as { originalCode?: unknown }).originalCode ?? details.code));
    const permanent = (code !== undefined && code >= 500) || details.code === 'EAUTH' || details.code === 'ETLS' || certificate;
    const reason = certificate ? `the server's certificate cannot be verified (${String(details.message)})` : String(details.message);
    return new SmtpOpenError(`${what} ${this.target.display}: ${this.target.redact(reason)}`, permanent);
  }
}
