// Edges the mutation run found open: what error messages say (the field, the rule, the value
// received), how paths are written, and inputs at the boundary of each check. Each test here
// fails for some mutant of the code that the other suites let through.
import { describe, expect, it } from 'vitest';
import {
  checkManualEmail,
  decide,
  decideEach,
  explain,
  explainAdvisory,
  MANUAL_EMAIL_DRAFT_FIELDS,
  MANUAL_EMAIL_ITEMS,
  parseOrgSettings,
  parseReminderCadence,
  parseUserSnapshot,
  planActivation,
  PolicyInputError,
  previewSettingsChange,
} from '../../src/index';

function thrownBy(run: () => unknown): PolicyInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

const VALID = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

describe('PolicyInputError', () => {
  it('writes each path the way a reader looks for it, after the subject', () => {
    const error = new PolicyInputError([
      { path: [], message: 'first' },
      { path: ['items', 3, 'licenses'], message: 'second' },
      { path: [0], message: 'third' },
      { path: ['a', 'b'], message: 'fourth' },
    ]);
    expect(error.message).toBe('Invalid input: (root): first; items[3].licenses: second; [0]: third; a.b: fourth');
    expect(error.name).toBe('PolicyInputError');
    expect(error).toBeInstanceOf(Error);
  });

  it('names what was invalid: the settings, the user snapshot, the users', () => {
    expect(thrownBy(() => decide({ meetingsIncluded: 'yes' } as never, VALID)).message).toMatch(/^Invalid settings: meetingsIncluded: /);
    expect(thrownBy(() => decide({}, { ...VALID, license: 'gold' } as never)).message).toMatch(/^Invalid user snapshot: license: /);
    expect(thrownBy(() => planActivation({}, 42 as never)).message).toMatch(/^Invalid users: \(root\): users must be an iterable/);
  });
});

describe('what an issue says about the value it received', () => {
  const received = (license: unknown) => {
    const result = parseUserSnapshot({ ...VALID, license });
    if (result.ok) throw new Error('accepted');
    return result.issues[0].message;
  };

  it.each([
    [null, '(received null)'],
    [undefined, '(received undefined)'],
    ['gold', '(received "gold")'],
    ['x'.repeat(40), `(received "${'x'.repeat(40)}")`],
    ['x'.repeat(41), `(received "${'x'.repeat(40)}…")`],
    [7, '(received 7)'],
    [true, '(received true)'],
    [7n, '(received 7n)'],
    [Symbol('s'), '(received a symbol)'],
    [() => 'paid', '(received a function)'],
    [['paid'], '(received an array)'],
    [{ license: 'paid' }, '(received an object)'],
  ])('%s', (value, text) => {
    expect(received(value)).toBe(`must be "free" or "paid" ${text}`);
  });

  it('states the rule of every snapshot field', () => {
    const result = parseUserSnapshot({
      id: '',
      license: 'Paid',
      previousLicense: 'Free',
      hasSignedIn: 'no',
      invitedAt: '2026-05-01',
      lastEmailedAt: '2026-05-01T08:30:00',
      remindersSent: -1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const instantRule = 'must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, on a real calendar day';
    expect(result.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['id', 'must be a non-empty string (received "")'],
      ['license', 'must be "free" or "paid" (received "Paid")'],
      ['previousLicense', 'must be "free", "paid", null, or left out (received "Free")'],
      ['hasSignedIn', 'must be true or false (received "no")'],
      ['invitedAt', `${instantRule} (for example 2026-05-01T08:30:00.000Z), null, or left out (received "2026-05-01")`],
      ['lastEmailedAt', `${instantRule} (for example 2026-05-01T08:30:00.000Z), null, or left out (received "2026-05-01T08:30:00")`],
      ['remindersSent', 'must be a whole number, 0 or more, or left out (received -1)'],
    ]);
  });

  it('says when a field could not be read', () => {
    const hostile = Object.defineProperty({ ...VALID }, 'license', {
      get() {
        throw new Error('no');
      },
    });
    expect(parseUserSnapshot(hostile)).toEqual({
      ok: false,
      issues: [{ path: ['license'], message: 'could not be read (reading it threw an error)' }],
    });
    const settings = Object.defineProperty({}, 'meetingsIncluded', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(parseOrgSettings(settings)).toEqual({
      ok: false,
      issues: [{ path: ['meetingsIncluded'], message: 'could not be read (reading it threw an error)' }],
    });
  });
});

describe('settings', () => {
  it('names what was invalid in a preview: the settings', () => {
    expect(thrownBy(() => previewSettingsChange({ autoSendActivationEmails: 'no' } as never, {}, [])).message).toMatch(
      /^Invalid settings: /,
    );
  });

  it('lists three known fields with commas and a final "and"', () => {
    expect(parseReminderCadence({ firstAfterDay: 3 })).toEqual({
      ok: false,
      issues: [
        {
          path: ['firstAfterDay'],
          message: 'is not a cadence field; the known fields are firstAfterDays, everyDays and maxReminders',
        },
      ],
    });
  });

  it('names the known settings when a key is unknown', () => {
    expect(parseOrgSettings({ autoSendActivationEmail: false })).toEqual({
      ok: false,
      issues: [
        {
          path: ['autoSendActivationEmail'],
          message: 'is not a setting; the known settings are autoSendActivationEmails and meetingsIncluded',
        },
      ],
    });
  });

  it('reports settings whose keys cannot be listed on the root path', () => {
    const unlistable = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(parseOrgSettings(unlistable)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'its keys could not be listed (listing them threw an error)' }],
    });
    expect(() => decide(unlistable, VALID)).toThrow(PolicyInputError);
  });

  it('treats a revoked proxy as not an object', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = parseOrgSettings(proxy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].path).toEqual([]);
  });
});

