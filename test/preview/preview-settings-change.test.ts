// previewSettingsChange: the changes are exactly the users whose outcome differs, only between
// the kinds the setting can move; the advisories follow the setting alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVISORY_CODES,
  decide,
  decideEach,
  OUTCOME_KINDS,
  parseOrgSettings,
  planActivation,
  PolicyInputError,
  previewSettingsChange,
  type AdvisoryCode,
  type KindChange,
  type OrgSettings,
  type OutcomeKind,
} from '../../src/index';
import { arbOrgSettings } from '../../src/testing/arbitraries';
import { arbItems } from '../support/batch';
import { throwingProxy } from '../support/hostile';
import { thrown } from '../support/thrown';

const runs = { numRuns: 150 };

/** The pairs (before, after) the setting can move an outcome between. */
const MOVABLE = new Set(['auto-send>manual-required', 'reminder-eligible>manual-required', 'manual-required>auto-send', 'manual-required>reminder-eligible']);

/** The advisories DOMAIN.md and the README promise, as a table of (before, after) auto-send. */
function expectedAdvisories(before: boolean, after: boolean): AdvisoryCode[] {
  if (before && !after) return ['manual-onboarding-required', 'no-verification-link', 'reminders-suppressed', 'conversions-still-sent'];
  if (!before && after) return ['new-users-emailed-automatically', 'reminders-resumed'];
  return [];
}

function autoSendOf(settings: OrgSettings): boolean {
  const parsed = parseOrgSettings(settings);
  if (!parsed.ok) throw new Error('the arbitrary gave invalid settings');
  return parsed.value.autoSendActivationEmails;
}

function countsOf(byKind: { readonly [K in OutcomeKind]: readonly string[] }): Record<OutcomeKind, number> {
  return Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, byKind[kind].length])) as Record<OutcomeKind, number>;
}

describe('previewSettingsChange, as properties', () => {
  it('lists exactly the users whose kind differs, in input order, with the kinds decide gives', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbOrgSettings(), arbItems, (before, after, makeItems) => {
        const items = makeItems();
        const preview = previewSettingsChange(before, after, items);
        // The decided users are those the batch path decides; decide alone gives each kind.
        const expected: KindChange[] = [];
        for (const item of decideEach(before, items)) {
          if (!item.ok) continue;
          const user = items[item.index] as never;
          const [was, will] = [decide(before, user), decide(after, user)];
          if (was.kind === will.kind) continue;
          // The rule is the row of both decisions; the trigger that of the manual side.
          expect(will.rule).toBe(was.rule);
          const manual = [was, will].find((decision) => decision.kind === 'manual-required');
          const change: KindChange = { userId: was.userId, before: was.kind, after: will.kind, rule: was.rule };
          expected.push(manual?.kind === 'manual-required' ? { ...change, trigger: manual.trigger } : change);
        }
        const { invalid } = planActivation(before, items);
        expect(preview.changes).toEqual(expected);
        expect(preview.invalid).toEqual(invalid);
        expect(preview.counts.before).toEqual(countsOf(planActivation(before, items).byKind));
        expect(preview.counts.after).toEqual(countsOf(planActivation(after, items).byKind));
      }),
      runs,
    );
  });

  it('moves users only between auto-send/reminder-eligible and manual-required, the way the setting turns', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbOrgSettings(), arbItems, (before, after, makeItems) => {
        const preview = previewSettingsChange(before, after, makeItems());
        const [was, will] = [autoSendOf(before), autoSendOf(after)];
        expect(preview.autoSend).toBe(was === will ? 'unchanged' : will ? 'turned-on' : 'turned-off');
        if (was === will) expect(preview.changes).toEqual([]);
        for (const change of preview.changes) {
          expect(MOVABLE.has(`${change.before}>${change.after}`)).toBe(true);
          expect(change.after === 'manual-required').toBe(!will);
        }
      }),
      runs,
    );
  });

  it('gives exactly the advisories of the setting change, whatever the users', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbOrgSettings(), arbItems, (before, after, makeItems) => {
        const preview = previewSettingsChange(before, after, makeItems());
        expect(preview.advisories).toEqual(expectedAdvisories(autoSendOf(before), autoSendOf(after)));
      }),
      { numRuns: 80 },
    );
  });
});

