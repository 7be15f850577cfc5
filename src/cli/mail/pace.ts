/** The clock and the waiting a send run uses; tests hand in their own. */
export interface Timer {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_TIMER: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * `--rate N`: at most N messages a minute, spaced evenly (one every 60/N seconds) rather than
 * in bursts, since a server that limits a sender per minute usually counts over a sliding window.
 */
export class RateLimiter {
  private next = Number.NEGATIVE_INFINITY;
  private readonly spacing: number;

  constructor(
    perMinute: number | undefined,
    private readonly timer: Timer,
  ) {
    this.spacing = perMinute === undefined ? 0 : 60_000 / perMinute;
  }

  /** True when messages are spaced (a rate was given). */
  get paced(): boolean {
    return this.spacing !== 0;
  }

  /** Waits until the next message may start, and counts it as started. */
  async take(): Promise<void> {
    if (this.spacing === 0) return;
    const now = this.timer.now();
    if (now < this.next) await this.timer.sleep(this.next - now);
    this.next = Math.max(now, this.next) + this.spacing;
  }
}

/** Waits between the tries of one message after a temporary failure: 1 s, then 4 s, then 15 s. */
export const DEFAULT_BACKOFF_MS: readonly number[] = [1_000, 4_000, 15_000];
