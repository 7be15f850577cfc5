import {
  explain,
  explainAdvisory,
  MANUAL_EMAIL_ITEMS,
  OUTCOME_KINDS,
  type Decision,
  type Locale,
  type ManualEmailCheck,
} from 'activation-email-policy';
import type { UnreadableItem } from './load-users';
import type { ChangeSummary, PlanSummary } from './protocol';
import type { PageText } from './ui-text';

/** Builds an element with text content; the page never writes HTML from data. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function headerRow(cells: readonly string[]): HTMLTableSectionElement {
  const head = element('thead');
  const row = element('tr');
  for (const cell of cells) row.append(element('th', cell, { scope: 'col' }));
  head.append(row);
  return head;
}

/** One line per outcome kind, all six always, with the number of users. */
export function renderCounts(table: HTMLTableElement, plan: PlanSummary, text: PageText): void {
  const body = element('tbody');
  for (const kind of OUTCOME_KINDS) {
    const row = element('tr', undefined, { 'data-kind': kind });
    row.append(element('th', text.kinds[kind], { scope: 'row', class: `kind kind-${kind}` }));
    row.append(element('td', String(plan.counts[kind]), { 'data-count': kind }));
    body.append(row);
  }
  table.replaceChildren(element('caption', text.countsHeading), headerRow([text.columns.outcome, text.columns.count]), body);
}

/** The users whose outcome the last flip changed, and what the admin must be told. */
export function renderChange(
  container: HTMLElement,
  preview: ChangeSummary | undefined,
  locale: Locale,
  text: PageText,
): void {
  if (preview === undefined) {
    container.replaceChildren(element('p', text.noChangeYet));
    return;
  }
  const parts: Node[] = [];
  if (preview.advisories.length > 0) {
    const list = element('ul', undefined, { id: 'advisories' });
    for (const code of preview.advisories) list.append(element('li', explainAdvisory(code, locale), { 'data-advisory': code }));
    parts.push(list);
  }
  parts.push(element('p', text.changed(preview.changeCount), { id: 'change-count' }));
  if (preview.changes.length > 0) {
    const table = element('table', undefined, { id: 'changes' });
    const body = element('tbody');
    for (const change of preview.changes) {
      const row = element('tr');
      row.append(element('td', change.userId));
      row.append(element('td', text.kinds[change.before], { class: `kind kind-${change.before}` }));
      row.append(element('td', text.kinds[change.after], { class: `kind kind-${change.after}` }));
      body.append(row);
    }
    table.append(headerRow([text.columns.user, text.columns.before, text.columns.after]), body);
    parts.push(table);
    if (preview.changeCount > preview.changes.length) parts.push(element('p', text.moreChanges(preview.changeCount - preview.changes.length)));
  }
  container.replaceChildren(...parts);
}

/** One page of users: each decision with its explanation, in the chosen language. */
export function renderUsers(table: HTMLTableElement, decisions: readonly Decision[], locale: Locale, text: PageText): void {
  const body = element('tbody');
  if (decisions.length === 0) {
    const row = element('tr');
    row.append(element('td', text.noUsers, { colspan: '4' }));
    body.append(row);
  }
  for (const decision of decisions) {
    const row = element('tr', undefined, { 'data-user': decision.userId });
    row.append(element('th', decision.userId, { scope: 'row' }));
    row.append(element('td', text.kinds[decision.kind], { class: `kind kind-${decision.kind}` }));
    row.append(element('td', decision.kind === 'manual-required' ? text.triggers[decision.trigger] : '—'));
    row.append(element('td', explain(decision, locale)));
    body.append(row);
  }
  table.replaceChildren(headerRow([text.columns.user, text.columns.outcome, text.columns.trigger, text.columns.why]), body);
}

/** The items that could not be read or decided, with where they are and why. */
export function renderInvalid(container: HTMLElement, items: readonly UnreadableItem[], count: number, text: PageText): void {
  if (count === 0) {
    container.replaceChildren();
    return;
  }
  const details = element('details');
  details.append(element('summary', text.invalidHeading(count), { class: 'error' }));
  const list = element('ul');
  for (const item of items) list.append(element('li', text.invalidRow(item.where, item.message)));
  details.append(list);
  container.replaceChildren(details);
}

/** Every checklist item, present or missing, with the reason when it is missing. */
export function renderChecklist(
  list: HTMLUListElement,
  check: ManualEmailCheck,
  meetingsIncluded: boolean,
  labels: Record<string, string>,
  text: PageText,
): void {
  const problems = new Map(check.problems.map((problem) => [problem.item, problem.message]));
  const items: Node[] = [];
  for (const item of MANUAL_EMAIL_ITEMS) {
    const problem = problems.get(item);
    const needed = item !== 'pmr-link' || meetingsIncluded;
    const state = problem !== undefined ? 'missing' : 'ok';
    const detail = problem === undefined ? (needed ? text.itemPresent : text.notRequired) : problem;
    items.push(element('li', `${labels[item] ?? item}${text.labelSeparator}${detail}`, { class: `check-${state}`, 'data-item': item, 'data-state': state }));
  }
  if (check.complete) items.push(element('li', text.checklistComplete, { class: 'check-ok', 'data-state': 'complete' }));
  list.replaceChildren(...items);
}

/** How far the worker is, in words and on a progress bar (with no value while it cannot tell). */
export function renderProgress(
  bar: HTMLProgressElement,
  line: HTMLElement,
  status: HTMLElement,
  words: string,
  done: number,
  total: number,
): void {
  line.hidden = false;
  if (total > 0) {
    bar.max = total;
    bar.value = done;
  } else bar.removeAttribute('value');
  status.textContent = words;
}

/** An email as the compose entry writes it. */
export interface ShownEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * The email as its recipient gets it: the headers and the text version as text, the HTML in a
 * sandboxed frame that runs no script, submits no form and opens no window (its links open
 * nothing either: a frame without `allow-popups` or `allow-top-navigation` keeps them inside).
 */
export function renderEmail(container: HTMLElement, email: ShownEmail, text: PageText): void {
  const words = text.email;
  const headers = element('dl', undefined, { id: 'email-headers' });
  headers.append(element('dt', words.to), element('dd', email.to, { id: 'email-to' }));
  headers.append(element('dt', words.subject), element('dd', email.subject, { id: 'email-subject' }));
  const frame = element('iframe', undefined, { id: 'email-frame', title: words.frame, sandbox: '', referrerpolicy: 'no-referrer' });
  frame.srcdoc = email.html;
  const plain = element('details', undefined, { id: 'email-text' });
  plain.append(element('summary', words.text), element('pre', email.text));
  container.replaceChildren(headers, frame, plain);
}
