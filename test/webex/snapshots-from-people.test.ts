import { describe, expect, it } from 'vitest';
import { planActivation, PolicyInputError } from '../../src/index';
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
      [chloe, 'paid', null, false, '2026-02-16T13:05:27.000Z'],
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
    expect(invalid.map((item) => item.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(snapshots.map((snapshot) => snapshot.id)).toEqual([8, 9].map((index) => (malformed.items[index] as { id: string }).id));
    expect(invalid[0]!.issues).toEqual([{ path: ['licenses'], message: expect.stringContaining('array') }]);
  });

  it('reads invitedAt from a map or a function, by person id', () => {
    const map = new Map<string, string | null>([[emma!, '2026-03-03T10:00:00Z'], [chloe!, null]]);
    const byMap = snapshotsFromWebexPeople(page, { licenses, invitedAt: map }).snapshots;
    expect(byMap.find((s) => s.id === emma)!.invitedAt).toBe('2026-03-03T10:00:00Z');
    expect(byMap.find((s) => s.id === chloe)!.invitedAt).toBeNull();
    // No record for the others: the mapping decides.
    expect(byMap.find((s) => s.id === ana)!.invitedAt).toBeNull();
    const byFunction = snapshotsFromWebexPeople(page, {
      licenses,
      invitedAt: (id) => (id === emma ? '2026-03-03T10:00:00Z' : undefined),
    }).snapshots;
    expect(byFunction.find((s) => s.id === emma)!.invitedAt).toBe('2026-03-03T10:00:00Z');
    expect(byFunction.find((s) => s.id === chloe)!.invitedAt).toBe('2026-02-16T13:05:27.000Z');
  });

  it('makes a bad or throwing invitedAt answer an issue on that person only', () => {
    const { invalid, snapshots } = snapshotsFromWebexPeople(page, {
      licenses,
      invitedAt: (id) => {
        if (id === ana) throw new Error('db down');
        return id === ben ? 'last week' : undefined;
      },
    });
    expect(invalid.map((item) => [item.index, item.issues.map((issue) => issue.path)])).toEqual([
      [0, [['options', 'invitedAt']]],
      [1, [['options', 'invitedAt']]],
    ]);
    expect(snapshots).toHaveLength(4);
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
    expect(problems({ isPaidLicense: 'yes', invitedAt: '2026-01-01T00:00:00Z', licenses: 3 })).toEqual([
      ['options', 'licenses'],
      ['options', 'isPaidLicense'],
      ['options', 'invitedAt'],
    ]);
    expect(problems({ previous: { items: [page.items[0], { displayName: 'no id' }, page.items[0]] } })).toEqual([
      ['options', 'previous', 1],
      ['options', 'previous', 2, 'id'],
    ]);
    expect(problems({ previous: 'yesterday' })).toEqual([['options', 'previous']]);
    expect(problems(7)).toEqual([['options']]);
  });
});
