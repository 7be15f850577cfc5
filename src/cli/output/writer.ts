import type { OutputStream } from '../context';

const FLUSH_AT = 64 * 1024;

/** From this length on, a batch is encoded here rather than by the stream (see `encoded`). */
const ENCODE_FROM = 4096;

/** The buffer that batches of rows written as bytes (`row`) are cut from, one after the other. */
const SLAB_BYTES = 1024 * 1024;

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
 *
 * Rows can also be written as bytes (`row`): the cells of a row are copied as UTF-8 straight into
 * the batch, around bytes encoded once (the cells a csv plan's rule shares), so that no string is
 * built per row, and the batch goes out with no conversion at all. Batches of bytes are cut one
 * after the other from a buffer of 1 MiB (the stream keeps each until it is written, so none is
 * reused), rather than allocated one by one. Text and rows keep their order.
 */
export class BufferedWriter {
  private buffer = '';
  private closed = false;
  /** Where rows are written as bytes: the batch is `slab[start..used)`; text waits in `buffer` only while it is empty. */
  private slab: Buffer | undefined;
  private start = 0;
  private used = 0;

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
    const wait = this.push(text);
    if (wait !== undefined) await wait;
  }

  /**
   * `write` for the per-user path: adds the text, and only when a batch is due returns the flush
   * to wait for (`undefined` otherwise), so that a million rows do not make a million promises.
   */
  push(text: string): Promise<void> | undefined {
    if (this.used > this.start) {
      // After rows written as bytes: the text joins their batch, to keep the order.
      this.room(text.length * 3);
      this.put(text);
      return this.used - this.start >= FLUSH_AT ? this.flush() : undefined;
    }
    this.buffer += text;
    return this.buffer.length >= FLUSH_AT ? this.flush() : undefined;
  }

  /**
   * `push` of the row `${first}${middle}${last}\n`, where `middle` is the UTF-8 bytes of some
   * text: the same bytes, with no string built for the row.
   */
  row(first: string, middle: Uint8Array, last: string): Promise<void> | undefined {
    this.room((first.length + last.length) * 3 + middle.length + 1);
    const slab = this.slab!;
    this.put(first);
    slab.set(middle, this.used);
    this.used += middle.length;
    this.put(last);
    slab[this.used] = 10;
    this.used += 1;
    return this.used - this.start >= FLUSH_AT ? this.flush() : undefined;
  }

  /** Makes room for `size` more bytes in the batch, after any text written before it. */
  private room(size: number): void {
    const waiting = this.buffer;
    const needed = waiting === '' ? size : waiting.length * 3 + size;
    if (this.slab === undefined || this.used + needed > this.slab.length) {
      // The batch so far moves to a new slab: the old one keeps only what was sent from it.
      const batch = this.slab === undefined ? undefined : this.slab.subarray(this.start, this.used);
      this.slab = Buffer.allocUnsafe(Math.max(SLAB_BYTES, needed + (batch?.length ?? 0)));
      this.start = 0;
      this.used = 0;
      if (batch !== undefined && batch.length > 0) {
        this.slab.set(batch, 0);
        this.used = batch.length;
      }
    }
    if (waiting !== '') {
      this.buffer = '';
      this.put(waiting);
    }
  }

  /** Copies the UTF-8 bytes of `text` into the slab, which has room for 3 bytes per unit. */
  private put(text: string): void {
    const slab = this.slab!;
    let at = this.used;
    for (let k = 0; k < text.length; k += 1) {
      const unit = text.charCodeAt(k);
      if (unit >= 0x80) {
        // Letters beyond ASCII (and lone surrogates) as Buffer's own conversion writes them.
        this.used += slab.write(text, this.used, 'utf8');
        return;
      }
      slab[at] = unit;
      at += 1;
    }
    this.used = at;
  }

  async flush(): Promise<void> {
    let chunk: string | Buffer;
    if (this.used > this.start) {
      chunk = this.slab!.subarray(this.start, this.used);
      this.start = this.used;
    } else {
      chunk = this.buffer.length < ENCODE_FROM ? this.buffer : encoded(this.buffer);
    }
    this.buffer = '';
    if (chunk.length === 0 || this.closed) return;
    if (!this.stream.write(chunk)) {
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
