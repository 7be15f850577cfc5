import { MANUAL_TRIGGERS, OUTCOME_KINDS } from '../../index';
import type { Decision, OutcomeKind } from '../../index';
import type { ControlHubColumns } from '../../formats/index';
import type { Labels } from '../labels';
import { widest, type Style } from '../style';
import { columnReportLines } from './column-report';
import type { PlanSink } from './plan-sink';
import { userName } from './user-email';
import type { BufferedWriter } from './writer';

/** Rows held back to size the columns before the first one is printed; later rows may overflow. */
const SIZING_ROWS = 200;
/** The width of the widest outcome kind, for the columns of every table. */
export const KIND_WIDTH = widest(OUTCOME_KINDS);
const TRIGGER_WIDTH = widest(MANUAL_TRIGGERS);

// The colour of each outcome, one per kind or the compiler complains.
const KIND_COLOURS = {
  'manual-required': (style) => (text) => style.bold(style.yellow(text)),
  'notify-conversion': (style) => style.cyan,
  'auto-send': (style) => style.green,
  'reminder-eligible': (style) => style.green,
  'skip-free': (style) => style.dim,
  'no-action': (style) => style.dim,
} as const satisfies Record<OutcomeKind, (style: Style) => (text: string) => string>;

/** The colour each outcome is printed in; the outcome's name is always printed too. */
export function kindColour(style: Style, kind: OutcomeKind): (text: string) => string {
  return KIND_COLOURS[kind](style);
}

export interface TableHeading {
  readonly lines: readonly string[];
  /** For Control Hub's export: how its columns were read, printed after the lines, before the users. */
  readonly columns?: () => ControlHubColumns;
}

/**
 * The plan for a person at a terminal: the settings (and, for Control Hub's export, how its
 * columns were read), one line per user (their email when known, else their id; outcome,
 * trigger, the explanation in the chosen language), then how many users got each outcome.
 */
export function tablePlanSink(
  out: BufferedWriter,
  explain: (decision: Decision) => string,
  labels: Labels,
  style: Style,
  heading: TableHeading,
): PlanSink {
  const held: { readonly decision: Decision; readonly name: string }[] = [];
  let idWidth = labels.user.length;
  let flushed = false;

  const row = (decision: Decision, name: string): string => {
    const trigger = decision.kind === 'manual-required' ? decision.trigger : '';
    const kind = kindColour(style, decision.kind)(decision.kind.padEnd(KIND_WIDTH));
    return `${name.padEnd(idWidth)}  ${kind}  ${trigger.padEnd(TRIGGER_WIDTH)}  ${explain(decision)}\n`;
  };

  const release = async (): Promise<void> => {
    if (flushed) return;
    flushed = true;
    for (const { name } of held) idWidth = Math.max(idWidth, name.length);
    let text = heading.lines.map((line) => `${line}\n`).join('');
    if (heading.columns !== undefined) text += `\n${columnReportLines(heading.columns(), labels).join('\n')}\n`;
    text += '\n';
    text += style.bold(
      `${labels.user.padEnd(idWidth)}  ${labels.outcome.padEnd(KIND_WIDTH)}  ${labels.trigger.padEnd(TRIGGER_WIDTH)}  ${labels.explanation}`,
    );
    text += '\n';
    await out.write(text);
    for (const { decision, name } of held.splice(0)) await out.write(row(decision, name));
  };

  return {
    async decision(decision, email) {
      const name = userName(decision.userId, email);
      if (!flushed) {
        held.push({ decision, name });
        if (held.length >= SIZING_ROWS) await release();
        return;
      }
      await out.write(row(decision, name));
    },
    invalid() {},
    async end(counts) {
      await release();
      const lines = ['', labels.planned(counts.decided, counts.invalid), labels.perKind];
      for (const kind of OUTCOME_KINDS) {
        const count = String(counts.byKind[kind]).padStart(8);
        const detail =
          kind === 'manual-required' && counts.byKind[kind] > 0
            ? `   (${MANUAL_TRIGGERS.map((trigger) => `${trigger} ${counts.byTrigger[trigger]}`).join(', ')})`
            : '';
        lines.push(`  ${kindColour(style, kind)(kind.padEnd(KIND_WIDTH))}${count}${detail}`);
      }
      await out.write(`${lines.join('\n')}\n`);
    },
  };
}
