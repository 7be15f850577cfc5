// A real SMTP server (the `smtp-server` package) on a loopback port, in the test process, with
// hooks to inject the faults a mail server produces; what it accepted is read back with mailparser.
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** A key and a self-signed certificate for localhost and 127.0.0.1, for tests only (valid to 2126). */
export const LOOPBACK_TLS = {
  key: readFileSync(join(__dirname, 'fixtures', 'loopback-key.pem'), 'utf8'),
  cert: readFileSync(join(__dirname, 'fixtures', 'loopback-cert.pem'), 'utf8'),
};

/** A message the server accepted (a 250 reply to the end of its data). */
export interface Received {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: Buffer;
}

/** What the server does with one message; by default it accepts. */
export type Verdict =
  | 'accept'
  /** Reads the whole message, then cuts the connection without a reply: the client cannot know. */
  | 'drop-after-data'
  | { readonly code: number; readonly message: string };

export interface MailServerHooks {
  /** Before MAIL FROM of the `n`th transaction (1-based, over all connections): `'drop'` cuts the connection there. */
  readonly onMailFrom?: (n: number) => 'drop' | { readonly code: number; readonly message: string } | undefined;
  /** A recipient: a reply refuses it. */
  readonly onRcptTo?: (address: string) => { readonly code: number; readonly message: string } | undefined;
  /** The `n`th message whose data arrived (1-based), to `to`. */
  readonly onMessage?: (n: number, to: readonly string[]) => Verdict;
}

export interface MailServerOptions {
  readonly hooks?: MailServerHooks;
  /** Require a login with these credentials. */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** Offer STARTTLS with this key and certificate (otherwise STARTTLS is not offered). */
  readonly tls?: { readonly key: string; readonly cert: string };
  /** With `tls`: TLS from the first byte (smtps://) instead of STARTTLS. */
  readonly implicitTls?: boolean;
}

export interface MailServer {
  readonly port: number;
  readonly url: string;
  /** Every accepted message, in order. */
  readonly received: Received[];
  /** Messages whose data arrived, accepted or not. */
  readonly dataCount: () => number;
  /** Connections opened so far, and how many were encrypted when the client logged in. */
  readonly logins: { secure: boolean; user: string }[];
  readonly connections: () => number;
  parse(message: Received): Promise<ParsedMail>;
  /** The number of accepted messages per recipient address. */
  perRecipient(): Map<string, number>;
  close(): Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

export async function startMailServer(options: MailServerOptions = {}): Promise<MailServer> {
  const hooks = options.hooks ?? {};
  const received: Received[] = [];
  const logins: { secure: boolean; user: string }[] = [];
  const sockets = new Set<Socket>();
  let transactions = 0;
  let data = 0;
  let connections = 0;

  const cut = (session: SMTPServerSession): void => {
    for (const socket of sockets) if (socket.remotePort === session.remotePort) socket.destroy();
  };

  const server = new SMTPServer({
    logger: false,
    disabledCommands: options.tls === undefined || options.implicitTls === true ? ['STARTTLS'] : [],
    secure: options.implicitTls === true,
    ...(options.tls === undefined ? {} : { key: options.tls.key, cert: options.tls.cert }),
    authOptional: options.auth === undefined,
    allowInsecureAuth: true,
    size: 10 * 1024 * 1024,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onAuth(auth, session, callback) {
      logins.push({ secure: session.secure, user: String(auth.username) });
      if (options.auth !== undefined && auth.username === options.auth.user && auth.password === options.auth.pass) {
        callback(null, { user: auth.username });
      } else callback(smtpError(535, 'Authentication failed'));
    },
    onMailFrom(_address, session, callback) {
      transactions += 1;
      const verdict = hooks.onMailFrom?.(transactions);
      if (verdict === 'drop') {
        cut(session);
        return;
      }
      callback(verdict === undefined ? null : smtpError(verdict.code, verdict.message));
    },
    onRcptTo(address, _session, callback) {
      const verdict = hooks.onRcptTo?.(address.address);
      callback(verdict === undefined ? null : smtpError(verdict.code, verdict.message));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        data += 1;
        const to = session.envelope.rcptTo.map((address) => address.address);
        const verdict = hooks.onMessage?.(data, to) ?? 'accept';
        if (verdict === 'drop-after-data') {
          cut(session);
          return;
        }
        if (verdict !== 'accept') {
          callback(smtpError(verdict.code, verdict.message));
          return;
        }
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        received.push({ from, to, raw: Buffer.concat(chunks) });
        callback(null, `OK queued as Q${received.length}`);
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    logins,
    dataCount: () => data,
    connections: () => connections,
    parse: (message) => simpleParser(message.raw),
    perRecipient() {
      const counts = new Map<string, number>();
      for (const message of received) for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
      return counts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
