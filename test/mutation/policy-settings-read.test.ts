// decide reads each setting once: plain settings are resolved by a fast path and, when it gives
// them up, by the full parser. A getter that counts its reads, or gives another value on its
// second read, tells whether a setting was read twice (the fast path's result thrown away and the
// full parser run as well).
import { describe, expect, it } from 'vitest';
import { decide, decideEach } from '../../src/index';

const newUser = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

/** Plain settings whose `autoSendActivationEmails` getter gives `values` in turn, counting reads. */
function changingSettings(values: readonly unknown[]) {
  const reads = { count: 0 };
  const settings = {
    get autoSendActivationEmails() {
      const value = values[Math.min(reads.count, values.length - 1)];
      reads.count += 1;
      return value;
    },
  };
  return { settings, reads };
}

describe('decide reads each setting once', () => {
  it('reads a plain setting given by a getter exactly once', () => {
    const { settings, reads } = changingSettings([false]);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(decide(settings as never, newUser).kind).toBe('manual-required');
    expect(reads.count).toBe(1);
  });

  it('decides on the value first read, never on what a second read would give', () => {
    const { settings, reads } = changingSettings([false, 'not a flag']);
    const decision = decide(settings as never, newUser);
    expect(decision.kind).toBe('manual-required');
    expect(decision.reasons).toContain('auto-send-off');
    expect(reads.count).toBe(1);
  });

  it('reads the settings of a batch once, not once per user', () => {
    const { settings, reads } = changingSettings([true]);
    const results = [...decideEach(settings as never, [newUser, { ...newUser, id: 'u2' }])];
    expect(results).toHaveLength(2);
    expect(reads.count).toBe(1);
  });
});