describe('snapshot edges', () => {
  it('folds -0 reminders into 0', () => {
    const result = parseUserSnapshot({ ...VALID, remindersSent: -0 });
    expect(result.ok && Object.is(result.value.remindersSent, 0)).toBe(true);
  });

  it('reports a bad invitedAt once, without a second issue on a good lastEmailedAt', () => {
    const result = parseUserSnapshot({ ...VALID, invitedAt: '2026-02-30T08:30:00Z', lastEmailedAt: '2026-05-01T08:30:00Z' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual([['invitedAt']]);
  });

  it('accepts a last email at the very instant of the first, in another offset', () => {
    const result = parseUserSnapshot({ ...VALID, invitedAt: '2026-05-01T08:30:00Z', lastEmailedAt: '2026-05-01T10:30:00+02:00' });
    expect(result.ok).toBe(true);
  });

  it('refuses a last email one millisecond before the first', () => {
    const result = parseUserSnapshot({ ...VALID, invitedAt: '2026-05-01T08:30:00.001Z', lastEmailedAt: '2026-05-01T08:30:00Z' });
    expect(result).toEqual({ ok: false, issues: [{ path: ['lastEmailedAt'], message: 'is earlier than invitedAt, the first email' }] });
  });
});

describe('batches: sources that are not lists, or break', () => {
  it.each([
    ['a number', 42],
    ['a string', 'abc'],
    ['null', null],
    ['a plain object', { length: 1, 0: VALID }],
    ['an object whose iterator is not a function', { [Symbol.iterator]: 5 }],
  ])('refuses %s as users, on the root path', (_label, users) => {
    for (const run of [() => planActivation({}, users as never), () => decideEach({}, users as never)]) {
      const error = thrownBy(run);
      expect(error.issues).toEqual([{ path: [], message: 'users must be an iterable (an array, a Set, a generator...)' }]);
    }
  });

  it('says when starting the iteration throws', () => {
    const users = {
      [Symbol.iterator]() {
        throw new Error('no');
      },
    };
    expect(thrownBy(() => planActivation({}, users)).issues).toEqual([
      { path: [], message: 'could not be iterated (starting it threw an error)' },
    ]);
  });

  it('names the index at which a sync source broke', () => {
    function* users() {
      yield VALID;
      yield { ...VALID, id: 'u2' };
      throw new Error('disk gone');
    }
    const error = thrownBy(() => planActivation({}, users()));
    expect(error.issues).toEqual([{ path: [2], message: 'could not be read: the iterable threw an error while producing it' }]);
    expect(error.message).toBe('Invalid users: [2]: could not be read: the iterable threw an error while producing it');
  });

  it('names the index at which an async source broke, and when starting it throws', async () => {
    async function* users() {
      yield VALID;
      throw new Error('network gone');
    }
    const seen: unknown[] = [];
    const failure = await (async () => {
      try {
        for await (const item of decideEach({}, users())) seen.push(item.index);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(seen).toEqual([0]);
    expect(failure).toBeInstanceOf(PolicyInputError);
    expect((failure as PolicyInputError).issues).toEqual([
      { path: [1], message: 'could not be read: the iterable threw an error while producing it' },
    ]);
    const unstartable = {
      [Symbol.asyncIterator]() {
        throw new Error('no');
      },
    };
    expect(thrownBy(() => decideEach({}, unstartable)).issues).toEqual([
      { path: [], message: 'could not be iterated (starting it threw an error)' },
    ]);
  });

  it('refuses an async source in planActivation, before reading it, pointing to decideEach', () => {
    let read = false;
    const users = {
      async *[Symbol.asyncIterator]() {
        read = true;
        yield VALID;
      },
    };
    const error = thrownBy(() => planActivation({}, users as never));
    expect(error.issues).toEqual([{ path: [], message: 'must be a synchronous iterable; for an async source, use decideEach' }]);
    expect(error.message).toMatch(/^Invalid users: /);
    expect(read).toBe(false);
  });

  it('says a source it cannot even look at could not be iterated', () => {
    const unreadable = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    for (const run of [() => planActivation({}, unreadable as never), () => decideEach({}, unreadable as never)]) {
      const error = thrownBy(run);
      expect(error.issues).toEqual([{ path: [], message: 'could not be iterated (starting it threw an error)' }]);
      expect(error.message).toMatch(/^Invalid users: \(root\): could not be iterated/);
    }
  });

  it('names the index at which a sync source broke in decideEach too', () => {
    function* users() {
      yield VALID;
      throw new Error('disk gone');
    }
    const seen: number[] = [];
    const error = thrownBy(() => {
      for (const item of decideEach({}, users())) seen.push(item.index);
    });
    expect(seen).toEqual([0]);
    expect(error.issues).toEqual([{ path: [1], message: 'could not be read: the iterable threw an error while producing it' }]);
  });

  it('decides an async source one item at a time, in order', async () => {
    async function* users() {
      yield VALID;
      yield { id: 'u2', license: 'free', hasSignedIn: false };
      yield { id: 'u1', license: 'free', hasSignedIn: false };
    }
    const items = [];
    for await (const item of decideEach({}, users())) items.push(item);
    expect(items.map((item) => (item.ok ? item.decision.kind : item.issues[0].message))).toEqual([
      'auto-send',
      'skip-free',
      'is a duplicate: the item at index 0 already has this id',
    ]);
  });
});

describe('explanations: what a bad code is called', () => {
  const decision = decide({}, VALID);

  it('names the locale, the decision and the advisory code, and lists the known codes', () => {
    expect(thrownBy(() => explain(decision, 'de' as never)).message).toBe(
      'Invalid locale: locale: must be one of "en", "fr" (received "de")',
    );
    expect(thrownBy(() => explain(null as never)).message).toBe('Invalid decision: (root): a decision must be an object (received null)');
    expect(thrownBy(() => explain({ ...decision, kind: 'Auto-Send' } as never)).message).toMatch(
      /^Invalid decision: kind: must be one of "auto-send", /,
    );
    expect(thrownBy(() => explain({ kind: 'manual-required', trigger: 'old-user' } as never)).message).toMatch(
      /^Invalid decision: trigger: must be one of "new-user", "inactive-user" \(received "old-user"\)$/,
    );
    expect(thrownBy(() => explainAdvisory('reminders' as never)).message).toMatch(/^Invalid advisory code: code: /);
  });

  it('says a code could not be read when reading it throws', () => {
    const hostile = Object.defineProperty({}, 'kind', {
      get() {
        throw new Error('no');
      },
    });
    expect(thrownBy(() => explain(hostile as never)).issues).toEqual([
      { path: ['kind'], message: 'could not be read (reading it threw an error)' },
    ]);
  });
});

describe('manual email edges', () => {
  const complete = {
    rolloutPlan: 'Phase one: sales, in May.',
    appValue: 'Calls, meetings and messages in one place.',
    supportLinks: ['https://help.example.com'],
    trainingLinks: ['http://learn.example.com/webex'],
    userPortalLink: 'https://settings.webex.com',
    activationInstructions: 'Sign in on the company SSO page.',
  };

  it('a missing item gets a sentence of its own that names its field', () => {
    const check = checkManualEmail({}, { meetingsIncluded: true });
    expect(check.missing).toEqual([...MANUAL_EMAIL_ITEMS]);
    const endings = check.problems.map((problem) => {
      expect(problem.message.startsWith(`${MANUAL_EMAIL_DRAFT_FIELDS[problem.item]} is missing: `)).toBe(true);
      return problem.message.split(' is missing: ')[1];
    });
    for (const ending of endings) expect(ending!.length).toBeGreaterThan(20);
    expect(new Set(endings).size).toBe(MANUAL_EMAIL_ITEMS.length);
  });

  it('refuses a portal link that carries a user name, or only a password', () => {
    for (const userPortalLink of ['https://admin@settings.webex.com', 'https://:secret@settings.webex.com']) {
      const check = checkManualEmail({ ...complete, userPortalLink });
      expect(check.missing).toEqual(['user-portal-link']);
      expect(check.problems[0]!.message).toContain('carries a user name or password');
    }
  });

  it('reads a link with surrounding white space, but never an object that looks like a string', () => {
    expect(checkManualEmail({ ...complete, userPortalLink: '\u00a0https://settings.webex.com\n' }).complete).toBe(true);
    const impostor = { trim: () => 'https://settings.webex.com' };
    expect(checkManualEmail({ ...complete, userPortalLink: impostor }).missing).toEqual(['user-portal-link']);
  });

  it('names what was invalid when the draft or the context is not usable', () => {
    expect(thrownBy(() => checkManualEmail('draft')).message).toMatch(/^Invalid draft: \(root\): a draft must be an object/);
    expect(thrownBy(() => checkManualEmail(complete, { meetingsIncluded: 'yes' } as never)).message).toMatch(
      /^Invalid context: context\.meetingsIncluded: /,
    );
  });
});
