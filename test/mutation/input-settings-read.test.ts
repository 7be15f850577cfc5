// parseOrgSettings reads each setting once: the fast path for plain settings, when it keeps them,
// is not followed by the full parser. A getter that counts its reads tells.
import { describe, expect, it } from 'vitest';
import { parseOrgSettings } from '../../src/index';

describe('parseOrgSettings reads each plain setting once', () => {
  for (const [autoSend, meetings] of [[true, true], [false, false], [true, false], [false, true]] as const) {
    it(`reads { autoSendActivationEmails: ${autoSend}, meetingsIncluded: ${meetings} } given by getters once each`, () => {
      const reads = { autoSend: 0, meetings: 0 };
      const settings = {
        get autoSendActivationEmails() {
          reads.autoSend += 1;
          return autoSend;
        },
        get meetingsIncluded() {
          reads.meetings += 1;
          return meetings;
        },
      };
      expect(parseOrgSettings(settings)).toEqual({ ok: true, value: { autoSendActivationEmails: autoSend, meetingsIncluded: meetings } });
      expect(reads).toEqual({ autoSend: 1, meetings: 1 });
    });
  }
});

describe('parseOrgSettings, whatever the order of the keys', () => {
  it('reads meetingsIncluded given before autoSendActivationEmails once each', () => {
    const reads = { autoSend: 0, meetings: 0 };
    const settings = {
      get meetingsIncluded() {
        reads.meetings += 1;
        return true;
      },
      get autoSendActivationEmails() {
        reads.autoSend += 1;
        return false;
      },
    };
    expect(Object.keys(settings)).toEqual(['meetingsIncluded', 'autoSendActivationEmails']);
    expect(parseOrgSettings(settings)).toEqual({ ok: true, value: { autoSendActivationEmails: false, meetingsIncluded: true } });
    expect(reads).toEqual({ autoSend: 1, meetings: 1 });
  });

  it('refuses an unknown key beside a valid meetingsIncluded, before it or after it', () => {
    for (const settings of [
      { autoSendActivationEmail: false, meetingsIncluded: true },
      { meetingsIncluded: true, autoSendActivationEmail: false },
      { autoSendActivationEmails: false, typo: 1, meetingsIncluded: false },
    ]) {
      const result = parseOrgSettings(settings);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((issue) => issue.path)).toEqual([[Object.keys(settings).find((key) => !key.endsWith('Included') && !key.endsWith('Emails'))]]);
    }
  });
});
