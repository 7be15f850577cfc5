import {
  checkManualEmail,
  LOCALES,
  MANUAL_EMAIL_DRAFT_FIELDS,
  MANUAL_EMAIL_ITEMS,
  OUTCOME_KINDS,
  PolicyInputError,
  type Decision,
  type Locale,
  type ManualEmailDraft,
  type OrgSettings,
} from 'activation-email-policy';
import { describeIssue } from 'activation-email-policy/formats';
import { composeManualEmail } from 'activation-email-policy/compose';
import type { Answer, Filter, ManualUser, PlanSummary, Request } from './protocol';
import { renderChange, renderChecklist, renderCounts, renderEmail, renderInvalid, renderProgress, renderUsers } from './render';
import { PAGE_TEXT, type PageText } from './ui-text';

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
  progress: byId<HTMLProgressElement>('progress'),
  progressLine: byId<HTMLParagraphElement>('progress-line'),
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
  sampleDraft: byId<HTMLButtonElement>('sample-draft'),
  emailUser: byId<HTMLSelectElement>('email-user'),
  emailStatus: byId<HTMLParagraphElement>('email-status'),
  email: byId<HTMLDivElement>('email'),
};

/** The users' page the worker last sent. */
interface ShownPage {
  readonly decisions: readonly Decision[];
  readonly total: number;
  readonly first: number;
}

interface State {
  locale: Locale;
  /** How the users were loaded, to say it again in another language; undefined while loading the first. */
  describeSource: (text: PageText) => string;
  settings: OrgSettings;
  plan: PlanSummary | undefined;
  shown: ShownPage | undefined;
  filter: Filter;
  page: number;
}

const state: State = {
  locale: 'en',
  describeSource: () => '',
  settings: currentSettings(),
  plan: undefined,
  shown: undefined,
  filter: 'all',
  page: 0,
};

function currentSettings(): OrgSettings {
  return { autoSendActivationEmails: view.autoSend.checked, meetingsIncluded: view.meetings.checked };
}

// The users are read, planned and kept by the worker; the page asks it for what it shows.
let worker = startWorker();
/** True from a load being asked for until its plan (or its failure) comes back. */
let loading = false;
/** True from a worker being started anew until it holds users: it has none of the ones shown. */
let fresh = false;
let lastJob = 0;
/** The last request that loads users: progress and plans of earlier loads are stale. */
let sourceJob = 0;
/** The last page of users asked for. */
let pageJob = 0;
const waiting = new Set<number>();
/** What to say once a load's plan comes back: the source's words, given the millis it took. */
const describeLoad = new Map<number, (millis: number) => State['describeSource']>();
/** When each load started, on the page's clock (from the file being picked). */
const loadStarted = new Map<number, number>();
/** What to say when a load fails: its file's name and the reason. */
const describeFailure = new Map<number, (reason: string) => State['describeSource']>();

/** The plan of no users. */
const NO_USERS: PlanSummary = {
  users: 0,
  counts: Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, 0])) as PlanSummary['counts'],
  invalid: [],
  invalidCount: 0,
  manual: [],
  change: undefined,
};

/** A request before it gets its job number. */
type Unnumbered<R> = R extends unknown ? Omit<R, 'job'> : never;

function send(request: Unnumbered<Request>, transfer: Transferable[] = []): number {
  lastJob += 1;
  const job = lastJob;
  waiting.add(job);
  document.body.dataset['busy'] = 'true';
  worker.postMessage({ ...request, job } as Request, transfer);
  return job;
}

function done(job: number): void {
  waiting.delete(job);
  if (waiting.size === 0) document.body.dataset['busy'] = 'false';
}

function requestPage(): void {
  pageJob = send({ type: 'page', filter: state.filter, page: state.page, size: PAGE_SIZE });
}

function startWorker(): Worker {
  const started = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  started.addEventListener('message', onAnswer);
  started.addEventListener('error', (event) => {
    view.status.textContent = event.message;
  });
  return started;
}

