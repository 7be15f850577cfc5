import {
  checkManualEmail,
  LOCALES,
  MANUAL_EMAIL_DRAFT_FIELDS,
  MANUAL_EMAIL_ITEMS,
  OUTCOME_KINDS,
  planActivation,
  previewSettingsChange,
  type ActivationPlan,
  type Decision,
  type Locale,
  type OrgSettings,
  type SettingsChangePreview,
} from 'activation-email-policy';
import { describeLocation, duplicateIssue, SAMPLE_USERS } from 'activation-email-policy/formats';
import { issuesText, loadUsers, type LoadedUsers, type UnreadableItem } from './load-users';
import { renderChange, renderChecklist, renderCounts, renderInvalid, renderUsers } from './render';
import { PAGE_TEXT } from './ui-text';

const PAGE_SIZE = 100;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`the page has no #${id}`);
  return node as T;
}

const view = {
  lang: byId<HTMLSelectElement>('lang'),
  usersFile: byId<HTMLInputElement>('users-file'),
  licensesFile: byId<HTMLInputElement>('licenses-file'),
  useSample: byId<HTMLButtonElement>('use-sample'),
  status: byId<HTMLParagraphElement>('source-status'),
  invalid: byId<HTMLDivElement>('invalid'),
  autoSend: byId<HTMLInputElement>('auto-send'),
  meetings: byId<HTMLInputElement>('meetings'),
  counts: byId<HTMLTableElement>('counts'),
  change: byId<HTMLDivElement>('change'),
  filter: byId<HTMLSelectElement>('kind-filter'),
  users: byId<HTMLTableElement>('users'),
  previous: byId<HTMLButtonElement>('previous-page'),
  next: byId<HTMLButtonElement>('next-page'),
  pageStatus: byId<HTMLSpanElement>('page-status'),
  draft: byId<HTMLFormElement>('draft'),
  checklist: byId<HTMLUListElement>('checklist'),
};

interface State {
  locale: Locale;
  source: LoadedUsers;
  /** How the source was loaded, to say it again in another language. */
  describeSource: () => string;
  settings: OrgSettings;
  plan: ActivationPlan;
  lastChange: SettingsChangePreview | undefined;
  filter: 'all' | Decision['kind'];
  page: number;
}

function currentSettings(): OrgSettings {
  return { autoSendActivationEmails: view.autoSend.checked, meetingsIncluded: view.meetings.checked };
}

function invalidItems(source: LoadedUsers, plan: ActivationPlan): UnreadableItem[] {
  const items = source.unreadable.slice();
  for (const item of plan.invalid) {
    const location = source.locations[item.index] ?? { kind: 'index', index: item.index };
    const earlier = item.duplicateOf === undefined ? undefined : source.locations[item.duplicateOf];
    // A repeated id names the earlier user where the file names it, as the command line does.
    items.push({ where: describeLocation(location), message: issuesText(earlier === undefined ? item.issues : [duplicateIssue(earlier)]) });
  }
  return items;
}

const sampleSource: LoadedUsers = {
  users: SAMPLE_USERS,
  locations: SAMPLE_USERS.map((_, index) => ({ kind: 'index', index }) as const),
  unreadable: [],
};

function timed<T>(work: () => T): { value: T; millis: number } {
  const start = performance.now();
  const value = work();
  return { value, millis: Math.round(performance.now() - start) };
}

const initial = timed(() => planActivation(currentSettings(), sampleSource.users));
const state: State = {
  locale: 'en',
  source: sampleSource,
  describeSource: () => PAGE_TEXT[state.locale].sampleLoaded(sampleSource.users.length, initial.millis),
  settings: currentSettings(),
  plan: initial.value,
  lastChange: undefined,
  filter: 'all',
  page: 0,
};

function visibleDecisions(): readonly Decision[] {
  if (state.filter === 'all') return state.plan.decisions;
  return state.plan.decisions.filter((decision) => decision.kind === state.filter);
}

function renderUsersPage(): void {
  const text = PAGE_TEXT[state.locale];
  const decisions = visibleDecisions();
  const pages = Math.max(1, Math.ceil(decisions.length / PAGE_SIZE));
  state.page = Math.min(state.page, pages - 1);
  const first = state.page * PAGE_SIZE;
  const shown = decisions.slice(first, first + PAGE_SIZE);
  renderUsers(view.users, shown, state.locale, text);
  view.pageStatus.textContent = text.pageStatus(shown.length === 0 ? 0 : first + 1, first + shown.length, decisions.length);
  view.previous.disabled = state.page === 0;
  view.next.disabled = state.page >= pages - 1;
}

