import type { Decision } from '../../index';
import type { PlanSink } from './plan-sink';
import type { BufferedWriter } from './writer';

// What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// A cell that is neither a formula nor in need of quotes, tested once: most cells.
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

/** What `--help` says of the guard, for every command that writes CSV. */
export const CSV_FORMULA_NOTE = [
  "With --format csv, a cell that starts with =, +, -, @, a tab or a carriage return gets a ' in",
  'front, so that a spreadsheet shows it as text rather than running it as a formula (an id such',
  'as =HYPERLINK(...) in the input); json and ndjson keep every value exactly as it is.',
].join('\n');

/**
 * One cell of a CSV output: a value a spreadsheet would run as a formula is prefixed with `'`
 * (the OWASP advice against CSV injection: ids come from the input), and the cell is quoted when
 * RFC 4180 needs it (a comma, a quote or a line break).
 */
export function csvCell(text: string): string {
  if (!NEEDS_CARE.test(text)) return text;
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The columns of the CSV plan; lists (reasons, checklist) are joined with spaces. `email` is
 * last, so that a script reading the columns by position before it came still reads them; its
 * cell is empty when the input gives no email.
 */
export const PLAN_CSV_HEADER = 'userId,kind,trigger,rule,reasons,checklist,policyVersion,explanation,email';

interface Middle {
  readonly kind: string;
  readonly trigger: string;
  readonly reasons: readonly string[];
  readonly checklist: readonly string[] | undefined;
  readonly policyVersion: string;
  /** The UTF-8 bytes of the cells, with the commas on both sides. */
  readonly bytes: Uint8Array;
}

/** How many variants of a rule's middle cells are kept (see `middleOf`). */
const VARIANTS_PER_RULE = 8;

/** One row per user, for spreadsheets: quoted only where RFC 4180 needs it, formulas defused. */
export function csvPlanSink(out: BufferedWriter, explain: (decision: Decision) => string): PlanSink {
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await out.write(`${PLAN_CSV_HEADER}\n`);
  };
  // The cells between the id and the email depend on the decision's rule, lists and kind alone,
  // and the lists are the library's shared frozen arrays: they are written once per variant of a
  // rule. A rule has a few variants (its reasons are one array per row of the library's outcome
  // table, and the setting's reason differs between them), so each rule keeps the last few
  // variants seen: one alone would be written again each time two variants alternate.
  const middles = new Map<string, Middle[]>();
  const middleOf = (decision: Decision): Uint8Array => {
    const manual = decision.kind === 'manual-required';
    const trigger = manual ? decision.trigger : '';
    const checklist = manual ? decision.checklist : undefined;
    let variants = middles.get(decision.rule);
    if (variants === undefined) {
      variants = [];
      middles.set(decision.rule, variants);
    }
    for (const known of variants) {
      if (
        known.kind === decision.kind &&
        known.trigger === trigger &&
        known.reasons === decision.reasons &&
        known.checklist === checklist &&
        known.policyVersion === decision.policyVersion
      ) {
        return known.bytes;
      }
    }
    const text =
      `,${csvCell(decision.kind)},${csvCell(trigger)},${csvCell(decision.rule)},${csvCell(decision.reasons.join(' '))},` +
      `${csvCell(checklist === undefined ? '' : checklist.join(' '))},${csvCell(decision.policyVersion)},${csvCell(explain(decision))},`;
    const bytes = Buffer.from(text, 'utf8');
    // Bounded, should the lists ever be new arrays per decision.
    if (variants.length === VARIANTS_PER_RULE) variants.shift();
    variants.push({ kind: decision.kind, trigger, reasons: decision.reasons, checklist, policyVersion: decision.policyVersion, bytes });
    return bytes;
  };
  return {
    // Each row is copied as bytes around its rule's cells, encoded once (see `BufferedWriter.row`).
    decision(decision, email) {
      if (!started) {
        started = true;
        out.push(`${PLAN_CSV_HEADER}\n`);
      }
      return out.row(csvCell(decision.userId), middleOf(decision), email === undefined ? '' : csvCell(email));
    },
    invalid() {},
    async end() {
      await start();
    },
  };
}
