import type { OutputStream } from '../context';

const FLUSH_AT = 64 * 1024;

/** From this length on, a batch is encoded here rather than by the stream (see `encoded`). */
const ENCODE_FROM = 4096;

/**
 * The UTF-8 bytes of a batch of text, written into a buffer of the greatest size they can take
 * (3 bytes per UTF-16 unit; a pair of units makes 4), in one pass: the same bytes as the stream's
 * own conversion (`Buffer.from`, lone surrogates included), which measures the text first, then
 * allocates and writes it, and took a tenth of a million-row plan's time.
 */
function encoded(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(text.length * 3);
  return bytes.subarray(0, bytes.write(text, 0, 'utf8'));
}

/**
 * Writes text to a stream in batches of about 64 KiB, waiting when the stream asks to (so a slow
 * pipe holds memory flat), and stops quietly when the reader goes away (`| head`).
 */
export class BufferedWriter {
  private buffer = '';
  private closed = false;

  constructor(private readonly stream: OutputStream) {
    // EPIPE (the reader closed the pipe) and any other write failure end the output; the
    // command's exit code still tells the script what happened.
    stream.on('error', () => {
      this.closed = true;
    });
  }

  /** True once the reader has gone; the command can stop producing output. */
  get readerGone(): boolean {
    return this.closed;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  /**
   * `write` for the per-user path: adds the text, and only when a batch is due returns the flush
   * to wait for (`undefined` otherwise), so that a million rows do not make a million promises.
   */
  push(text: string): Promise<void> | undefined {
    this.buffer += text;
    return this.buffer.length >= FLUSH_AT ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.buffer === '' || this.closed) {
      this.buffer = '';
      return;
    }
    const text = this.buffer;
    this.buffer = '';
    if (!this.stream.write(text.length < ENCODE_FROM ? text : encoded(text))) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.removeListener('drain', done);
          this.stream.removeListener('close', done);
          this.stream.removeListener('error', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('close', done);
        this.stream.once('error', done);
      });
    }
  }
}
