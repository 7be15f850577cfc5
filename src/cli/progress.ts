import type { OutputStream } from './context';

const EVERY_MS = 200;

/**
 * A progress line on standard error, redrawn in place a few times a second, for a person
 * waiting at a terminal. When standard error is not a terminal (a log file, CI), nothing is
 * written: the line would only be noise there.
 */
export class Progress {
  private last = 0;
  private shown = false;
  private readonly enabled: boolean;

  constructor(
    private readonly stream: OutputStream,
    private readonly text: (read: number, invalid: number) => string,
  ) {
    this.enabled = stream.isTTY === true;
  }

  tick(read: number, invalid: number): void {
    if (!this.enabled || (read & 1023) !== 0) return;
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\u001b[K${this.text(read, invalid)}`);
  }

  /** Erases the line, so that the summary and any report start on a clean line. */
  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
  }
}
