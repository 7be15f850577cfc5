import type { Decision } from '../../index';
import type { PlanSink } from './plan-sink';
import { withEmail } from './user-email';
import type { BufferedWriter } from './writer';

/**
 * One JSON object per line: the decision as `decide` returns it, with the user's `email` after
 * `userId` when the input gives it, plus its `explanation`.
 */
export function ndjsonPlanSink(out: BufferedWriter, explain: (decision: Decision) => string): PlanSink {
  return {
    decision(decision, email) {
      return out.push(`${JSON.stringify({ ...withEmail(decision, email), explanation: explain(decision) })}\n`);
    },
    invalid() {},
    async end() {},
  };
}
