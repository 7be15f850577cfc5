import { OUTCOME_KINDS } from '../../index';
import type { InvalidItem, Decision, OutcomeKind } from '../../index';
import type { ControlHubColumns } from '../../formats/index';
import type { PlanSink } from './plan-sink';
import { withEmail } from './user-email';
import type { BufferedWriter } from './writer';

function indented(value: unknown, spaces: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

/**
 * Prints exactly `JSON.stringify(planActivation(settings, users), null, 2)`: the same object, in
 * the same key order, with decisions written as they are made rather than held until the end
 * (only the ids per kind and the invalid items are kept, as the object needs them last). Two
 * additions where the input gives them: each decision's `email` after its `userId`, and, for
 * Control Hub's export, a last field `columns`, how its columns were read (`ControlHubColumns`).
 */
export function jsonPlanSink(out: BufferedWriter, columns?: () => ControlHubColumns): PlanSink {
  const byKind = Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, [] as string[]])) as Record<OutcomeKind, string[]>;
  const invalid: InvalidItem[] = [];
  let started = false;
  let count = 0;
  return {
    async decision(decision: Decision, email?: string) {
      if (!started) {
        started = true;
        await out.write('{\n  "decisions": [');
      }
      await out.write(`${count === 0 ? '\n' : ',\n'}    ${indented(withEmail(decision, email), 4)}`);
      count += 1;
      byKind[decision.kind].push(decision.userId);
    },
    invalid(item) {
      invalid.push(item);
    },
    async end() {
      if (!started) await out.write('{\n  "decisions": [');
      await out.write(count === 0 ? ']' : '\n  ]');
      await out.write(`,\n  "invalid": ${indented(invalid, 2)},\n  "byKind": ${indented(byKind, 2)}`);
      await out.write(columns === undefined ? '\n}\n' : `,\n  "columns": ${indented(columns(), 2)}\n}\n`);
    },
  };
}