describe('previewSettingsChange, by example', () => {
  const org = [
    { id: 'new', license: 'paid', hasSignedIn: false },
    { id: 'inactive', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' },
    { id: 'free', license: 'free', hasSignedIn: false },
    { id: 'convert', license: 'paid', previousLicense: 'free', hasSignedIn: false },
    { id: 'active', license: 'paid', hasSignedIn: true },
    { id: 'broken', license: 'gold', hasSignedIn: false },
  ];

  it('turning automatic emails off', () => {
    const preview = previewSettingsChange({}, { autoSendActivationEmails: false }, org);
    expect(preview).toEqual({
      changes: [
        { userId: 'new', before: 'auto-send', after: 'manual-required', rule: 'new-user', trigger: 'new-user' },
        { userId: 'inactive', before: 'reminder-eligible', after: 'manual-required', rule: 'inactive-user', trigger: 'inactive-user' },
      ],
      advisories: ['manual-onboarding-required', 'no-verification-link', 'reminders-suppressed', 'conversions-still-sent'],
      invalid: [{ index: 5, issues: [{ path: ['license'], message: 'must be "free" or "paid" (received "gold")' }] }],
      autoSend: 'turned-off',
      counts: {
        before: { 'auto-send': 1, 'skip-free': 1, 'notify-conversion': 1, 'manual-required': 0, 'reminder-eligible': 1, 'no-action': 1 },
        after: { 'auto-send': 0, 'skip-free': 1, 'notify-conversion': 1, 'manual-required': 2, 'reminder-eligible': 0, 'no-action': 1 },
      },
    });
  });

  it('turning them back on', () => {
    const preview = previewSettingsChange({ autoSendActivationEmails: false }, { autoSendActivationEmails: true }, org);
    expect(preview.changes).toEqual([
      { userId: 'new', before: 'manual-required', after: 'auto-send', rule: 'new-user', trigger: 'new-user' },
      { userId: 'inactive', before: 'manual-required', after: 'reminder-eligible', rule: 'inactive-user', trigger: 'inactive-user' },
    ]);
    // Plain JSON, with no key left undefined.
    expect(JSON.parse(JSON.stringify(preview.changes))).toEqual(preview.changes);
    expect(preview.advisories).toEqual(['new-users-emailed-automatically', 'reminders-resumed']);
  });

  it('leaving the setting alone, even when meetingsIncluded changes, moves no one and needs no advisory', () => {
    for (const [before, after] of [
      [{}, { autoSendActivationEmails: true }],
      [{ autoSendActivationEmails: false }, { autoSendActivationEmails: false, meetingsIncluded: true }],
    ] as const) {
      const preview = previewSettingsChange(before, after, org);
      expect(preview.changes).toEqual([]);
      expect(preview.advisories).toEqual([]);
      expect(preview.autoSend).toBe('unchanged');
    }
  });

  it('every advisory code is reachable', () => {
    const reached = new Set([
      ...previewSettingsChange({}, { autoSendActivationEmails: false }, []).advisories,
      ...previewSettingsChange({ autoSendActivationEmails: false }, {}, []).advisories,
    ]);
    expect([...reached].sort()).toEqual([...ADVISORY_CODES].sort());
  });

  it('takes any iterable: a Set or a generator gives what the array gives', () => {
    const expected = previewSettingsChange({}, { autoSendActivationEmails: false }, org);
    function* generate() {
      yield* org;
    }
    expect(previewSettingsChange({}, { autoSendActivationEmails: false }, new Set(org))).toEqual(expected);
    expect(previewSettingsChange({}, { autoSendActivationEmails: false }, generate())).toEqual(expected);
  });

  it('reads each user once', () => {
    let reads = 0;
    const user = { license: 'paid', hasSignedIn: false, get id() {
      reads += 1;
      return 'counted';
    } };
    previewSettingsChange({}, { autoSendActivationEmails: false }, [user]);
    expect(reads).toBe(1);
  });

  it('throws PolicyInputError naming before or after, before reading any user', () => {
    let pulled = 0;
    function* users() {
      pulled += 1;
      yield org[0];
    }
    const error = thrown(() =>
      previewSettingsChange({ autoSendActivationEmail: false } as OrgSettings, { autoSendActivationEmails: 'off' } as never, users()),
    );
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).issues.map((issue) => issue.path)).toEqual([
      ['before', 'autoSendActivationEmail'],
      ['after', 'autoSendActivationEmails'],
    ]);
    expect(thrown(() => previewSettingsChange({}, throwingProxy(), users()))).toBeInstanceOf(PolicyInputError);
    expect(thrown(() => previewSettingsChange(null as never, {}, users()))).toBeInstanceOf(PolicyInputError);
    expect(pulled).toBe(0);
    expect(thrown(() => previewSettingsChange({}, {}, 7 as never))).toBeInstanceOf(PolicyInputError);
  });
});

describe('previewSettingsChange on a large org', () => {
  it('lists 200,000 changes without spreading them into a call (no stack overflow)', () => {
    const count = 200_000;
    function* users() {
      for (let index = 0; index < count; index += 1) yield { id: `u${index}`, license: 'paid', hasSignedIn: false };
    }
    const preview = previewSettingsChange({}, { autoSendActivationEmails: false }, users());
    expect(preview.changes).toHaveLength(count);
    expect(preview.changes[count - 1]).toEqual({
      userId: `u${count - 1}`,
      before: 'auto-send',
      after: 'manual-required',
      rule: 'new-user',
      trigger: 'new-user',
    });
    expect(preview.counts.after['manual-required']).toBe(count);
  });
});
