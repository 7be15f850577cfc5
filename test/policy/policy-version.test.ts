import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide, POLICY_VERSION, type OrgSettings, type UserSnapshot } from '../../src/index';

// POLICY_VERSION must change whenever any input would be decided differently, and only then.
// This test enumerates the abstract input space, hashes every decision, and compares the digest
// with the one recorded for the current POLICY_VERSION in policy-version-digests.json:
// - a decision changed and POLICY_VERSION did not: the test fails; bump POLICY_VERSION, add
//   its digest to the file (the failure prints it), and say what changed in the CHANGELOG;
// - POLICY_VERSION bumped with no digest recorded: the test fails until the digest is added;
// - a digest already recorded for an older version: the decisions went back to an old
//   policy, which must reuse neither that version nor a new one silently.

const DIGESTS = JSON.parse(readFileSync(join(__dirname, 'policy-version-digests.json'), 'utf8')) as Record<string, string>;

const ABSENT = Symbol('absent');
type Maybe<T> = T | typeof ABSENT;

function withoutAbsent<T extends object>(fields: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ABSENT)) as T;
}

/** Every abstract input: licence x previous licence x signed in x emailed x auto-send x Meetings. */
function* abstractInputs(): Generator<{ settings: OrgSettings; user: UserSnapshot }> {
  const licenses = ['free', 'paid'] as const;
  const previous: Maybe<'free' | 'paid' | null>[] = ['free', 'paid', null, ABSENT];
  const emailed: Maybe<string | null>[] = ['2026-05-01T08:30:00Z', null, ABSENT];
  const flags: Maybe<boolean>[] = [true, false, ABSENT];
  let n = 0;
  for (const license of licenses)
    for (const previousLicense of previous)
      for (const hasSignedIn of [true, false])
        for (const invitedAt of emailed)
          for (const autoSendActivationEmails of flags)
            for (const meetingsIncluded of flags) {
              n += 1;
              yield {
                settings: withoutAbsent<OrgSettings>({ autoSendActivationEmails, meetingsIncluded }),
                user: withoutAbsent<UserSnapshot>({ id: `u${n}`, license, previousLicense, hasSignedIn, invitedAt }),
              };
            }
}

function digestOfDecisions(): { digest: string; count: number } {
  const hash = createHash('sha256');
  let count = 0;
  for (const { settings, user } of abstractInputs()) {
    const { policyVersion: _version, ...decision } = decide(settings, user);
    // The version itself is left out: the digest is of what was decided, so that a bump alone
    // does not change it.
    hash.update(`${JSON.stringify([settings, user, decision])}\n`);
    count += 1;
  }
  return { digest: hash.digest('hex'), count };
}

describe('POLICY_VERSION is pinned to the decisions', () => {
  const { digest, count } = digestOfDecisions();

  it('covers the whole abstract input space', () => {
    expect(count).toBe(2 * 4 * 2 * 3 * 3 * 3);
  });

  it('every decision carries POLICY_VERSION', () => {
    for (const { settings, user } of abstractInputs()) expect(decide(settings, user).policyVersion).toBe(POLICY_VERSION);
  });

  it(`the decisions are the ones recorded for POLICY_VERSION ${POLICY_VERSION}`, () => {
    const recorded = DIGESTS[POLICY_VERSION];
    const hint =
      recorded === undefined
        ? `no digest recorded for POLICY_VERSION ${POLICY_VERSION}: add "${POLICY_VERSION}": "${digest}" to test/policy/policy-version-digests.json`
        : `a decision changed but POLICY_VERSION is still ${POLICY_VERSION}: bump it, record "${digest}" for the new version, and note the change in CHANGELOG.md`;
    expect(digest, hint).toBe(recorded);
  });

  it('no two versions record the same decisions', () => {
    const digests = Object.values(DIGESTS);
    expect(new Set(digests).size).toBe(digests.length);
  });

  it('versions are semver and recorded in increasing order', () => {
    const versions = Object.keys(DIGESTS);
    for (const version of versions) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const sorted = [...versions].sort((a, b) => {
      const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    expect(versions).toStrictEqual(sorted);
    expect(versions.at(-1)).toBe(POLICY_VERSION);
  });
});
