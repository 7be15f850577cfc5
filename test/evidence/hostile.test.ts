// Hostile input into every public function: arbitrary values, near misses, prototype pollution,
// objects that fight back, frozen inputs, huge strings and huge batches.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decide,
  decideEach,
  parseOrgSettings,
  parseUserSnapshot,
  planActivation,
  USER_SNAPSHOT_KEYS,
} from '../../src/index';
import {
  arbArguments,
  arbNearMissSettings,
  arbNearMissUser,
  arbPollutingJson,
  arbValidSettings,
  arbValidUser,
  brokenIterable,
  callUnderContract,
  checkParseResult,
  checkPrototypesUntouched,
  hasPollutingKey,
  Lazy,
  loadPublicFunctions,
  nest,
  PolicyInputError,
  revokedProxy,
  throwingGetter,
  throwingProxy,
  type PublicFunction,
} from './hostile-kit';
import { oracleDecision } from './oracle';

/**
 * Runs per public function in `npm test` (fewer in the mutation run, which repeats the suite for
 * every mutant); `npm run fuzz` runs the long campaign.
 */
const RUNS_PER_FUNCTION = Number(process.env.EVIDENCE_RUNS ?? 300);
const SEED = 0x6_2026;

const surface: PublicFunction[] = await loadPublicFunctions();
const counts = { calls: 0 };

afterAll(() => {
  console.log(
    `[evidence] hostile: ${surface.length} public functions (${surface.map((f) => f.name).join(', ')}), ${counts.calls} generated calls`,
  );
});

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('every public function keeps the contract on arbitrary input', () => {
  it('finds the functions of every exported entry', () => {
    const names = surface.map((subject) => subject.name);
    for (const name of ['decide', 'parseOrgSettings', 'parseUserSnapshot', 'parseInstant', 'decideEach', 'planActivation']) {
      expect(names).toContain(name);
    }
  });

  it.each(surface.map((subject) => [`${subject.entry} ${subject.name}`, subject] as const))(
    '%s: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched',
    async (_label, subject) => {
      await fc.assert(
        fc.asyncProperty(arbArguments(subject.name), async (args) => {
          counts.calls += 1;
          await callUnderContract(subject, args);
        }),
        { numRuns: RUNS_PER_FUNCTION, seed: SEED, endOnFailure: true },
      );
    },
  );

  it('the contract itself fails a decide that disagrees with the oracle on an input it accepted', async () => {
    const user = { id: 'u1', license: 'paid', hasSignedIn: false } as const;
    const wrong = { entry: '.', name: 'decide', fn: () => ({ ...decide({}, user), kind: 'auto-send' }) };
    await expect(callUnderContract(wrong, [{ autoSendActivationEmails: false }, user])).rejects.toThrow(/the oracle says/);
    const noTrigger = { entry: '.', name: 'decide', fn: () => ({ kind: 'manual-required', checklist: [] }) };
    await expect(callUnderContract(noTrigger, [{ autoSendActivationEmails: false }, user])).rejects.toThrow(/the oracle says/);
    const real = { entry: '.', name: 'decide', fn: decide as (...args: unknown[]) => unknown };
    await expect(callUnderContract(real, [{ autoSendActivationEmails: false }, user])).resolves.toBeUndefined();
  });

  it('the contract itself fails a batch that reads a broken iterable past the breach, and draws such iterables', async () => {
    // A batch that ignores a truthy done and keeps calling next, as the batches once did.
    const careless = {
      entry: '.',
      name: 'planActivation',
      fn: (_settings: unknown, users: unknown) => {
        const iterator = (users as Iterable<unknown>)[Symbol.iterator]();
        for (let step = 0; step < 3; step += 1) iterator.next();
        return planActivation({}, []);
      },
    };
    const isDoneOne = (users: unknown) => {
      try {
        return users instanceof Lazy && users.label === 'iterable breaking the protocol, sync: { done: 1 }';
      } catch {
        return false; // a Proxy whose getPrototypeOf throws
      }
    };
    const arbBroken = arbArguments('planActivation').filter(([, users]) => isDoneOne(users));
    const [args] = fc.sample(arbBroken, { numRuns: 1, seed: SEED });
    await expect(callUnderContract(careless, args!)).rejects.toThrow(/called next 3 times on an iterable that allows 1/);
    const real = { entry: '.', name: 'planActivation', fn: planActivation as (...args: unknown[]) => unknown };
    await expect(callUnderContract(real, args!)).resolves.toBeUndefined();
  });
});

