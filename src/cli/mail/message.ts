import MailComposer from 'nodemailer/lib/mail-composer';
import addressparser from 'nodemailer/lib/addressparser';
import { isEmailAddress } from './address';

/** The sender of every message: the address the envelope uses, and the header as written. */
export interface Sender {
  readonly address: string;
  readonly name: string | undefined;
}

/**
 * Reads `--from`: one address, bare (`it@corp.example`) or with a display name
 * (`IT Onboarding <it@corp.example>`). Returns why not as a string, so the caller words the error.
 */
export function parseSender(text: string): Sender | string {
  if (/[\r\n]/.test(text)) return 'must be one line';
  const parsed = addressparser(text, { flatten: true });
  if (parsed.length !== 1) return `must be one address, such as it@corp.example or "IT <it@corp.example>"`;
  const [only] = parsed;
  if (only === undefined || !isEmailAddress(only.address)) return 'must be an email address, such as it@corp.example or "IT <it@corp.example>"';
  return { address: only.address, name: only.name === '' ? undefined : only.name };
}

/** One message ready for the wire or a file: RFC 5322 bytes and the Message-ID they carry. */
export interface BuiltMessage {
  readonly messageId: string;
  readonly raw: Buffer;
}

/** What a message says; `to` is a bare address, `subject` one line (the composer guarantees both). */
export interface MessageContent {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * Builds the message with nodemailer's composer: multipart/alternative, a UTF-8 text part and a
 * UTF-8 HTML part, a fresh Message-ID on the sender's domain, the Date of `date`.
 */
export async function buildMessage(sender: Sender, content: MessageContent, date: Date): Promise<BuiltMessage> {
  const node = new MailComposer({
    from: sender.name === undefined ? sender.address : { name: sender.name, address: sender.address },
    to: content.to,
    subject: content.subject,
    text: content.text,
    html: content.html,
    date,
    textEncoding: 'quoted-printable',
  }).compile();
  const messageId = node.messageId();
  return { messageId, raw: await node.build() };
}
