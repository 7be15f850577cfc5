// Webex People API persons for property tests: mostly well-formed, in both flag spellings,
// with comma-joined licence ids, and now and then a missing or malformed field.
import fc from 'fast-check';
import ids from './fixtures/license-ids.json';
import licenses from './fixtures/licenses.json';

export const PAID_IDS = [ids.MS, ids.CF, ids.EE, ids.BCSTD] as const;
export const FREE_IDS = [ids.FMS, ids.FSS, ids.FTC, ids.FTM] as const;
/** Ids that carry no type; the first two are named in the licences fixture, the last is not. */
export const TYPELESS_IDS = [ids.MEETING_NAMED, ids.MESSAGING_NAMED, ids.UNNAMED] as const;
export { licenses };

/** Any licence id a person may hold, classifiable or not. */
export const arbLicenseId = fc.constantFrom<string>(...PAID_IDS, ...FREE_IDS, ...TYPELESS_IDS, 'bm90IGEgbGljZW5jZQ');

/** A well-formed `licenses` array: entries of one to three ids joined by commas. */
export const arbLicenseEntries = fc.array(
  fc.array(arbLicenseId, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(',')),
  { maxLength: 4 },
);

const arbInstantText = fc.oneof(
  fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-02-20T08:30:00+0100', '2026-02-20 08:30:00Z', '2026-02-20T08:30Z'),
);

const arbFlag = fc.constantFrom<unknown>(true, false, 'true', 'false');

/** Values a field should not hold. */
const arbJunk = fc.constantFrom<unknown>(null, 0, 1, '', 'yes', 'TRUE', [], {}, '2026-02-30T00:00:00Z', 'yesterday');

function sometimesJunk<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: arbJunk, weight: 1 });
}

/** A People API person, well-formed most of the time. */
export function arbWebexPerson(options: { readonly wellFormed?: boolean } = {}): fc.Arbitrary<Record<string, unknown>> {
  const field = options.wellFormed === true ? <T>(arb: fc.Arbitrary<T>) => arb as fc.Arbitrary<unknown> : sometimesJunk;
  return fc.record(
    {
      id: field(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/)),
      emails: fc.constant(['someone@nordlys.example']),
      licenses: field(arbLicenseEntries),
      created: field(arbInstantText),
      lastActivity: field(arbInstantText),
      status: field(fc.constantFrom('active', 'inactive', 'pending', 'unknown')),
      invitePending: field(arbFlag),
      loginEnabled: field(arbFlag),
      type: fc.constant('person'),
    },
    { requiredKeys: options.wellFormed === true ? ['id', 'created', 'licenses'] : [] },
  );
}
