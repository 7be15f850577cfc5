// `npm run mail-server [-- --port 2525 --dir mail-received]`: a local SMTP server for trying
// `send` without a real mail server. It listens on 127.0.0.1 only, takes every message (no login,
// no STARTTLS: nothing leaves this machine), prints one line per message and saves each as an
// .eml file in --dir. Stop it with Ctrl-C. For tests and demos only: it delivers nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '2525' },
    dir: { type: 'string', default: 'mail-received' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('Usage: npm run mail-server [-- --port 2525 --dir mail-received]\n');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port takes a port number, not ${JSON.stringify(values.port)}\n`);
  process.exit(2);
}
const dir = resolve(values.dir);
mkdirSync(dir, { recursive: true });

let count = 0;
const server = new SMTPServer({
  logger: false,
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  size: 25 * 1024 * 1024,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', async () => {
      count += 1;
      const raw = Buffer.concat(chunks);
      const file = join(dir, `${String(count).padStart(6, '0')}.eml`);
      writeFileSync(file, raw);
      const to = session.envelope.rcptTo.map((address) => address.address).join(', ');
      let subject = '';
      try {
        subject = (await simpleParser(raw)).subject ?? '';
      } catch {
        subject = '(unreadable)';
      }
      process.stdout.write(`${count}  ${to}  ${JSON.stringify(subject)}  ${file}\n`);
      callback(null, `Saved as ${String(count).padStart(6, '0')}.eml`);
    });
  },
});
server.on('error', (error) => process.stderr.write(`mail server: ${error.message}\n`));
server.listen(port, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`Listening on smtp://127.0.0.1:${address.port}, saving messages in ${dir} (Ctrl-C to stop)\n`);
});
const stop = () => {
  server.close(() => process.exit(0));
  // A client still connected would hold the close for its timeout: a demo server need not wait.
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
