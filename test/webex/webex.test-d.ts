import { describe, expectTypeOf, it } from 'vitest';
import type { InvalidItem, OrgSettings, ParseResult, UserSnapshot } from '../../src/index';
import {
  classifyWebexLicense,
  FREE_LICENSE_NAMES,
  FREE_LICENSE_TYPES,
  isFreeLicenseType,
  licenseTypeCode,
  orgSettingsFromWebex,
  snapshotFromWebexPerson,
  snapshotsFromWebexPeople,
  WEBEX_ACTIVATION_EMAIL_SETTING_KEY,
  type FreeLicenseType,
  type IsPaidLicense,
  type WebexFlag,
  type WebexLicense,
  type WebexLicenseList,
  type WebexOrgSetting,
  type WebexOrgSettingsExtra,
  type WebexPeopleHistory,
  type WebexPeopleList,
  type WebexPeopleOptions,
  type WebexPeopleSnapshots,
  type WebexPerson,
  type WebexPersonHistory,
  type WebexPersonOptions,
} from '../../src/webex/index';
import type { UserHistory } from '../../src/journal/index';
import licenses from './fixtures/licenses.json';
import people from './fixtures/people.json';

describe('webex entry types', () => {
  it('maps one person to a parse result of UserSnapshot', () => {
    expectTypeOf(snapshotFromWebexPerson).parameters.toEqualTypeOf<[person: unknown, options?: WebexPersonOptions]>();
    expectTypeOf(snapshotFromWebexPerson).returns.toEqualTypeOf<ParseResult<UserSnapshot>>();
    const result = snapshotFromWebexPerson(people.items[0], { licenses });
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<UserSnapshot>();
    else expectTypeOf(result.issues[0].path).toEqualTypeOf<readonly (string | number)[]>();
  });

  it('maps a page to snapshots and invalid items', () => {
    expectTypeOf(snapshotsFromWebexPeople).parameters.toEqualTypeOf<[page: unknown, options?: WebexPeopleOptions]>();
    expectTypeOf(snapshotsFromWebexPeople).returns.toEqualTypeOf<WebexPeopleSnapshots>();
    expectTypeOf<WebexPeopleSnapshots['snapshots']>().toEqualTypeOf<readonly UserSnapshot[]>();
    expectTypeOf<WebexPeopleSnapshots['invalid']>().toEqualTypeOf<readonly InvalidItem[]>();
  });

  it('maps the org setting to a parse result of OrgSettings', () => {
    expectTypeOf(orgSettingsFromWebex).parameters.toEqualTypeOf<[setting: unknown, extra?: WebexOrgSettingsExtra]>();
    expectTypeOf(orgSettingsFromWebex).returns.toEqualTypeOf<ParseResult<OrgSettings>>();
    expectTypeOf<WebexOrgSettingsExtra>().toEqualTypeOf<{ readonly meetingsIncluded?: boolean }>();
    expectTypeOf<typeof WEBEX_ACTIVATION_EMAIL_SETTING_KEY>().toEqualTypeOf<'allow-admin-invite-emails'>();
    expectTypeOf<WebexOrgSetting['key']>().toEqualTypeOf<string>();
  });

  it('types the licence helpers', () => {
    expectTypeOf(licenseTypeCode).toEqualTypeOf<(licenseId: string) => string | null>();
    expectTypeOf(classifyWebexLicense).returns.toEqualTypeOf<'free' | 'paid' | null>();
    expectTypeOf(FREE_LICENSE_TYPES).toEqualTypeOf<readonly ['FMS', 'FSS', 'FTC', 'FTM']>();
    expectTypeOf<FreeLicenseType>().toEqualTypeOf<'FMS' | 'FSS' | 'FTC' | 'FTM'>();
    expectTypeOf(FREE_LICENSE_NAMES).toEqualTypeOf<readonly string[]>();
    const type: string = 'FMS';
    if (isFreeLicenseType(type)) expectTypeOf(type).toEqualTypeOf<FreeLicenseType>();
  });

  it('types the payloads and options', () => {
    expectTypeOf<WebexFlag>().toEqualTypeOf<boolean | 'true' | 'false'>();
    expectTypeOf<WebexPerson['invitePending']>().toEqualTypeOf<WebexFlag | undefined>();
    expectTypeOf<WebexPerson['licenses']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<WebexLicense['name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<WebexLicenseList['items']>().toEqualTypeOf<readonly WebexLicense[]>();
    expectTypeOf<WebexPeopleList['items']>().toEqualTypeOf<readonly unknown[]>();
    expectTypeOf<IsPaidLicense>().toEqualTypeOf<(licenseId: string, license?: WebexLicense) => boolean>();
    expectTypeOf<WebexPersonOptions['history']>().toEqualTypeOf<WebexPersonHistory | null | undefined>();
    expectTypeOf<WebexPersonOptions['assumeInvitedAtCreated']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<WebexPeopleOptions['assumeInvitedAtCreated']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<WebexPersonOptions['licenses']>().toEqualTypeOf<WebexLicenseList | readonly WebexLicense[] | undefined>();
    expectTypeOf<WebexPeopleOptions['previous']>().toEqualTypeOf<WebexPeopleList | readonly unknown[] | undefined>();
    // The JSON of real responses is accepted as it is typed.
    expectTypeOf(licenses).toExtend<WebexLicenseList>();
    expectTypeOf(people).toExtend<WebexPeopleList>();
    // A person is `unknown` to the mappers: JSON typed with plain strings for the flags is fine.
    expectTypeOf(snapshotFromWebexPerson).toBeCallableWith(people.items[0], { licenses, previous: people.items[1] });
    expectTypeOf(people.items[0]!).not.toExtend<WebexPerson>();
    // @ts-expect-error a classification must answer with a boolean
    const wrong: IsPaidLicense = () => 'paid';
    void wrong;
  });

  it('types the history the caller gives', () => {
    expectTypeOf<WebexPersonHistory>().toEqualTypeOf<{
      readonly invitedAt?: string | null;
      readonly lastEmailedAt?: string | null;
      readonly remindersSent?: number;
    }>();
    expectTypeOf<WebexPeopleOptions['history']>().toEqualTypeOf<WebexPeopleHistory | undefined>();
    expectTypeOf<WebexPeopleHistory>().toEqualTypeOf<
      ReadonlyMap<string, WebexPersonHistory> | ((personId: string) => WebexPersonHistory | null | undefined)
    >();
    // The journal's history fits as it is: one user's, and the whole map.
    expectTypeOf<UserHistory>().toExtend<WebexPersonHistory>();
    expectTypeOf<Map<string, UserHistory>>().toExtend<WebexPeopleHistory>();
    expectTypeOf(snapshotsFromWebexPeople).toBeCallableWith(people, { history: new Map<string, UserHistory>() });
    expectTypeOf(snapshotFromWebexPerson).toBeCallableWith(people.items[0], { history: { invitedAt: '2026-03-02T09:15:00Z', remindersSent: 0 } });
    // @ts-expect-error an instant is text, not a Date
    const wrongInstant: WebexPersonHistory = { invitedAt: new Date() };
    // @ts-expect-error the assumption is a boolean, never a date
    const wrongAssumption: WebexPeopleOptions = { assumeInvitedAtCreated: '2026-03-02T09:15:00Z' };
    // @ts-expect-error the history is by person id: a list of records says nothing of whom
    const wrongHistory: WebexPeopleOptions = { history: [{ invitedAt: '2026-03-02T09:15:00Z' }] };
    void wrongInstant;
    void wrongAssumption;
    void wrongHistory;
  });
});
