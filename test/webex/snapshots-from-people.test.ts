import { describe, expect, it } from 'vitest';
import { planActivation, planReminders, PolicyInputError } from '../../src/index';
import { historyFromJournal, type UserHistory } from '../../src/journal/index';
import { snapshotsFromWebexPeople, type WebexPeopleOptions } from '../../src/webex/index';
import { arrayWithThrowingItems, throwingGetter, throwingProxy } from '../support/hostile';
import { thrown } from '../support/thrown';
import licenses from './fixtures/licenses.json';
import malformed from './fixtures/people-malformed.json';
import page from './fixtures/people.json';
import previousPage from './fixtures/people-previous.json';

const [ana, ben, chloe, dev, emma, gus] = page.items.map((person) => person.id);

describe('snapshotsFromWebexPeople', () => {
  it('maps a whole page in page order, with a conversion found in the previous page', () => {
    const { snapshots, invalid } = snapshotsFromWebexPeople(page, { licenses, previous: previousPage });
    expect(invalid).toEqual([]);
    expect(snapshots.map((snapshot) => [snapshot.id, snapshot.license, snapshot.previousLicense, snapshot.hasSignedIn, snapshot.invitedAt])).toEqual([
      [ana, 'paid', 'paid', true, null],
      [ben, 'free', 'free', true, null],
      [chloe, 'paid', null, false, null],
      [dev, 'paid', 'free', true, null],
      [emma, 'paid', null, false, null],
      [gus, 'paid', 'paid', true, null],
    ]);
  });

  it('accepts the items arrays as well as the responses', () => {
    expect(snapshotsFromWebexPeople(page.items, { licenses: licenses.items, previous: previousPage.items })).toEqual(
      snapshotsFromWebexPeople(page, { licenses, previous: previousPage }),
    );
  });

  it('puts every person it cannot map in invalid, by index, and drops no one', () => {
    const { snapshots, invalid } = snapshotsFromWebexPeople(malformed, { licenses });
    expect(invalid.map((item) => item.index)).toEqual([0, 1, 2, 3, 5, 6, 7]);
    expect(snapshots.map((snapshot) => snapshot.id)).toEqual([4, 8, 9].map((index) => (malformed.items[index] as { id: string }).id));
    // Item 4 has no created date: refused only when created is to stand for the invitation.
    expect(snapshotsFromWebexPeople(malformed, { licenses, assumeInvitedAtCreated: true }).invalid.map((item) => item.index)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(invalid[0]!.issues).toEqual([{ path: ['licenses'], message: expect.stringContaining('array') }]);
  });

  it('carries each person\'s first address as email', () => {
    const { snapshots } = snapshotsFromWebexPeople(page, { licenses });
    expect(snapshots.map((snapshot) => snapshot.email)).toEqual(page.items.map((person) => person.emails[0]));
  });

  it('reads the history from a map or a function, by person id', () => {
    const map = new Map([
      [emma!, { invitedAt: '2026-03-03T10:00:00Z', remindersSent: 0 }],
      [chloe!, { invitedAt: null }],
    ]);
    const byMap = snapshotsFromWebexPeople(page, { licenses, history: map }).snapshots;
    expect(byMap.find((s) => s.id === emma)).toMatchObject({ invitedAt: '2026-03-03T10:00:00Z', remindersSent: 0 });
    expect(byMap.find((s) => s.id === chloe)!.invitedAt).toBeNull();
    // No record for the others: never emailed.
    expect(byMap.find((s) => s.id === ana)!.invitedAt).toBeNull();
    const byFunction = snapshotsFromWebexPeople(page, {
      licenses,
      history: (id) => (id === emma ? { invitedAt: '2026-03-03T10:00:00Z' } : id === ana ? null : undefined),
    }).snapshots;
    expect(byFunction.find((s) => s.id === emma)!.invitedAt).toBe('2026-03-03T10:00:00Z');
    expect(byFunction.find((s) => s.id === chloe)!.invitedAt).toBeNull();
  });

  it('takes created as the invitation of a pending person with no record only when told to assume it', () => {
    const history = new Map([[emma!, { invitedAt: '2026-03-03T10:00:00Z' }]]);
    const assumed = snapshotsFromWebexPeople(page, { licenses, history, assumeInvitedAtCreated: true }).snapshots;
    expect(assumed.map((s) => s.invitedAt)).toEqual([null, null, '2026-02-16T13:05:27.000Z', null, '2026-03-03T10:00:00Z', null]);
    expect(snapshotsFromWebexPeople(page, { licenses, assumeInvitedAtCreated: false }).snapshots.map((s) => s.invitedAt)).toEqual(
      page.items.map(() => null),
    );
  });

  it('takes the journal\'s history as it is', () => {
    const journal = historyFromJournal([
      { userId: chloe!, at: '2026-02-16T14:00:00Z', email: 'activation' },
      { userId: chloe!, at: '2026-02-19T14:00:00Z', email: 'reminder' },
    ]);
    const { snapshots, invalid } = snapshotsFromWebexPeople(page, { licenses, history: journal });
    expect(invalid).toEqual([]);
    expect(snapshots.find((s) => s.id === chloe)).toMatchObject({
      invitedAt: '2026-02-16T14:00:00Z',
      lastEmailedAt: '2026-02-19T14:00:00Z',
      remindersSent: 1,
    });
  });

  it('makes a bad or throwing history answer an issue on that person only', () => {
    const { invalid, snapshots } = snapshotsFromWebexPeople(page, {
      licenses,
      history: (id) => {
        if (id === ana) throw new Error('db down');
        return id === ben ? ({ invitedAt: 'last week' } as never) : undefined;
      },
    });
    expect(invalid).toEqual([
      { index: 0, issues: [{ path: ['options', 'history'], message: 'threw an error for this person' }] },
      { index: 1, issues: [{ path: ['options', 'history', 'invitedAt'], message: expect.stringMatching(/\(received "last week"\)$/) }] },
    ]);
    expect(snapshots).toHaveLength(4);
    const throwingMap = { get: () => { throw new Error('no'); } } as unknown as ReadonlyMap<string, UserHistory>;
    expect(snapshotsFromWebexPeople([page.items[0]], { history: throwingMap }).invalid).toEqual([
      { index: 0, issues: [{ path: ['options', 'history'], message: 'could not be read for this person (its get threw an error)' }] },
    ]);
  });

  it('classifies a licence once per page, never across calls', () => {
    const gusPerson = page.items[5]!;
    const renamed = { items: licenses.items.map((item) => ({ ...item, name: 'Basic Messaging' })) };
    expect(snapshotsFromWebexPeople([gusPerson, gusPerson], { licenses }).snapshots.map((s) => s.license)).toEqual(['paid', 'paid']);
    expect(snapshotsFromWebexPeople([gusPerson, gusPerson], { licenses: renamed }).snapshots.map((s) => s.license)).toEqual(['free', 'free']);
    expect(snapshotsFromWebexPeople([gusPerson], {}).invalid.map((item) => item.index)).toEqual([0]);
  });

  it('leaves repeated ids to planActivation, which reports them', () => {
    const { snapshots } = snapshotsFromWebexPeople({ items: [page.items[0], page.items[0]] });
    expect(snapshots).toHaveLength(2);
    expect(planActivation({}, snapshots).invalid.map((item) => item.index)).toEqual([1]);
  });

  it('survives hostile people', () => {
    const items = [throwingProxy(), throwingGetter('licenses', { ...page.items[2] }), page.items[1]];
    const { snapshots, invalid } = snapshotsFromWebexPeople({ items });
    expect(snapshots.map((s) => s.id)).toEqual([ben]);
    expect(invalid.map((item) => item.index)).toEqual([0, 1]);
    const unreadable = snapshotsFromWebexPeople(arrayWithThrowingItems(2));
    expect(unreadable.invalid[0]!.issues[0].message).toContain('threw');
    expect(unreadable.invalid.map((item) => [item.index, item.issues[0].path])).toEqual([
      [0, []],
      [1, []],
    ]);
  });

  it('throws PolicyInputError, before mapping anyone, for a page that is no list', () => {
    for (const bad of [null, 'people', { items: 'x' }, { data: [] }, throwingProxy(), throwingGetter('items')]) {
      const error = thrown(() => snapshotsFromWebexPeople(bad));
      expect(error).toBeInstanceOf(PolicyInputError);
    }
    expect((thrown(() => snapshotsFromWebexPeople({ items: 3 })) as PolicyInputError).issues[0].path).toEqual(['items']);
  });

  it('throws PolicyInputError for malformed options, naming each', () => {
    const problems = (options: unknown) =>
      (thrown(() => snapshotsFromWebexPeople(page, options as WebexPeopleOptions)) as PolicyInputError).issues.map(
        (issue) => issue.path,
      );
    expect(problems({ isPaidLicense: 'yes', history: { invitedAt: '2026-01-01T00:00:00Z' }, licenses: 3, assumeInvitedAtCreated: 1 })).toEqual([
      ['options', 'licenses'],
      ['options', 'isPaidLicense'],
      ['options', 'history'],
      ['options', 'assumeInvitedAtCreated'],
    ]);
    expect(problems({ history: throwingGetter('get') })).toEqual([['options', 'history']]);
    expect(problems(throwingGetter('history'))).toEqual([['options', 'history']]);
    expect(problems({ previous: { items: [page.items[0], { displayName: 'no id' }, page.items[0]] } })).toEqual([
      ['options', 'previous', 1],
      ['options', 'previous', 2, 'id'],
    ]);
    expect(problems({ previous: 'yesterday' })).toEqual([['options', 'previous']]);
    expect(problems(7)).toEqual([['options']]);
  });
});

describe('the seed\'s cases, from a People API page', () => {
  const on = { autoSendActivationEmails: true };
  const off = { autoSendActivationEmails: false };
  // chloe: paid, invitation pending since her creation, never signed in.
  const people = { items: [page.items[2]] };

  it('with no record of her, she is a new user, however long ago she was created', () => {
    const { snapshots } = snapshotsFromWebexPeople(people, { licenses, history: new Map() });
    expect(planActivation(on, snapshots).byKind['auto-send']).toEqual([chloe]);
    const offPlan = planActivation(off, snapshots);
    expect(offPlan.byKind['manual-required']).toEqual([chloe]);
    expect(offPlan.decisions[0]).toMatchObject({ trigger: 'new-user' });
  });

  it('once her first email is recorded, she is inactive, and reminders follow the record', () => {
    const history = historyFromJournal([{ userId: chloe!, at: '2026-03-02T09:00:00Z', email: 'activation' }]);
    const { snapshots } = snapshotsFromWebexPeople(people, { licenses, history });
    expect(planActivation(on, snapshots).byKind['reminder-eligible']).toEqual([chloe]);
    const offPlan = planActivation(off, snapshots);
    expect(offPlan.decisions[0]).toMatchObject({ kind: 'manual-required', trigger: 'inactive-user' });
    // Default cadence: the first reminder 3 days after the first email.
    expect(planReminders(off, snapshots, { now: '2026-03-04T09:00:00Z' })).toMatchObject({ due: [], upcoming: [{ userId: chloe }] });
    expect(planReminders(off, snapshots, { now: '2026-03-05T09:00:00Z' })).toMatchObject({ due: [{ userId: chloe }], upcoming: [] });
  });
});
