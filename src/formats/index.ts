// Reading users from files, in the browser and on the command line: no Node built-ins here.
export { INPUT_FORMATS, detectInputFormat, firstContentLine, stripBom } from './input-format';
export type { InputFormat, DetectedFormat } from './input-format';
export { CSV_HEADER, readCsvHeader } from './csv-columns';
export type { CsvColumn, CsvHeader } from './csv-columns';
export { CSV_PARSE_OPTIONS } from './csv-options';
export { recordFromCsvRow, csvRecordStartLine, CsvLines, malformedCsvRow } from './csv-record';
export { recordFromNdjsonLine } from './ndjson-record';
export { readJsonDocument } from './json-document';
export type { JsonDocument } from './json-document';
export { readUsersFromText } from './read-text';
export type { TextInput } from './read-text';
export { describeLocation } from './location';
export type { SourceLocation } from './location';
export type { SourceRecord } from './source-record';
export { recordsFromWebexPeople } from './webex-people-records';
export type { MappedPeople } from './webex-people-records';