function renderFilter(): void {
  const text = PAGE_TEXT[state.locale];
  const options = [new Option(text.allKinds, 'all')];
  for (const kind of OUTCOME_KINDS) options.push(new Option(text.kinds[kind], kind));
  view.filter.replaceChildren(...options);
  view.filter.value = state.filter;
}

function draftFromForm(): Record<string, unknown> {
  const data = new FormData(view.draft);
  const draft: Record<string, unknown> = {};
  for (const item of MANUAL_EMAIL_ITEMS) {
    const field = MANUAL_EMAIL_DRAFT_FIELDS[item];
    const value = String(data.get(field) ?? '');
    if (value.trim() === '') continue;
    draft[field] = field === 'supportLinks' || field === 'trainingLinks'
      ? value.split('\n').map((line) => line.trim()).filter((line) => line !== '')
      : value;
  }
  return draft;
}

function renderDraftChecklist(): void {
  const text = PAGE_TEXT[state.locale];
  const meetingsIncluded = view.meetings.checked;
  const labels: Record<string, string> = {};
  for (const item of MANUAL_EMAIL_ITEMS) labels[item] = text[MANUAL_EMAIL_DRAFT_FIELDS[item]];
  renderChecklist(view.checklist, checkManualEmail(draftFromForm(), { meetingsIncluded }, state.locale), meetingsIncluded, labels, text);
}

function renderAll(): void {
  const text = PAGE_TEXT[state.locale];
  document.documentElement.lang = state.locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = node.dataset['text'] as keyof typeof text;
    const value = text[key];
    if (typeof value === 'string') node.textContent = value;
  }
  document.title = text.title;
  view.status.textContent = state.describeSource();
  renderInvalid(view.invalid, invalidItems(state.source, state.plan), text);
  renderCounts(view.counts, state.plan, text);
  renderChange(view.change, state.lastChange, state.locale, text);
  renderFilter();
  renderUsersPage();
  renderDraftChecklist();
}

function replan(): void {
  state.plan = planActivation(state.settings, state.source.users);
  state.page = 0;
}

function onSettingsChanged(): void {
  const next = currentSettings();
  state.lastChange = previewSettingsChange(state.settings, next, state.source.users);
  state.settings = next;
  replan();
  renderAll();
}

async function onFileChosen(): Promise<void> {
  const file = view.usersFile.files?.[0];
  if (file === undefined) return;
  const licenses = view.licensesFile.files?.[0];
  const [bytes, licensesBytes] = await Promise.all([file.arrayBuffer(), licenses?.arrayBuffer()]);
  const started = performance.now();
  const loaded = loadUsers(new Uint8Array(bytes), licensesBytes === undefined ? undefined : new Uint8Array(licensesBytes));
  if (!loaded.ok) {
    view.status.textContent = PAGE_TEXT[state.locale].fileUnreadable(file.name, loaded.message);
    return;
  }
  state.source = loaded;
  state.lastChange = undefined;
  replan();
  const millis = Math.round(performance.now() - started);
  state.describeSource = () => PAGE_TEXT[state.locale].fileLoaded(file.name, loaded.users.length, millis);
  renderAll();
  document.body.dataset['plannedMillis'] = String(millis);
}

view.lang.addEventListener('change', () => {
  const chosen = view.lang.value;
  state.locale = (LOCALES as readonly string[]).includes(chosen) ? (chosen as Locale) : 'en';
  renderAll();
});
view.autoSend.addEventListener('change', onSettingsChanged);
view.meetings.addEventListener('change', onSettingsChanged);
view.usersFile.addEventListener('change', () => void onFileChosen());
view.licensesFile.addEventListener('change', () => void onFileChosen());
view.useSample.addEventListener('click', () => {
  state.source = sampleSource;
  state.lastChange = undefined;
  state.describeSource = () => PAGE_TEXT[state.locale].sampleLoaded(sampleSource.users.length, initial.millis);
  view.usersFile.value = '';
  replan();
  renderAll();
});
view.filter.addEventListener('change', () => {
  state.filter = view.filter.value as State['filter'];
  state.page = 0;
  renderUsersPage();
});
view.previous.addEventListener('click', () => {
  state.page = Math.max(0, state.page - 1);
  renderUsersPage();
});
view.next.addEventListener('click', () => {
  state.page += 1;
  renderUsersPage();
});
view.draft.addEventListener('input', renderDraftChecklist);

renderAll();
document.body.dataset['ready'] = 'true';
