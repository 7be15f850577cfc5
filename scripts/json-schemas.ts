// Builds the JSON Schema (draft 2020-12) files shipped in `schemas/` from the code's own lists,
// so that a schema cannot drift from the parsers: `npm run schemas` writes them, and a test
// fails when the committed files differ from what this module builds.
import { JOURNAL_ENTRY_FIELDS, type JournalField } from '../src/input/fields';
import {
  MANUAL_EMAIL_DRAFT_TABLE,
  ORG_SETTINGS_FIELDS,
  USER_SNAPSHOT_FIELDS,
  type Field,
  type FieldType,
} from '../src/input/fields';
import { INSTANT_PATTERN } from '../src/input/instant';
import { EMAIL_ADDRESS_PATTERN } from '../src/input/email-address';
import { DEFAULT_ORG_SETTINGS } from '../src/input/org-settings';
import { MANUAL_EMAIL_ITEMS, USER_PORTAL_URL, type ManualEmailItem } from '../src/manual-email/checklist';
import type { Decision, ManualRequiredDecision } from '../src/policy/decision';
import { MANUAL_TRIGGERS, OUTCOME_KINDS, REASON_CODES, type OutcomeKind } from '../src/policy/outcomes';
import { POLICY_VERSION } from '../src/policy/policy-version';
import { RULES } from '../src/policy/rules';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonSchema = { readonly [key: string]: Json };

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const ID_BASE = 'urn:activation-email-policy:schemas:';

/** The file names in `schemas/`, as shipped. */
export const SCHEMA_FILES = [
  'user-snapshot.json',
  'org-settings.json',
  'decision.json',
  'manual-email-draft.json',
  'journal-entry.json',
] as const;
export type SchemaFile = (typeof SCHEMA_FILES)[number];

/**
 * The `properties` of a schema, one per field of a field table and in its order, each written
 * from its type by `form` and given its description, so the table is the one source of the
 * fields, their order and their types.
 */
function propertiesOf<const F extends readonly Field[]>(
  fields: F,
  descriptions: { readonly [K in F[number]['key']]: string },
  form: (field: F[number], description: string) => JsonSchema,
): JsonSchema {
  const out: Record<string, JsonSchema> = {};
  for (const field of fields) out[field.key] = form(field, descriptions[field.key as F[number]['key']]);
  return out;
}

/** The keys a record must hold, from a field table. */
function requiredOf(fields: readonly Field[]): string[] {
  return fields.filter((field) => field.required === true).map((field) => field.key);
}

// ---------------------------------------------------------------------------------------------
// user-snapshot.json

const CALENDAR_NOTE =
  'A pattern cannot count the days of a month: a string such as 2026-02-30T00:00:00Z or ' +
  '2026-02-29T00:00:00Z (not a leap year) matches the pattern and is still refused by ' +
  'parseUserSnapshot. Validators that assert the "date-time" format (Ajv with ajv-formats, ' +
  'for example) refuse those too.';

const LICENSES = ['free', 'paid'] as const;

