/**
 * Reading users from files: bytes to text, the input format told from the content, and CSV,
 * Control Hub's user export, NDJSON, JSON arrays and People API pages read as located records,
 * in the browser and in Node alike (nothing here needs a Node built-in).
 *
 * @packageDocumentation
 * @module activation-email-policy/formats
 */
// `activation-email-policy/formats`: what the command line and the preview page read files
// with. A separate entry: the main entry never imports it, and it adds csv-parse's browser
// build, which the main entry must not carry.

// Bytes to text, and text to a format.
export { decodeText, InputDecoder } from './decode';
export type { DecodedText } from './decode';
export { INPUT_FORMATS, detectInputFormat, firstContentLine } from './input-format';
export type { InputFormat, DetectedFormat } from './input-format';

// Whole inputs, and the pieces a streaming reader needs.
export { readUsersFromText, csvRowReader } from './read-text';
export type { TextInput, TextOptions, CsvRowReader } from './read-text';
export { CSV_DECISION_COLUMNS, CSV_PARSE_OPTIONS, CsvLines, readCsvHeader, recordFromCsvRow, malformedCsvRow, missingCsvHeader } from './csv';
export type { CsvColumn, CsvHeader } from './csv';
export { recordFromNdjsonLine, readJsonDocument, recordsFromWebexPeople, describeLocation, describeIssue, duplicateIssue } from './records';
export type { SourceRecord, SourceLocation, JsonDocument, MappedPeople } from './records';

// Control Hub's user export, as downloaded: columns read as services, statuses as sign-ins.
export {
  CONTROL_HUB_ID_COLUMN,
  CONTROL_HUB_STATUS_COLUMN,
  DEFAULT_FREE_SERVICES,
  DEFAULT_ENTITLEMENT_COLUMNS,
  DEFAULT_TEXT_COLUMNS,
  DEFAULT_CONTROL_HUB_STATUSES,
  ControlHubRows,
  isControlHubHeader,
  readControlHubHeader,
  controlHubLicenses,
} from './control-hub';
export type { ControlHubOptions, ControlHubColumns, ControlHubHeader, ControlHubStatus, IgnoredColumn, IgnoredColumnReason } from './control-hub';

// Reporting a problem where the admin looks for it, quoting nothing a terminal would act on.
export { formatPath } from '../input/issue';
export { escapeControlCharacters } from './escape';

// The words of the command line and the preview page, from the catalogue of each language.
export { CLI_WORDS, PAGE_WORDS } from './words';

// A made-up org to try everything on.
export { SAMPLE_USERS, SAMPLE_ORG_NAME } from './sample-org';

// The main entry's types this entry's signatures use, so that one import does.
export type { Issue, Issues, License, UserSnapshot } from './main-entry';
