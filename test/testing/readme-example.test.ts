// onboarding.test.ts: an integrator's test, as docs/testing-kit.md shows it. Copy it into a project
// with the package, fast-check and vitest installed as dev dependencies, and it runs as is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, parseUserSnapshot, type OrgSettings } from 'activation-email-policy';
import {
  arbDecisionInput,
  arbInvalidUserSnapshot,
  orgSettings,
  userSnapshot,
} from 'activation-email-policy/testing';

// The code under test: in your project it lives in your sources and is imported here.
type Action =
  | { type: 'email'; userId: string; template: 'activation' | 'reminder' | 'conversion' }
  | { type: 'admin-task'; userId: string; checklist: readonly string[] }
  | { type: 'none'; userId: string }
  | { type: 'rejected'; fields: string[] };

function nextAction(settings: OrgSettings, raw: unknown): Action {
  const parsed = parseUserSnapshot(raw);
  if (!parsed.ok) return { type: 'rejected', fields: parsed.issues.map((issue) => issue.path.join('.')) };
  const decision = decide(settings, parsed.value);
  switch (decision.kind) {
    case 'auto-send':
      return { type: 'email', userId: decision.userId, template: 'activation' };
    case 'reminder-eligible':
      return { type: 'email', userId: decision.userId, template: 'reminder' };
    case 'notify-conversion':
      return { type: 'email', userId: decision.userId, template: 'conversion' };
    case 'manual-required':
      return { type: 'admin-task', userId: decision.userId, checklist: decision.checklist };
    case 'skip-free':
    case 'no-action':
      return { type: 'none', userId: decision.userId };
  }
}

describe('nextAction', () => {
  it('emails a new paid user when automatic emails are on', () => {
    expect(nextAction(orgSettings(), userSnapshot())).toEqual({
      type: 'email',
      userId: 'user-1',
      template: 'activation',
    });
  });

  it('asks the admin, and never emails, when the policy says the email is manual', () => {
    fc.assert(
      fc.property(arbDecisionInput('manual-required'), ({ settings, user }) => {
        const action = nextAction(settings, user);
        expect(action.type).toBe('admin-task');
        expect(action).toHaveProperty('checklist', expect.arrayContaining(['user-portal-link']));
      }),
    );
  });

  it('always tells a converted user, whatever the settings', () => {
    fc.assert(
      fc.property(arbDecisionInput('notify-conversion'), ({ settings, user }) => {
        expect(nextAction(settings, user)).toEqual({ type: 'email', userId: user.id, template: 'conversion' });
      }),
    );
  });

  it('rejects a broken snapshot and names the field at fault', () => {
    fc.assert(
      fc.property(arbInvalidUserSnapshot(), ({ value, path }) => {
        expect(nextAction(orgSettings(), value)).toEqual({ type: 'rejected', fields: [path.join('.')] });
      }),
    );
  });
});
