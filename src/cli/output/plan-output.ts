import type { Decision } from '../../index';
import type { ControlHubColumns } from '../../formats/index';
import type { Labels } from '../labels';
import type { Style } from '../style';
import { columnReportLines } from './column-report';
import { csvPlanSink } from './plan-csv';
import { jsonPlanSink } from './plan-json';
import { ndjsonPlanSink } from './plan-ndjson';
import type { PlanFormat, PlanSink } from './plan-sink';
import { tablePlanSink } from './plan-table';
import type { BufferedWriter } from './writer';

/** What a plan output is made of. */
export interface PlanOutput {
  readonly out: BufferedWriter;
  /** Standard error: the csv and ndjson outputs print the column report there. */
  readonly err: BufferedWriter;
  readonly explain: (decision: Decision) => string;
  readonly labels: Labels;
  readonly style: Style;
  /** The table's first lines (the settings). */
  readonly heading: readonly string[];
  /** For Control Hub's export (`UserInput.columns`): how its columns were read. */
  readonly columns?: (() => ControlHubColumns) | undefined;
}

/**
 * The sink of a plan in the format asked for. For Control Hub's export, the column report goes
 * where each format's reader looks: the table prints it before the users, the JSON output ends
 * with a `columns` field, and the csv and ndjson outputs, which stay one user per row or line for
 * scripts, print it on standard error before the first user.
 */
export async function planSink(format: PlanFormat, output: PlanOutput): Promise<PlanSink> {
  const { out, err, explain, labels, style, columns } = output;
  switch (format) {
    case 'table':
      return tablePlanSink(out, explain, labels, style, columns === undefined ? { lines: output.heading } : { lines: output.heading, columns });
    case 'json':
      return jsonPlanSink(out, columns);
    case 'csv':
    case 'ndjson':
      if (columns !== undefined) {
        await err.write(`${columnReportLines(columns(), labels).join('\n')}\n`);
        await err.flush();
      }
      return format === 'csv' ? csvPlanSink(out, explain) : ndjsonPlanSink(out, explain);
  }
}
