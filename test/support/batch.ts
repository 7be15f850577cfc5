// A user batch as an org export may hold it: valid users, some sharing an id, mixed with bad
// and hostile items.
import fc from 'fast-check';
import { arbUserSnapshot } from '../../src/testing/arbitraries';
import { arbBadUserItem } from './hostile';

/**
 * Items: valid users (some sharing ids on purpose) mixed with bad and hostile ones. Drawn as a
 * function that builds the list, so hostile Proxies are made inside the property, where only
 * the code under test touches them.
 */
export const arbItems = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: arbUserSnapshot().map((user) => ({ user })) },
      { weight: 2, arbitrary: arbBadUserItem().map((bad) => ({ bad })) },
      // A second user reusing the id of an earlier item (when there is one).
      { weight: 1, arbitrary: fc.tuple(arbUserSnapshot(), fc.nat()).map(([user, pick]) => ({ user, pick })) },
    ),
    { maxLength: 25 },
  )
  .map((drawn) => () => {
    const items: unknown[] = [];
    const ids: string[] = [];
    for (const entry of drawn) {
      if ('bad' in entry) {
        items.push(entry.bad.make());
        continue;
      }
      const user = 'pick' in entry && ids.length > 0 ? { ...entry.user, id: ids[entry.pick % ids.length]! } : entry.user;
      ids.push(user.id);
      items.push(user);
    }
    return items;
  });

