// The benchmark's ratios mean something only if its references do the same work as the package:
// the hand-written baseline must accept and refuse exactly the inputs `decide` accepts and
// refuses, and give the same decision; json-rules-engine must encode the same rule table.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { baselineDecide } from '../../bench/baseline.mjs';
import { makeMixedInputs } from '../../bench/inputs.mjs';
import { createEngine, engineDecide } from '../../bench/json-rules-engine.mjs';
import { decide } from '../../src/index';
import { arbDecisionInput, arbInvalidUserSnapshot, arbOrgSettings } from '../../src/testing/index';

function attempt(run: () => unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: run() };
  } catch {
    return { ok: false };
  }
}

describe('the benchmark references', () => {
  it('the baseline gives the decision decide gives, for every valid input', () => {
    fc.assert(
      fc.property(arbDecisionInput(), ({ settings, user }) => {
        expect(baselineDecide(settings, user)).toStrictEqual(decide(settings, user));
      }),
      { numRuns: 2000 },
    );
  });

  it('the baseline refuses every snapshot decide refuses, and nothing else', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbInvalidUserSnapshot(), (settings, { value }) => {
        expect(attempt(() => baselineDecide(settings, value)).ok).toBe(false);
        expect(attempt(() => decide(settings, value as never)).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('the baseline refuses the settings decide refuses', () => {
    for (const settings of [null, [], 'on', { autoSendActivationEmails: 'false' }, { meetingsIncluded: 1 }, { autoSendActivationEmail: false }]) {
      const user = { id: 'u1', license: 'paid', hasSignedIn: false } as const;
      expect(attempt(() => baselineDecide(settings, user)).ok).toBe(false);
      expect(attempt(() => decide(settings as never, user)).ok).toBe(false);
    }
  });

  it('the baseline accepts and refuses exactly what decide does on the mixed inputs the bench checks', () => {
    let refused = 0;
    for (const { settings, user } of makeMixedInputs(3_000, 5)) {
      const expected = attempt(() => decide(settings as never, user as never));
      expect(attempt(() => baselineDecide(settings, user))).toStrictEqual(expected);
      if (!expected.ok) refused += 1;
    }
    // Both kinds are there in number: a set that one of them never refuses proves nothing.
    expect(refused).toBeGreaterThan(1_000);
    expect(refused).toBeLessThan(2_500);
  });

  it('json-rules-engine decides as decide does', async () => {
    const engine = createEngine();
    await fc.assert(
      fc.asyncProperty(arbDecisionInput(), async ({ settings, user }) => {
        expect(await engineDecide(engine, settings, user)).toStrictEqual(decide(settings, user));
      }),
      { numRuns: 300 },
    );
  });
});