describe('near misses are rejected, naming the field; valid snapshots decide as the oracle says', () => {
  it('a snapshot with one field a little wrong', () => {
    fc.assert(
      fc.property(arbNearMissUser, arbValidSettings, (miss, settings) => {
        const parsed = parseUserSnapshot(miss.value);
        checkParseResult(parsed, miss.why);
        expect(parsed.ok, miss.why).toBe(false);
        if (parsed.ok) return;
        expect(parsed.issues.map((issue) => issue.path[0]), miss.why).toContain(miss.field);
        const error = thrownBy(() => decide(settings, miss.value as never));
        expect(error, miss.why).toBeInstanceOf(PolicyInputError);
        expect((error as PolicyInputError).issues).toEqual(parsed.issues);
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });

  it('settings with one field a little wrong', () => {
    fc.assert(
      fc.property(arbNearMissSettings, arbValidUser, (miss, user) => {
        const parsed = parseOrgSettings(miss.value);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toEqual([[miss.field]]);
        expect(thrownBy(() => decide(miss.value as never, user.snapshot as never))).toBeInstanceOf(PolicyInputError);
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it('valid snapshots, extra fields and all, decide as the oracle says', () => {
    fc.assert(
      fc.property(arbValidSettings, arbValidUser, (settings, user) => {
        const decision = decide(settings, user.snapshot as never);
        const expected = oracleDecision(
          { autoSend: settings.autoSendActivationEmails as boolean | undefined, meetings: settings.meetingsIncluded as boolean | undefined },
          user.facts,
        );
        expect(decision.kind).toBe(expected.kind);
        expect('trigger' in decision ? decision.trigger : undefined).toBe(expected.trigger);
        expect('checklist' in decision ? decision.checklist : undefined).toEqual(expected.checklist);
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });
});

describe('prototype pollution through parsed JSON', () => {
  it('leaves the prototypes alone and keeps the keys out of every result', async () => {
    await fc.assert(
      fc.asyncProperty(arbPollutingJson, arbValidSettings, async (polluted, settings) => {
        const parsed = parseUserSnapshot(polluted);
        if (parsed.ok) {
          expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
          for (const key of Object.keys(parsed.value)) expect(USER_SNAPSHOT_KEYS).toContain(key);
          expect(hasPollutingKey(parsed.value)).toBe(false);
          const decision = decide(settings, polluted as never);
          expect(hasPollutingKey(decision)).toBe(false);
          const plan = planActivation(settings, [polluted]);
          expect(hasPollutingKey(plan)).toBe(false);
        }
        const settingsResult = parseOrgSettings(polluted);
        expect(settingsResult.ok).toBe(false);
        const violations: string[] = [];
        for (const subject of surface) {
          await callUnderContract(subject, [polluted, polluted, [polluted]]).catch((error: Error) => violations.push(error.message));
        }
        expect(violations).toEqual([]);
        checkPrototypesUntouched('pollution');
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it('a snapshot whose top-level __proto__ comes from JSON.parse decides from its own fields only', () => {
    const user = JSON.parse(
      '{"__proto__":{"license":"free","hasSignedIn":true,"previousLicense":"free"},"id":"u1","license":"paid","hasSignedIn":false}',
    );
    expect(decide({}, user).kind).toBe('auto-send');
    const inherited = JSON.parse('{"__proto__":{"id":"u1","license":"free","hasSignedIn":true}}');
    expect(Object.getPrototypeOf(inherited)).toBe(Object.prototype); // JSON.parse makes it an own key
    expect(parseUserSnapshot(inherited).ok).toBe(false);
    const settings = JSON.parse('{"__proto__":{"autoSendActivationEmails":false}}');
    expect(parseOrgSettings(settings)).toMatchObject({ ok: false, issues: [{ path: ['__proto__'] }] });
    checkPrototypesUntouched('__proto__ snapshot');
  });
});

describe('objects that fight back', () => {
  const valid = { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: null };

  it.each(['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent'])(
    'a getter that throws on %s is an issue on that field, and the rest is still checked',
    (field) => {
      const hostile = throwingGetter({ ...valid, license: 'gold' }, field);
      const parsed = parseUserSnapshot(hostile);
      checkParseResult(parsed, field);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      const paths = parsed.issues.map((issue) => issue.path[0]);
      expect(paths).toContain(field);
      if (field !== 'license') expect(paths).toContain('license');
      expect(thrownBy(() => decide({}, hostile as never))).toBeInstanceOf(PolicyInputError);
    },
  );

  it.each(['autoSendActivationEmails', 'meetingsIncluded'])('a settings getter that throws on %s', (field) => {
    const hostile = throwingGetter({}, field);
    expect(parseOrgSettings(hostile)).toMatchObject({ ok: false, issues: [{ path: [field] }] });
    expect(thrownBy(() => planActivation(hostile, [valid]))).toBeInstanceOf(PolicyInputError);
  });

  it('proxies whose traps throw, and revoked proxies, in every position of every function', async () => {
    const fighters = [throwingProxy(), throwingProxy([]), revokedProxy(), revokedProxy([]), throwingProxy(() => 0)];
    const violations = new Set<string>();
    for (const subject of surface) {
      for (const fighter of fighters) {
        for (const args of [[fighter], [{}, fighter], [fighter, [valid]], [{}, [fighter, valid]], [{}, {}, [valid, fighter]]]) {
          await callUnderContract(subject, args).catch((error: Error) => violations.add(error.message));
        }
      }
    }
    expect([...violations]).toEqual([]);
  });

  it('a batch with a throwing item decides every other item', () => {
    const plan = planActivation({}, [valid, throwingProxy(), { ...valid, id: 'u2' }, revokedProxy(), throwingGetter(valid, 'id')]);
    expect(plan.decisions.map((decision) => decision.userId)).toEqual(['u1', 'u2']);
    expect(plan.invalid.map((item) => item.index)).toEqual([1, 3, 4]);
  });

  it('an iterable that breaks mid-way is a PolicyInputError naming the index', () => {
    const error = thrownBy(() => planActivation({}, brokenIterable([valid, { ...valid, id: 'u2' }], 1)));
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).issues[0].path).toEqual([1]);
  });

  it('values nested thousands deep are refused, not recursed into', async () => {
    const violations = new Set<string>();
    for (const subject of surface) {
      for (const deep of [nest(50_000, 'object'), nest(50_000, 'array')]) {
        await callUnderContract(subject, [deep, deep, [deep]]).catch((error: Error) => violations.add(error.message));
      }
    }
    expect([...violations]).toEqual([]);
  });
});

describe('frozen and sealed inputs', () => {
  function deep<T>(value: T, seal: (inner: object) => void): T {
    if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) deep(inner, seal);
      seal(value);
    }
    return value;
  }

  it.each([
    ['frozen', Object.freeze],
    ['sealed', Object.seal],
    ['non-extensible', Object.preventExtensions],
  ] as const)('%s inputs decide, parse and plan exactly like plain ones', (_label, seal) => {
    fc.assert(
      fc.property(arbValidSettings, fc.array(arbValidUser, { maxLength: 6 }), (settings, users) => {
        const snapshots = users.map((user, index) => ({ ...user.snapshot, id: `u${index}` }));
        const plain = planActivation(settings, snapshots);
        const locked = planActivation(deep(structuredClone(settings), seal), deep(structuredClone(snapshots), seal));
        expect(locked).toEqual(plain);
        for (const snapshot of snapshots) {
          expect(decide(deep(structuredClone(settings), seal), deep(structuredClone(snapshot), seal) as never)).toEqual(
            decide(settings, snapshot as never),
          );
        }
      }),
      { numRuns: 100, seed: SEED },
    );
  });
});

describe('size', () => {
  const MEGABYTE = 1024 * 1024;

  it('a 1 MB id is decided and kept whole; a 1 MB bad value gives a short message', () => {
    const id = 'x'.repeat(MEGABYTE);
    expect(decide({}, { id, license: 'paid', hasSignedIn: false }).userId).toBe(id);
    const plan = planActivation({}, [
      { id, license: 'free', hasSignedIn: false },
      { id: `${id}y`, license: 'paid', hasSignedIn: true },
      { id, license: 'paid', hasSignedIn: true },
    ]);
    expect(plan.decisions.map((decision) => decision.kind)).toEqual(['skip-free', 'no-action']);
    expect(plan.invalid.map((item) => item.index)).toEqual([2]);
    for (const field of ['license', 'previousLicense', 'invitedAt', 'lastEmailedAt']) {
      const error = thrownBy(() =>
        decide({}, { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z', [field]: 'p'.repeat(MEGABYTE) } as never),
      );
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as Error).message.length).toBeLessThan(1_000);
    }
  });

  // 200,000 in `npm test`; the mutation run (vitest.stryker.config.ts) sets a smaller size, since
  // it repeats this test for every mutant of the code the batch runs through.
  const COUNT = Number(process.env.EVIDENCE_BATCH_SIZE ?? 200_000);

  it(`a ${COUNT.toLocaleString('en')}-item batch accounts for every item`, () => {
    const kinds = ['free', 'paid'] as const;
    const items: unknown[] = [];
    let expectedInvalid = 0;
    for (let index = 0; index < COUNT; index += 1) {
      if (index % 10 === 3) {
        items.push({ id: `u${index}`, license: 'gold', hasSignedIn: false });
        expectedInvalid += 1;
      } else if (index % 10 === 7) {
        items.push({ id: `u${index - 1}`, license: 'paid', hasSignedIn: true }); // a duplicate id
        expectedInvalid += 1;
      } else {
        items.push({ id: `u${index}`, license: kinds[index % 2], hasSignedIn: index % 3 === 0, invitedAt: index % 4 === 0 ? null : '2026-05-01T08:30:00Z' });
      }
    }
    const plan = planActivation({ autoSendActivationEmails: false }, items);
    expect(plan.decisions.length + plan.invalid.length).toBe(COUNT);
    expect(plan.invalid).toHaveLength(expectedInvalid);
    expect(Object.values(plan.byKind).reduce((sum, ids) => sum + ids.length, 0)).toBe(COUNT - expectedInvalid);
    let streamed = 0;
    let outOfOrder = 0;
    for (const item of decideEach({}, (function* generate() { yield* items; })())) {
      if (item.index !== streamed) outOfOrder += 1;
      streamed += 1;
    }
    expect(streamed).toBe(COUNT);
    expect(outOfOrder).toBe(0);
  });
});
