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
