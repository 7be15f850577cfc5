import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, parseUserSnapshot } from '../../src/index';
import { arbInstant } from '../../src/testing/index';
import { snapshotFromWebexPerson, snapshotsFromWebexPeople } from '../../src/webex/index';
import { arbLicenseEntries, arbWebexPerson, FREE_IDS, licenses, PAID_IDS } from './arbitraries';

const RUNS = { numRuns: 300 };
const pieces = (entries: readonly string[]) => entries.flatMap((entry) => entry.split(','));

describe('mapping properties', () => {
  it('never throws, and every mapped snapshot passes parseUserSnapshot unchanged', () => {
    fc.assert(
      fc.property(arbWebexPerson(), fc.option(arbWebexPerson(), { nil: undefined }), fc.boolean(), (person, previous, named) => {
        const options = named ? { licenses } : {};
        const result = snapshotFromWebexPerson(person, { ...options, previous: previous && { ...previous, id: person.id } });
        if (result.ok) expect(parseUserSnapshot(result.value)).toEqual(result);
        else {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('maps every well-formed person whose licences can all be classified', () => {
    fc.assert(
      fc.property(arbWebexPerson({ wellFormed: true }), (person) => {
        const classifiable = { ...person, licenses: pieces(person.licenses as string[]).filter((id) => !id.startsWith('bm90')) };
        const result = snapshotFromWebexPerson(classifiable, { licenses });
        const withUnnamed = pieces(classifiable.licenses).some((id) => licenses.items.every((item) => item.id !== id));
        if (!withUnnamed) expect(result.ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('lets the caller\'s isPaidLicense always win, for this person and for previous', () => {
    fc.assert(
      fc.property(
        arbWebexPerson({ wellFormed: true }),
        arbLicenseEntries,
        fc.func(fc.boolean()),
        (person, before, isPaid) => {
          const calls: [string, unknown][] = [];
          const isPaidLicense = (id: string, license?: unknown) => {
            calls.push([id, license]);
            return isPaid(id);
          };
          const result = snapshotFromWebexPerson(person, {
            licenses,
            isPaidLicense,
            previous: { id: person.id, licenses: before },
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const held = pieces(person.licenses as string[]);
          expect(result.value.license).toBe(held.some((id) => isPaid(id)) ? 'paid' : 'free');
          expect(result.value.previousLicense).toBe(pieces(before).some((id) => isPaid(id)) ? 'paid' : 'free');
          // Every licence was asked about, with its Licenses API entry when there is one.
          expect(calls.map(([id]) => id)).toEqual([...held, ...pieces(before)]);
          for (const [id, license] of calls) expect(license).toBe(licenses.items.find((item) => item.id === id));
        },
      ),
      RUNS,
    );
  });

  it('classifies a person with a paid licence as paid, and one with free licences only as free', () => {
    fc.assert(
      fc.property(
        arbWebexPerson({ wellFormed: true }),
        fc.array(fc.constantFrom(...FREE_IDS), { maxLength: 5 }),
        fc.constantFrom(...PAID_IDS),
        (person, free, paid) => {
          const freeOnly = snapshotFromWebexPerson({ ...person, licenses: [free.join(',')].filter(Boolean) });
          expect(freeOnly.ok && freeOnly.value.license).toBe('free');
          if (freeOnly.ok) expect(decide({ autoSendActivationEmails: false }, freeOnly.value).kind).toBe('skip-free');
          const withPaid = snapshotFromWebexPerson({ ...person, licenses: [...free, 'bm90', paid] });
          expect(withPaid.ok && withPaid.value.license).toBe('paid');
        },
      ),
      RUNS,
    );
  });

  it('never takes an email from the People API: no record, no email, whatever created and invitePending say', () => {
    fc.assert(
      fc.property(arbWebexPerson({ wellFormed: true }), fc.constantFrom(undefined, null), (person, history) => {
        const result = snapshotFromWebexPerson(person, { licenses, history });
        if (!result.ok) return;
        expect(result.value.invitedAt).toBeNull();
        expect(result.value).not.toHaveProperty('lastEmailedAt');
        expect(result.value).not.toHaveProperty('remindersSent');
        const on = decide({ autoSendActivationEmails: true }, result.value);
        const off = decide({ autoSendActivationEmails: false }, result.value);
        // Never an inactive user: the only way to be one is a recorded email.
        expect(on.kind).not.toBe('reminder-eligible');
        if (off.kind === 'manual-required') expect(off.trigger).toBe('new-user');
      }),
      RUNS,
    );
  });

  it('gives a person with a recorded first email exactly that history', () => {
    fc.assert(
      fc.property(arbWebexPerson({ wellFormed: true }), arbInstant(), fc.nat({ max: 5 }), fc.boolean(), (person, invitedAt, remindersSent, assume) => {
        const result = snapshotFromWebexPerson(person, { licenses, history: { invitedAt, remindersSent }, assumeInvitedAtCreated: assume });
        if (!result.ok) return;
        expect(result.value).toMatchObject({ invitedAt, remindersSent });
        if (result.value.license === 'paid' && !result.value.hasSignedIn && result.value.previousLicense !== 'free') {
          expect(decide({ autoSendActivationEmails: true }, result.value).kind).toBe('reminder-eligible');
          expect(decide({ autoSendActivationEmails: false }, result.value)).toMatchObject({ trigger: 'inactive-user' });
        }
      }),
      RUNS,
    );
  });

  it('maps a page as the sum of its people mapped one by one', () => {
    fc.assert(
      fc.property(
        fc.array(arbWebexPerson(), { maxLength: 8 }),
        fc.array(arbWebexPerson({ wellFormed: true }), { maxLength: 4 }),
        fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), arbInstant(), fc.nat({ max: 3 })), { maxLength: 6 }),
        fc.boolean(),
        (items, seen, records, assumeInvitedAtCreated) => {
          const previous = [...new Map(seen.map((person) => [person.id as string, person])).values()];
          // Records for some of the people on the page, and for people it does not hold.
          const ids = items.flatMap((person) => (typeof person.id === 'string' ? [person.id] : []));
          const history = new Map(
            records.map(([id, invitedAt, remindersSent], index) => [ids[index] ?? id, { invitedAt, remindersSent }] as const),
          );
          const page = snapshotsFromWebexPeople(
            { items },
            { licenses, previous: { items: previous }, history, assumeInvitedAtCreated },
          );
          expect(page.snapshots.length + page.invalid.length).toBe(items.length);
          const alone = items.map((person) =>
            snapshotFromWebexPerson(person, {
              licenses,
              previous: previous.find((before) => typeof person.id === 'string' && before.id === person.id) ?? null,
              history: typeof person.id === 'string' && person.id !== '' ? history.get(person.id) : undefined,
              assumeInvitedAtCreated,
            }),
          );
          expect(page.snapshots).toEqual(alone.flatMap((result) => (result.ok ? [result.value] : [])));
          expect(page.invalid).toEqual(
            alone.flatMap((result, index) => (result.ok ? [] : [{ index, issues: result.issues }])),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