/** The JSON Schema form of each scalar field type (the draft's types have their own, below). */
function scalarSchema(field: Field, description: string): JsonSchema {
  const forms: { readonly [T in FieldType]?: () => JsonSchema } = {
    id: () => ({ description, type: 'string', minLength: 1 }),
    license: () => ({ description, enum: field.nullable === true ? [...LICENSES, null] : LICENSES }),
    boolean: () => ({ description, type: 'boolean' }),
    instant: () => ({
      description:
        `${description} An ISO 8601 / RFC 3339 date-time with seconds and a Z or ±hh:mm offset, ` +
        `such as 2026-05-01T08:30:00.000Z; null or absent when there is none. ${CALENDAR_NOTE}`,
      type: field.nullable === true ? ['string', 'null'] : 'string',
      format: 'date-time',
      pattern: INSTANT_PATTERN,
    }),
    count: () => ({ description, type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
    email: () => ({ description, type: 'string', pattern: EMAIL_ADDRESS_PATTERN }),
  };
  const form = forms[field.type];
  if (form === undefined) throw new Error(`no JSON Schema form for a ${field.type} field (${field.key})`);
  return form();
}

function userSnapshotSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    $id: `${ID_BASE}user-snapshot.json`,
    title: 'UserSnapshot',
    description:
      'What activation-email-policy needs to know about one user to decide their activation ' +
      'email; parseUserSnapshot accepts exactly these documents, with two checks a JSON ' +
      'Schema cannot make: that each instant is on a real calendar day, and that ' +
      'lastEmailedAt is not earlier than invitedAt. Other fields are allowed and ignored ' +
      '(parsing drops them).',
    type: 'object',
    required: requiredOf(USER_SNAPSHOT_FIELDS),
    properties: propertiesOf(
      USER_SNAPSHOT_FIELDS,
      {
        id: 'A non-empty identifier, unique within the org.',
        license: 'The licence the user holds now.',
        previousLicense: "The licence before the latest change; 'free' with license 'paid' is a conversion.",
        hasSignedIn: 'Whether the user has ever signed in to the Webex App.',
        invitedAt: 'When the first activation or invitation email went out.',
        lastEmailedAt:
          'When the last activation email or reminder went out. When set, invitedAt must be set too, ' +
          'and must not be later: a schema cannot compare the two instants, parseUserSnapshot does.',
        remindersSent: 'How many reminders were sent by hand since the first email.',
        email:
          "The user's email address, when the source knows it: outputs name the user by it and manual " +
          'emails go to it. No decision depends on it.',
      },
      scalarSchema,
    ),
    additionalProperties: true,
    // A user with a last email has a first one.
    if: { required: ['lastEmailedAt'], properties: { lastEmailedAt: { type: 'string' } } },
    then: { required: ['invitedAt'], properties: { invitedAt: { type: 'string' } } },
  };
}

// ---------------------------------------------------------------------------------------------
// org-settings.json

function orgSettingsSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    $id: `${ID_BASE}org-settings.json`,
    title: 'OrgSettings',
    description:
      "An org's settings, as parseOrgSettings accepts them. Every setting may be left out and " +
      'takes its default; an unknown key is refused, since a misspelt setting would otherwise ' +
      'be silently ignored.',
    type: 'object',
    properties: propertiesOf(
      ORG_SETTINGS_FIELDS,
      {
        autoSendActivationEmails:
          'Control Hub > Organization Settings > Email: send activation emails automatically. On by default.',
        meetingsIncluded: 'The org bought the Webex App with Webex Meetings.',
      },
      (field, description) => ({ ...scalarSchema(field, description), default: DEFAULT_ORG_SETTINGS[field.key] }),
    ),
    additionalProperties: false,
  };
}

// ---------------------------------------------------------------------------------------------
// decision.json

const KIND_DESCRIPTIONS: { readonly [K in OutcomeKind]: string } = {
  'auto-send': 'Control Hub emails the new user on its own.',
  'skip-free': 'A free user: no activation email, whatever the settings.',
  'notify-conversion': 'A free-to-paid conversion: the user is told, and no setting can stop it.',
  'manual-required': 'Automatic emails are off, so the admin must email this user by hand.',
  'reminder-eligible': 'An inactive user Control Hub may remind on its own.',
  'no-action': 'A user who has signed in: nothing to send.',
};

function rulesOf(kind: OutcomeKind): string[] {
  return RULES.filter((rule) => rule.autoSendOn === kind || rule.autoSendOff === kind).map((rule) => rule.id);
}

