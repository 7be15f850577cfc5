import { isIP } from 'node:net';

/** Where `--smtp` sends, and with which credentials; `redact` hides them from any text. */
export interface SmtpTarget {
  readonly host: string;
  readonly port: number;
  /** `smtps://`: TLS from the first byte. `smtp://` upgrades with STARTTLS whenever the server offers it. */
  readonly secure: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | undefined;
  /** The host is this machine (`localhost`, `127.0.0.0/8`, `::1`): the only place credentials may go unencrypted. */
  readonly loopback: boolean;
  /** The server as messages show it, never with credentials: `smtp://mail.example.com:587`. */
  readonly display: string;
  /** The text with every form of the credentials (plain, URL-encoded, base64 as AUTH sends them) replaced by `***`. */
  redact(text: string): string;
}

/** Why `--smtp` or the credentials cannot be used, already free of the credentials. */
export class SmtpUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmtpUrlError';
  }
}

const DEFAULT_PORTS = { 'smtp:': 587, 'smtps:': 465 } as const;

/** `localhost`, any `127.x.y.z`, `::1`: the host is this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
  return false;
}

function secretsOf(auth: SmtpTarget['auth'], typed: readonly string[]): string[] {
  if (auth === undefined) return [];
  // The credentials as typed in the URL too (`%21` for `!`), which may differ from encodeURIComponent's.
  const forms = new Set<string>(typed);
  const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  for (const secret of [auth.user, auth.pass]) {
    if (secret === '') continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(base64(secret));
  }
  // AUTH PLAIN sends both in one base64 token.
  forms.add(base64(`\u0000${auth.user}\u0000${auth.pass}`));
  // Longest first, so that a secret inside another is not replaced before the longer one.
  return [...forms].filter((form) => form !== '').sort((a, b) => b.length - a.length);
}

function redactor(auth: SmtpTarget['auth'], typed: readonly string[]): (text: string) => string {
  const secrets = secretsOf(auth, typed);
  return (text) => {
    let result = text;
    for (const secret of secrets) result = result.split(secret).join('***');
    return result;
  };
}

/**
 * Reads `--smtp smtp://HOST[:PORT]` or `smtps://HOST[:PORT]`, with credentials in the URL
 * (`smtp://USER:PASSWORD@HOST`) or in `SMTP_USER` and `SMTP_PASSWORD`. Nothing it throws
 * quotes the URL as typed: it may hold a password.
 */
export function parseSmtpUrl(text: string, env: Readonly<Record<string, string | undefined>>): SmtpTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SmtpUrlError('--smtp takes a URL such as smtp://mail.example.com:587 or smtps://mail.example.com:465');
  }
  const protocol = url.protocol;
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new SmtpUrlError(`--smtp takes an smtp:// or smtps:// URL, not ${protocol}//`);
  }
  if (url.hostname === '') throw new SmtpUrlError('--smtp names no host, as in smtp://mail.example.com:587');
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') {
    throw new SmtpUrlError('--smtp takes only a scheme, credentials, a host and a port (no path, query or fragment)');
  }
  const port = url.port === '' ? DEFAULT_PORTS[protocol] : Number(url.port);
  let user: string;
  let pass: string;
  try {
    user = decodeURIComponent(url.username);
    pass = decodeURIComponent(url.password);
  } catch {
    throw new SmtpUrlError('--smtp: the credentials in the URL are not valid percent-encoding');
  }
  if (user === '') user = env.SMTP_USER ?? '';
  if (pass === '') pass = env.SMTP_PASSWORD ?? '';
  const auth = user === '' && pass === '' ? undefined : { user, pass };
  if (auth !== undefined && (user === '' || pass === '')) {
    throw new SmtpUrlError(
      user === '' ? 'a password was given but no user name (in the URL or SMTP_USER)' : 'a user name was given but no password (in the URL or SMTP_PASSWORD)',
    );
  }
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const display = `${protocol}//${url.hostname}:${port}`;
  return { host, port, secure: protocol === 'smtps:', auth, loopback: isLoopbackHost(host), display, redact: redactor(auth, [url.username, url.password]) };
}
