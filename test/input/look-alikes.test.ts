// Issue 14, "look-alike records": a value that is an object but not a record of fields (a Map, a
// promise, a Date...) is refused where a record is expected, and only own properties count, so
// neither a look-alike nor a polluted prototype can ever yield a decision on made-up fields.

import { describe, expect, it } from 'vitest';
import {
  checkManualEmail,
  decide,
  decideEach,
  explain,
  parseOrgSettings,
  parseReminderCadence,
  parseUserSnapshot,
  planActivation,
  planReminders,
  PolicyInputError,
  previewSettingsChange,
  type Issue,
} from '../../src/index';
import { composeManualEmail } from '../../src/compose/index';
import { historyFromJournal, parseJournalEntry, readJournal, withHistory } from '../../src/journal/index';
import { DRAFT } from '../compose/fixtures';
import { orgSettingsFromWebex, snapshotFromWebexPerson, snapshotsFromWebexPeople, WEBEX_ACTIVATION_EMAIL_SETTING_KEY } from '../../src/webex/index';
import { thrown } from '../support/thrown';

const user = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

function argumentsObject(..._values: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

/** Each look-alike, what the message must say was received, and whether it is an object. */
const LOOK_ALIKES: readonly (readonly [name: string, make: () => unknown, received: string])[] = [
  ['a Map', () => new Map([['autoSendActivationEmails', false]]), 'a plain object (received a Map object)'],
  ['a Set', () => new Set(['autoSendActivationEmails']), 'a plain object (received a Set object)'],
  [
    'a Promise',
    () => Promise.resolve({ autoSendActivationEmails: false }),
    'a plain object (received a promise or other thenable: await it first)',
  ],
  [
    'another thenable',
    () => ({ then: (resolve: (value: unknown) => void) => resolve(user) }),
    'a plain object (received a promise or other thenable: await it first)',
  ],
  ['a Date', () => new Date(0), 'a plain object (received a Date object)'],
  ['a RegExp', () => /paid/, 'a plain object (received a RegExp object)'],
  ['an array', () => [user], 'an object (received an array)'],
  ['a boxed number', () => new Number(1), 'a plain object (received a Number object)'],
  ['a boxed string', () => new String('paid'), 'a plain object (received a String object)'],
  ['a boxed boolean', () => new Boolean(false), 'a plain object (received a Boolean object)'],
  ['a function', () => Object.assign(() => 'paid', user), 'an object (received a function)'],
  ['an arguments object', () => argumentsObject(user), 'a plain object (received an Arguments object)'],
];

function issuesOfError(action: () => unknown): readonly Issue[] {
  const error = thrown(action);
  expect(error).toBeInstanceOf(PolicyInputError);
  return (error as PolicyInputError).issues;
}

describe.each(LOOK_ALIKES)('%s where a record is expected', (_name, make, received) => {
  it('is refused as settings by decide, at the empty path, saying what it is', () => {
    expect(issuesOfError(() => decide(make() as never, user))).toEqual([{ path: [], message: `settings must be ${received}` }]);
  });

  it('is refused as settings by parseOrgSettings and by the batch functions', () => {
    expect(parseOrgSettings(make())).toEqual({ ok: false, issues: [{ path: [], message: `settings must be ${received}` }] });
    expect(issuesOfError(() => planActivation(make() as never, [user]))[0]!.path).toEqual([]);
    expect(issuesOfError(() => decideEach(make() as never, [user]))[0]!.message).toBe(`settings must be ${received}`);
  });

  it('is refused as a user snapshot by decide and parseUserSnapshot', () => {
    const expected = [{ path: [], message: `a user snapshot must be ${received}` }];
    expect(issuesOfError(() => decide({}, make() as never))).toEqual(expected);
    expect(parseUserSnapshot(make())).toEqual({ ok: false, issues: expected });
  });

  it("is each batch function's per-item invalid entry, and the others are still decided", () => {
    const expected = [{ path: [], message: `a user snapshot must be ${received}` }];
    const plan = planActivation({ autoSendActivationEmails: false }, [make(), user]);
    expect(plan.invalid).toEqual([{ index: 0, issues: expected }]);
    expect(plan.decisions.map((decision) => decision.userId)).toEqual(['u1']);
    const items = [...decideEach({}, [make(), user])];
    expect(items[0]).toEqual({ index: 0, ok: false, issues: expected });
    expect(items[1]!.ok).toBe(true);
  });

  it("is the per-item invalid entry of the preview and the reminder plan, and refused as their settings", () => {
    const expected = [{ index: 0, issues: [{ path: [], message: `a user snapshot must be ${received}` }] }];
    expect(previewSettingsChange({}, { autoSendActivationEmails: false }, [make(), user]).invalid).toEqual(expected);
    const options = { now: '2026-05-10T08:30:00Z' };
    expect(planReminders({ autoSendActivationEmails: false }, [make(), user], options).invalid).toEqual(expected);
    expect(issuesOfError(() => planReminders(make() as never, [user], options))[0]!.message).toBe(`settings must be ${received}`);
    expect(issuesOfError(() => previewSettingsChange(make() as never, {}, [user]))[0]!.path).toEqual(['before']);
  });

  it('is refused as a reminder cadence and as a manual-email draft', () => {
    expect(parseReminderCadence(make())).toEqual({
      ok: false,
      issues: [{ path: [], message: `a cadence must be ${received.replace(' (', ', or left out (')}` }],
    });
    expect(issuesOfError(() => checkManualEmail(make()))).toEqual([{ path: [], message: `a draft must be ${received}` }]);
  });
});

describe('a class instance', () => {
  class Person {
    readonly license = 'paid' as const;
    readonly hasSignedIn = false;
    constructor(readonly id: string) {}
    get previousLicense(): 'free' {
      return 'free'; // on the prototype: not one of the instance's own fields
    }
  }
  class Settings {
    autoSendActivationEmails = false;
  }

  it('is read like a plain object, through its own data properties only', () => {
    expect(parseUserSnapshot(new Person('p1'))).toEqual({ ok: true, value: { id: 'p1', license: 'paid', hasSignedIn: false } });
    const decision = decide(new Settings(), new Person('p1'));
    expect(decision.kind).toBe('manual-required');
    expect(decision.rule).toBe('new-user');
    expect(parseOrgSettings(new Settings())).toEqual({
      ok: true,
      value: { autoSendActivationEmails: false, meetingsIncluded: false },
    });
  });
});

describe('inherited fields are absent', () => {
  it('a required field held only by a prototype is missing', () => {
    const inherited = Object.create({ id: 'x', license: 'paid', hasSignedIn: false, previousLicense: 'free' }) as object;
    const issues = issuesOfError(() => decide({}, inherited as never));
    expect(issues.map((issue) => issue.path)).toEqual([['id'], ['license'], ['hasSignedIn']]);
  });

  it('an optional field held only by a prototype takes its default', () => {
    const converting = Object.assign(Object.create({ previousLicense: 'free', invitedAt: '2026-05-01T08:30:00Z' }) as object, user);
    expect(decide({}, converting as never).rule).toBe('new-user');
    const settings = Object.create({ autoSendActivationEmails: false, meetingsIncluded: true }) as object;
    expect(parseOrgSettings(settings)).toEqual({ ok: true, value: { autoSendActivationEmails: true, meetingsIncluded: false } });
    expect(parseReminderCadence(Object.create({ maxReminders: 9 }))).toEqual(parseReminderCadence({}));
    const draft = Object.create({ rolloutPlan: 'Inherited plan.' }) as object;
    expect(checkManualEmail(draft).missing).toContain('rollout-plan');
  });
});

describe('a polluted Object.prototype', () => {
  const POLLUTION: Readonly<Record<string, unknown>> = {
    id: 'polluted',
    license: 'paid',
    previousLicense: 'free',
    hasSignedIn: false,
    invitedAt: '2026-05-01T08:30:00Z',
    lastEmailedAt: '2026-05-09T08:30:00Z',
    remindersSent: 7,
    autoSendActivationEmails: false,
    meetingsIncluded: true,
    firstAfterDays: 0,
    everyDays: 0,
    maxReminders: 0,
    rolloutPlan: 'Polluted plan.',
    pmrLink: 'https://example.com/pmr',
    // Every object a thenable, as far as `await` goes; a class instance must still be a record.
    then(resolve: (value: unknown) => void) {
      resolve('polluted');
    },
    key: WEBEX_ACTIVATION_EMAIL_SETTING_KEY,
    value: false,
    licenses: ['polluted-license'],
    status: 'pending',
    items: [{ id: 'polluted-person', licenses: [], status: 'pending' }],
    // The journal, the composer, the reminder options and explain.
    userId: 'u1',
    at: '2026-05-03T08:30:00Z',
    email: 'polluted@example.com',
    locale: 'fr',
    now: '2026-06-01T08:30:00Z',
    cadence: { everyDays: 1 },
    kind: 'no-action',
    trigger: 'new-user',
    rule: 'new-user',
    // A Map's get, for the Webex adapters' history option.
    get() {
      return { invitedAt: '2026-05-01T08:30:00Z' };
    },
  };
  class Employee {
    readonly id: string;
    readonly license = 'paid';
    readonly hasSignedIn = false;
    constructor(id: string) {
      this.id = id;
    }
  }
  class Settings {
    readonly autoSendActivationEmails = false;
  }
  const users: readonly unknown[] = [
    new Employee('entity'),
    user,
    { id: 'free', license: 'free', hasSignedIn: false },
    { id: 'in', license: 'paid', hasSignedIn: true },
    { id: 'idle', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' },
    { license: 'paid' },
    {},
  ];
  const settingsList: readonly unknown[] = [{}, { autoSendActivationEmails: true }, { meetingsIncluded: false }, new Settings()];
  const people: readonly unknown[] = [{ id: 'p-1', licenses: ['paid-1'], status: 'pending' }, { id: 'p-2', status: 'active' }, {}];
  const journalEntries: readonly Record<string, unknown>[] = [
    { userId: 'u1', at: '2026-05-01T08:30:00Z', email: 'activation' },
    { userId: 'u1', at: '2026-05-02T08:30:00Z', email: 'reminder', status: 'sent' },
    { at: '2026-05-02T08:30:00Z', email: 'reminder' },
    { userId: 'u2', email: 'activation' },
  ];
  const webexOptions = { licenses: [{ id: 'paid-1', name: 'Meeting 25 party' }] };

  /** Every decision and parse result over the inputs above, as plain data. */
  function everything(): unknown {
    const attempt = (run: () => unknown) => {
      try {
        return { value: run() };
      } catch (error) {
        return { error: error instanceof PolicyInputError ? error.issues : String(error) };
      }
    };
    return JSON.parse(
      JSON.stringify({
        decisions: settingsList.map((settings) => users.map((each) => attempt(() => decide(settings as never, each as never)))),
        plans: settingsList.map((settings) => attempt(() => planActivation(settings as never, users))),
        each: settingsList.map((settings) => attempt(() => [...decideEach(settings as never, users)])),
        settings: settingsList.map((settings) => parseOrgSettings(settings)),
        snapshots: users.map((each) => parseUserSnapshot(each)),
        cadences: [{}, { everyDays: 14 }, undefined].map((cadence) => parseReminderCadence(cadence)),
        drafts: [{}, { appValue: 'Calls and meetings in one app.' }].map((draft) => checkManualEmail(draft)),
        previews: settingsList.map((settings) => attempt(() => previewSettingsChange(settings as never, { autoSendActivationEmails: false }, users))),
        reminders: settingsList.map((settings) => attempt(() => planReminders(settings as never, users, { now: '2026-06-01T08:30:00Z' }))),
        persons: people.map((person) => snapshotFromWebexPerson(person as never, webexOptions as never)),
        pages: attempt(() => snapshotsFromWebexPeople({ items: people } as never, webexOptions as never)),
        histories: [{}, new Map([['p-1', { invitedAt: '2026-05-02T08:30:00Z' }]])].map((history) =>
          attempt(() => snapshotsFromWebexPeople({ items: people } as never, { ...webexOptions, history } as never)),
        ),
        webexSettings: [{ key: WEBEX_ACTIVATION_EMAIL_SETTING_KEY, value: true }, {}].map((setting) => orgSettingsFromWebex(setting as never)),
        remindersWithout: attempt(() => planReminders({}, users, {} as never)),
        explained: [{}, { kind: 'auto-send' }].map((decision) => attempt(() => explain(decision as never))),
        entries: journalEntries.map((entry) => parseJournalEntry(entry)),
        journal: attempt(() => readJournal(journalEntries.map((entry) => JSON.stringify(entry)).join('\n'))),
        journalHistories: attempt(() => [...historyFromJournal(journalEntries.filter((entry) => parseJournalEntry(entry).ok) as never)]),
        withHistory: users.map((each) => attempt(() => withHistory(each, new Map()))),
        emails: [{}, { locale: 'en' }].map((options) => attempt(() => composeManualEmail(DRAFT, {} as never, options as never))),
      }),
    );
  }

  it('changes no decision and no parse result', () => {
    const clean = everything();
    const prototype = Object.prototype as Record<string, unknown>;
    let polluted: unknown;
    try {
      for (const [key, value] of Object.entries(POLLUTION)) prototype[key] = value;
      polluted = everything();
    } finally {
      for (const key of Object.keys(POLLUTION)) delete prototype[key];
    }
    expect(Object.keys(POLLUTION).filter((key) => key in {})).toEqual([]); // restored
    expect(polluted).toEqual(clean);
  });

  it('reads a class instance as a record, under the pollution as without it', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    try {
      prototype.then = POLLUTION.then;
      expect(decide(new Settings(), new Employee('entity'))).toMatchObject({ kind: 'manual-required', trigger: 'new-user' });
      // An own `then` is still a thenable, and so is a class whose prototype gives one.
      expect(thrown(() => decide({}, { ...user, then: () => undefined } as never))).toBeInstanceOf(PolicyInputError);
      expect(thrown(() => decide({}, Promise.resolve(user) as never))).toBeInstanceOf(PolicyInputError);
    } finally {
      delete prototype.then;
    }
  });
});

describe('a Symbol-keyed entry', () => {
  it('is an unknown setting, named by its description', () => {
    const settings = { autoSendActivationEmails: false, [Symbol('autoSendActivationEmails')]: true };
    expect(parseOrgSettings(settings)).toEqual({
      ok: false,
      issues: [
        {
          path: ['Symbol(autoSendActivationEmails)'],
          message: 'is not a setting; the known settings are autoSendActivationEmails and meetingsIncluded',
        },
      ],
    });
    expect(issuesOfError(() => decide(settings, user))[0]!.path).toEqual(['Symbol(autoSendActivationEmails)']);
    expect(parseReminderCadence({ [Symbol.iterator]: 1 }).ok).toBe(false);
  });
});

describe('a Proxy whose own-field checks throw', () => {
  const fields = { id: 'u1', license: 'paid', hasSignedIn: false } as const;
  const throwingDescriptors = { getOwnPropertyDescriptor: () => { throw new Error('trap'); } }; // prettier-ignore

  it('has each field it gives named as unreadable when their own-field check is needed, never a whole-record refusal', () => {
    // Without a prototype the record is not plain, so every field's own-field check runs.
    const trap = new Proxy(Object.assign(Object.create(null) as object, fields), throwingDescriptors);
    const result = parseUserSnapshot(trap);
    expect(!result.ok && result.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual(
      ['id', 'license', 'hasSignedIn'].map((key) => [key, 'could not be read (reading it threw an error)']),
    );
  });

  it('is read through its get trap when it is plain and nothing is inherited', () => {
    expect(parseUserSnapshot(new Proxy({ ...fields }, throwingDescriptors))).toEqual({ ok: true, value: fields });
  });
});