function decisionSchema(): JsonSchema {
  // Keyed by the Decision type's own fields, so the compiler flags a field the schema misses.
  const common = (kind: OutcomeKind): Record<keyof Decision, JsonSchema> => ({
    kind: { const: kind },
    userId: { description: 'The id of the user the decision is about.', type: 'string', minLength: 1 },
    rule: { description: 'The id of the rule row that decided.', enum: rulesOf(kind) },
    reasons: {
      description: 'Why, as kebab-case codes; never empty.',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { $ref: '#/$defs/reasonCode' },
    },
    policyVersion: {
      description: 'The POLICY_VERSION that made the decision.',
      type: 'string',
      examples: [POLICY_VERSION],
    },
  });
  const variants = OUTCOME_KINDS.map((kind): JsonSchema => {
    const properties: Partial<Record<keyof ManualRequiredDecision, JsonSchema>> = common(kind);
    const required: string[] = Object.keys(properties);
    if (kind === 'manual-required') {
      properties['trigger'] = {
        description: 'new-user: never emailed; inactive-user: emailed, never signed in (a manual reminder).',
        enum: MANUAL_TRIGGERS,
      };
      properties['checklist'] = {
        description: 'The ids of the contents the manual email must carry, in checklist order.',
        type: 'array',
        uniqueItems: true,
        items: { $ref: '#/$defs/manualEmailItem' },
      };
      required.push('trigger', 'checklist');
    }
    return {
      title: kind,
      description: KIND_DESCRIPTIONS[kind],
      type: 'object',
      required,
      properties,
      additionalProperties: false,
    };
  });
  return {
    $schema: DRAFT,
    $id: `${ID_BASE}decision.json`,
    title: 'Decision',
    description:
      "The outcome of decide for one user, a union on kind: trigger and checklist exist only on " +
      `manual-required. Written for POLICY_VERSION ${POLICY_VERSION}; the kinds, rule ids, ` +
      'reason codes and checklist ids come from the same lists the policy reads.',
    oneOf: variants,
    $defs: {
      reasonCode: { enum: REASON_CODES },
      manualEmailItem: { enum: MANUAL_EMAIL_ITEMS },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// manual-email-draft.json

/** A JSON Schema regex for a word in any case: `[Hh][Tt]...`, since patterns carry no flags. */
function anyCase(text: string): string {
  return [...text]
    .map((char) => {
      if (/[a-z]/i.test(char)) return `[${char.toUpperCase()}${char.toLowerCase()}]`;
      return /[.\\+*?^$()[\]{}|/]/.test(char) ? `\\${char}` : char;
    })
    .join('');
}

// The checker trims a value before reading it as a URL. Its host (with any user name) holds no
// space; what follows it is free, up to the end of the line.
const AFTER_HOST = '(?:[/?#].*)?\\s*$';
const WEB_LINK = `^\\s*${anyCase('http')}[Ss]?://[^\\s/?#]+${AFTER_HOST}`;
const HTTPS_LINK = `^\\s*${anyCase('https')}://[^\\s/?#]+${AFTER_HOST}`;
const portalHost = new URL(USER_PORTAL_URL).host;
const PORTAL_LINK = `^\\s*${anyCase('https')}://${anyCase(portalHost)}(?::443)?${AFTER_HOST}`;
const BLANK = '^\\s*$';

const URL_NOTE =
  'checkManualEmail reads links with the WHATWG URL parser (as `new URL` does); this pattern ' +
  'follows it for ordinary links, but forms the URL Standard repairs or refuses beyond scheme ' +
  'and host (missing slashes, percent-encoded hosts, invalid ports or IP literals) may be ' +
  'judged differently, and the checker is the one that counts.';

function draftSchema(): JsonSchema {
  const text = (what: string): JsonSchema => ({
    description: `${what} Any text; a blank one counts as absent.`,
    type: ['string', 'null'],
  });
  const link = (what: string, pattern: string): JsonSchema => ({
    description: `${what} A blank string or null counts as absent. ${URL_NOTE}`,
    anyOf: [{ type: 'null' }, { type: 'string', pattern: BLANK }, { type: 'string', pattern }],
  });
  const links = (what: string): JsonSchema => ({
    description: `${what} At least one entry, each an http: or https: URL; a blank string or null counts as absent. ${URL_NOTE}`,
    anyOf: [
      { type: 'null' },
      { type: 'string', pattern: BLANK },
      { type: 'array', minItems: 1, items: { type: 'string', pattern: WEB_LINK } },
    ],
  });
  const forms = { text, 'https-link': (what: string) => link(what, HTTPS_LINK), 'portal-link': (what: string) => link(what, PORTAL_LINK), links };
  const descriptions: { readonly [I in ManualEmailItem]: string } = {
    'rollout-plan': "The company's goals and rollout plan.",
    'app-value': 'The value and purpose of the Webex App.',
    'pmr-link':
      "The user's Personal Meeting Room link, an https: URL; required only when the Webex App was bought with Webex Meetings.",
    'support-links': 'Internal support links.',
    'training-links': 'Links to internal training content.',
    'user-portal-link': `The end-user portal, ${USER_PORTAL_URL}: an https: URL on ${portalHost}, any path.`,
    'activation-instructions':
      'How to activate: sign in on the company single sign-on page with company credentials, then the app signs the user in.',
  };
  const properties: Record<string, JsonSchema> = {};
  for (const field of MANUAL_EMAIL_DRAFT_TABLE) properties[field.key] = forms[field.type](descriptions[field.item]);
  return {
    $schema: DRAFT,
    $id: `${ID_BASE}manual-email-draft.json`,
    title: 'ManualEmailDraft',
    description:
      'A manual activation email draft, as a form fills it in. A draft may be incomplete, so no ' +
      'field is required: this schema says that every field filled in is usable, and ' +
      'checkManualEmail says which required items are still missing (the Personal Meeting ' +
      'Room link only with Webex Meetings). Other fields are allowed and ignored.',
    type: 'object',
    properties,
    additionalProperties: true,
  };
}

// ---------------------------------------------------------------------------------------------
// journal-entry.json

/** The JSON Schema form of each field type of a journal entry. */
function journalFieldSchema(field: JournalField, description: string): JsonSchema {
  switch (field.type) {
    case 'id':
      return { description, type: 'string', minLength: 1 };
    case 'instant':
      return {
        description:
          `${description} An ISO 8601 / RFC 3339 date-time with seconds and a Z or ±hh:mm offset, such as ` +
          '2026-05-01T08:30:00.000Z. A pattern cannot count the days of a month: a string such as ' +
          '2026-02-30T00:00:00Z matches it and is still refused by parseJournalEntry (and by validators ' +
          'that assert the "date-time" format).',
        type: 'string',
        format: 'date-time',
        pattern: INSTANT_PATTERN,
      };
    case 'choice':
      return { description, enum: field.values ?? [] };
    case 'text':
      return { description, type: 'string' };
  }
}

function journalEntrySchema(): JsonSchema {
  const descriptions: { readonly [K in (typeof JOURNAL_ENTRY_FIELDS)[number]['key']]: string } = {
    userId: 'The id of the user emailed, as in their snapshot.',
    at: 'When the email went out.',
    email: 'Which email: the first activation email, or a reminder.',
    status:
      'What became of the send: sending is written before the message goes out, sent or failed after. ' +
      'Absent counts as sent; only entries with no status or sent count in the history.',
    messageId: "The mail server's id for the message, with sent.",
    reply: "The mail server's reply, with failed (and optionally sent).",
  };
  const properties: Record<string, JsonSchema> = {};
  for (const field of JOURNAL_ENTRY_FIELDS) properties[field.key] = journalFieldSchema(field, descriptions[field.key]);
  return {
    $schema: DRAFT,
    $id: `${ID_BASE}journal-entry.json`,
    title: 'JournalEntry',
    description:
      'One line of the onboarding journal (NDJSON, one entry per line): one activation email or ' +
      'reminder sent to one user at one instant. parseJournalEntry accepts exactly these documents, ' +
      'with one check a JSON Schema cannot make: that the instant is on a real calendar day. Other ' +
      'fields are allowed and ignored, so that later versions can add details without breaking old files.',
    type: 'object',
    required: JOURNAL_ENTRY_FIELDS.filter((field) => 'required' in field).map((field) => field.key),
    properties,
    additionalProperties: true,
  };
}

/** Every schema file, keyed by its name in `schemas/`. */
export function buildJsonSchemas(): { readonly [F in SchemaFile]: JsonSchema } {
  return {
    'user-snapshot.json': userSnapshotSchema(),
    'org-settings.json': orgSettingsSchema(),
    'decision.json': decisionSchema(),
    'manual-email-draft.json': draftSchema(),
    'journal-entry.json': journalEntrySchema(),
  };
}

/** The text of a schema file: two-space JSON and a final newline. */
export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