function onAnswer(event: MessageEvent<Answer>): void {
  const message = event.data;
  if (message.type === 'progress') {
    if (message.job >= sourceJob) showProgress(message);
    return;
  }
  if (message.type === 'page') {
    if (message.job === pageJob) {
      state.shown = message;
      state.page = Math.floor(message.first / PAGE_SIZE);
      renderUsersPage();
      document.body.dataset['ready'] = 'true';
    }
    done(message.job);
    return;
  }
  if (message.job >= sourceJob) {
    loading = false;
    view.progressLine.hidden = true;
    if (message.type === 'failed') {
      state.describeSource = describeFailure.get(message.job)?.(message.message) ?? (() => message.message);
      view.status.textContent = state.describeSource(PAGE_TEXT[state.locale]);
      if (fresh) {
        // The users shown went with the worker that was stopped: show none rather than theirs.
        fresh = false;
        state.plan = NO_USERS;
        renderPlan();
        requestPage();
      }
    } else {
      fresh = false;
      const describe = describeLoad.get(message.job);
      const started = loadStarted.get(message.job);
      const millis = started === undefined ? message.millis : Math.round(performance.now() - started);
      if (describe !== undefined) {
        state.describeSource = describe(millis);
        document.body.dataset['plannedMillis'] = String(millis);
      }
      state.plan = message.plan;
      renderPlan();
      requestPage();
    }
  }
  describeLoad.delete(message.job);
  describeFailure.delete(message.job);
  loadStarted.delete(message.job);
  done(message.job);
}

function showProgress(message: Extract<Answer, { type: 'progress' }>): void {
  const words = PAGE_TEXT[state.locale].work;
  const text =
    message.phase === 'decode'
      ? words.decode
      : message.phase === 'plan' || message.phase === 'change'
        ? words.plan(message.total)
        : message.total > 0
          ? words.read(message.done, message.total)
          : words.readWhole;
  renderProgress(view.progress, view.progressLine, view.status, text, message.done, message.phase === 'change' ? 0 : message.total);
}

function renderUsersPage(): void {
  const text = PAGE_TEXT[state.locale];
  const shown = state.shown ?? { decisions: [], total: 0, first: 0 };
  renderUsers(view.users, shown.decisions, state.locale, text);
  view.pageStatus.textContent = text.pageStatus(shown.decisions.length === 0 ? 0 : shown.first + 1, shown.first + shown.decisions.length, shown.total);
  view.previous.disabled = shown.first === 0;
  view.next.disabled = shown.first + PAGE_SIZE >= shown.total;
}

function renderFilter(): void {
  const text = PAGE_TEXT[state.locale];
  const options = [new Option(text.allKinds, 'all')];
  for (const kind of OUTCOME_KINDS) options.push(new Option(text.kinds[kind], kind));
  view.filter.replaceChildren(...options);
  view.filter.value = state.filter;
}

function draftFromForm(): ManualEmailDraft {
  const data = new FormData(view.draft);
  const draft: Record<string, unknown> = {};
  for (const item of MANUAL_EMAIL_ITEMS) {
    const field = MANUAL_EMAIL_DRAFT_FIELDS[item];
    const value = String(data.get(field) ?? '');
    if (value.trim() === '') continue;
    draft[field] =
      field === 'supportLinks' || field === 'trainingLinks'
        ? value
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '')
        : value;
  }
  return draft as ManualEmailDraft;
}

function renderDraftChecklist(): void {
  const text = PAGE_TEXT[state.locale];
  const meetingsIncluded = view.meetings.checked;
  const labels: Record<string, string> = {};
  for (const item of MANUAL_EMAIL_ITEMS) labels[item] = text[MANUAL_EMAIL_DRAFT_FIELDS[item]];
  renderChecklist(view.checklist, checkManualEmail(draftFromForm(), { meetingsIncluded }, state.locale), meetingsIncluded, labels, text);
}

/** The users who need a manual email, to choose whose email to show. */
function renderEmailUsers(): void {
  const words = PAGE_TEXT[state.locale].email;
  const chosen = view.emailUser.value;
  const manual = state.plan?.manual ?? [];
  view.emailUser.replaceChildren(
    ...manual.map((user) => new Option(words.option(user.userId, user.trigger === 'new-user' ? words.activation : words.reminder), user.userId)),
  );
  if (manual.some((user) => user.userId === chosen)) view.emailUser.value = chosen;
  view.emailUser.disabled = manual.length === 0;
}

/** The address to write to: the snapshot's email, or the id when the id is one. */
function addressOf(user: ManualUser): string | undefined {
  return user.email ?? (user.userId.includes('@') ? user.userId : undefined);
}

/** The email the chosen user would get, from the draft in the form, in the page's language. */
function renderEmailPreview(): void {
  const words = PAGE_TEXT[state.locale].email;
  const user = state.plan?.manual.find((candidate) => candidate.userId === view.emailUser.value);
  const say = (message: string): void => {
    view.emailStatus.textContent = message;
    view.email.replaceChildren();
    delete document.body.dataset['emailShown'];
  };
  if (user === undefined) return say(state.plan === undefined ? '' : words.noUser);
  const draft = draftFromForm();
  const meetingsIncluded = view.meetings.checked;
  if (!checkManualEmail(draft, { meetingsIncluded }, state.locale).complete) return say(words.incomplete);
  const address = addressOf(user);
  if (address === undefined) return say(words.noAddress(user.userId));
  let email;
  try {
    email = composeManualEmail(draft, { email: address }, {
      locale: state.locale,
      email: user.trigger === 'new-user' ? 'activation' : 'reminder',
      meetingsIncluded,
    });
  } catch (error) {
    // An address the composer refuses: it says which field and why.
    if (!(error instanceof PolicyInputError)) throw error;
    return say(error.issues.map(describeIssue).join('; '));
  }
  view.emailStatus.textContent = '';
  renderEmail(view.email, email, PAGE_TEXT[state.locale]);
  document.body.dataset['emailShown'] = user.userId;
}

