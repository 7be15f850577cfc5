import type { Decision } from '../../index';
import type { PlanSink } from './plan-sink';
import type { BufferedWriter } from './writer';

/** One JSON object per line: the decision as `decide` returns it, plus its `explanation`. */
export function ndjsonPlanSink(out: BufferedWriter, explain: (decision: Decision) => string): PlanSink {
  return {
    async decision(decision) {
      await out.write(`${JSON.stringify({ ...decision, explanation: explain(decision) })}\n`);
    },
    invalid() {},
    async end() {},
  };
}
