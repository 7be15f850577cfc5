// The example of docs/webex.md ("From Webex API payloads"), run on the fixtures: People and
// Licenses API JSON to a plan in three calls. The page must keep showing exactly these lines.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planActivation, PolicyInputError } from '../../src/index';
import { historyFromJournal } from '../../src/journal/index';
import { classifyWebexLicense, licenseTypeCode, orgSettingsFromWebex, snapshotsFromWebexPeople } from '../../src/webex/index';
import licenses from './fixtures/licenses.json';
import people from './fixtures/people.json';
import setting from './fixtures/setting-off.json';
import previousPage from './fixtures/people-previous.json';

const section = readFileSync(resolve(__dirname, '../../docs/webex.md'), 'utf8');

const EXAMPLE_LINES = [
  "const settings = orgSettingsFromWebex(setting);",
  "if (!settings.ok) throw new PolicyInputError(settings.issues, 'Webex org setting');",
  'const { snapshots, invalid } = snapshotsFromWebexPeople(people, { licenses, history });',
  'const plan = planActivation(settings.value, snapshots);',
];

describe('the example of docs/webex.md', () => {
  it('is in docs/webex.md as written here', () => {
    for (const line of EXAMPLE_LINES) expect(section).toContain(line);
  });

  const [ana, ben, chloe, dev, emma, gus] = people.items.map((person) => person.id);

  it('goes from People and Licenses JSON and a journal to a plan', () => {
    // chloe's activation email, sent by hand, is in the journal; emma's invitation never went out.
    const history = historyFromJournal([{ userId: chloe!, at: '2026-02-16T14:00:00Z', email: 'activation' }]);
    const settings = orgSettingsFromWebex(setting);
    if (!settings.ok) throw new PolicyInputError(settings.issues, 'Webex org setting');
    const { snapshots, invalid } = snapshotsFromWebexPeople(people, { licenses, history });
    const plan = planActivation(settings.value, snapshots);

    expect(invalid).toEqual([]);
    expect(plan.invalid).toEqual([]);
    expect(plan.byKind).toEqual({
      'auto-send': [],
      'skip-free': [ben],
      'notify-conversion': [],
      'manual-required': [chloe, emma],
      'reminder-eligible': [],
      'no-action': [ana, dev, gus],
    });
    const triggers = plan.decisions.flatMap((decision) => (decision.kind === 'manual-required' ? [decision.trigger] : []));
    expect(triggers).toEqual(['inactive-user', 'new-user']);
  });

  it('makes everyone with no record a new user, created long ago or not', () => {
    const settings = orgSettingsFromWebex(setting);
    if (!settings.ok) throw new PolicyInputError(settings.issues, 'Webex org setting');
    const history = new Map();
    const { snapshots } = snapshotsFromWebexPeople(people, { licenses, history });
    const plan = planActivation(settings.value, snapshots);
    expect(plan.byKind['manual-required']).toEqual([chloe, emma]);
    const triggers = plan.decisions.flatMap((decision) => (decision.kind === 'manual-required' ? [decision.trigger] : []));
    expect(triggers).toEqual(['new-user', 'new-user']);
  });

  it('finds the conversion once the previous page is given', () => {
    const settings = orgSettingsFromWebex(setting);
    if (!settings.ok) throw new PolicyInputError(settings.issues, 'Webex org setting');
    const { snapshots } = snapshotsFromWebexPeople(people, { licenses, previous: previousPage });
    const plan = planActivation(settings.value, snapshots);
    expect(plan.byKind['notify-conversion']).toEqual([people.items[3]!.id]);
  });

  it('runs the override shown in docs/webex.md', () => {
    expect(section).toContain(
      "isPaidLicense: (id, license) => licenseTypeCode(id) !== 'XYZ' && classifyWebexLicense(id, license) !== 'free',",
    );
    const xyz = btoa('ciscospark://us/LICENSE/org-1:XYZ_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f');
    const page = { items: [{ id: 'p1', licenses: [xyz] }, ...people.items] };
    const result = snapshotsFromWebexPeople(page, {
      licenses,
      isPaidLicense: (id, license) => licenseTypeCode(id) !== 'XYZ' && classifyWebexLicense(id, license) !== 'free',
    });
    expect(result.invalid).toEqual([]);
    expect(result.snapshots.map((snapshot) => snapshot.license)).toEqual(['free', 'paid', 'free', 'paid', 'paid', 'paid', 'paid']);
  });
});