/** Everything that follows from a new plan. */
function renderPlan(): void {
  const text = PAGE_TEXT[state.locale];
  // While a file is read, the status line says how far it is.
  if (!loading) view.status.textContent = state.describeSource(text);
  const plan = state.plan;
  renderInvalid(view.invalid, plan?.invalid ?? [], plan?.invalidCount ?? 0, text);
  if (plan !== undefined) renderCounts(view.counts, plan, text);
  renderChange(view.change, plan?.change, state.locale, text);
  renderEmailUsers();
  renderEmailPreview();
}

function renderAll(): void {
  const text = PAGE_TEXT[state.locale];
  document.documentElement.lang = state.locale;
  const words = (attribute: string, table: object): void => {
    for (const node of document.querySelectorAll<HTMLElement>(`[data-${attribute}]`)) {
      const key = node.getAttribute(`data-${attribute}`)!;
      const value = (table as Record<string, unknown>)[key];
      if (typeof value === 'string') node.textContent = value;
    }
  };
  words('text', text);
  words('work-text', text.work);
  words('email-text', text.email);
  document.title = text.title;
  renderFilter();
  renderUsersPage();
  renderDraftChecklist();
  renderPlan();
}

function load(request: Unnumbered<Extract<Request, { type: 'sample' | 'load' }>>, describe: (millis: number) => State['describeSource'], transfer: Transferable[] = []): void {
  const started = performance.now();
  if (loading) {
    // The users being read are no longer wanted: stop the worker rather than wait for it.
    worker.terminate();
    worker = startWorker();
    fresh = true;
    waiting.clear();
    describeLoad.clear();
    describeFailure.clear();
    loadStarted.clear();
  }
  loading = true;
  state.settings = currentSettings();
  state.page = 0;
  const job = send(request, transfer);
  sourceJob = job;
  describeLoad.set(job, describe);
  loadStarted.set(job, started);
}

function loadSample(): void {
  load({ type: 'sample', settings: currentSettings() }, (millis) => (text) => text.sampleLoaded(state.plan?.users ?? 0, millis));
}

function onSettingsChanged(): void {
  state.settings = currentSettings();
  state.page = 0;
  send({ type: 'settings', settings: state.settings });
  renderDraftChecklist();
  renderEmailPreview();
}

async function onFileChosen(): Promise<void> {
  const file = view.usersFile.files?.[0];
  if (file === undefined) return;
  const started = performance.now();
  const licenses = view.licensesFile.files?.[0];
  const [bytes, licensesBytes] = await Promise.all([file.arrayBuffer(), licenses?.arrayBuffer()]);
  const name = file.name;
  load(
    { type: 'load', settings: currentSettings(), bytes, licenses: licensesBytes },
    (millis) => (text) => text.fileLoaded(name, state.plan?.users ?? 0, millis),
    licensesBytes === undefined ? [bytes] : [bytes, licensesBytes],
  );
  // The time counts from the file being picked, its reading from disk included.
  loadStarted.set(sourceJob, started);
  describeFailure.set(sourceJob, (reason) => (text) => text.fileUnreadable(name, reason));
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
  view.usersFile.value = '';
  loadSample();
});
view.filter.addEventListener('change', () => {
  state.filter = view.filter.value as Filter;
  state.page = 0;
  requestPage();
});
view.previous.addEventListener('click', () => {
  state.page = Math.max(0, state.page - 1);
  requestPage();
});
view.next.addEventListener('click', () => {
  state.page += 1;
  requestPage();
});
view.draft.addEventListener('input', () => {
  renderDraftChecklist();
  renderEmailPreview();
});
view.emailUser.addEventListener('change', renderEmailPreview);
view.sampleDraft.addEventListener('click', () => {
  // A complete draft in the page's language, to see an email before writing one's own.
  for (const [field, value] of Object.entries(PAGE_TEXT[state.locale].email.sample)) {
    const control = view.draft.elements.namedItem(field);
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) control.value = value;
  }
  renderDraftChecklist();
  renderEmailPreview();
});

renderAll();
loadSample();
