import type { Decision } from '../../index';
import { csvCell } from './csv-cell';
import type { PlanSink } from './plan-sink';
import type { BufferedWriter } from './writer';

/** The columns of the CSV plan; lists (reasons, checklist) are joined with spaces. */
export const PLAN_CSV_HEADER = 'userId,kind,trigger,rule,reasons,checklist,policyVersion,explanation';

/** One row per user, for spreadsheets: quoted only where RFC 4180 needs it. */
export function csvPlanSink(out: BufferedWriter, explain: (decision: Decision) => string): PlanSink {
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await out.write(`${PLAN_CSV_HEADER}\n`);
  };
  return {
    async decision(decision) {
      await start();
      const manual = decision.kind === 'manual-required';
      const cells = [
        decision.userId,
        decision.kind,
        manual ? decision.trigger : '',
        decision.rule,
        decision.reasons.join(' '),
        manual ? decision.checklist.join(' ') : '',
        decision.policyVersion,
        explain(decision),
      ];
      await out.write(`${cells.map(csvCell).join(',')}\n`);
    },
    invalid() {},
    async end() {
      await start();
    },
  };
}
