// The shapes of Control Hub's export reading: what the options take, what a read gives back.
import { expectTypeOf, test } from 'vitest';
import {
  controlHubLicenses,
  ControlHubRows,
  csvRowReader,
  readControlHubHeader,
  readUsersFromText,
  type ControlHubColumns,
  type ControlHubHeader,
  type ControlHubOptions,
  type ControlHubStatus,
  type CsvRowReader,
  type IgnoredColumnReason,
  type InputFormat,
  type License,
  type SourceRecord,
  type TextOptions,
} from '../../src/formats';

test('a status means signed in or not; an ignored column says why', () => {
  expectTypeOf<ControlHubStatus>().toEqualTypeOf<'active' | 'pending'>();
  expectTypeOf<IgnoredColumnReason>().toEqualTypeOf<'entitlement' | 'option' | 'text' | 'not-boolean'>();
  expectTypeOf<'control-hub'>().toMatchTypeOf<InputFormat>();
});

test('the options are lists of column names, a status table and the licences of an older export', () => {
  expectTypeOf<ControlHubOptions['freeServices']>().toEqualTypeOf<readonly string[] | undefined>();
  expectTypeOf<ControlHubOptions['statuses']>().toEqualTypeOf<Readonly<Record<string, ControlHubStatus>> | undefined>();
  expectTypeOf<ControlHubOptions['previous']>().toEqualTypeOf<ReadonlyMap<string, License> | undefined>();
  expectTypeOf<TextOptions['controlHub']>().toEqualTypeOf<ControlHubOptions | undefined>();
  // @ts-expect-error a status means active or pending, nothing else
  const wrong: ControlHubOptions = { statuses: { Inactive: 'gone' } };
  void wrong;
});

test('a header gives the reader of its rows or a message; the reader gives records and the column report', () => {
  expectTypeOf(readControlHubHeader).returns.toEqualTypeOf<ControlHubHeader>();
  const header = readControlHubHeader([]);
  if (header.ok) {
    expectTypeOf(header.rows).toEqualTypeOf<ControlHubRows>();
    expectTypeOf(header.rows.record([], 2)).toEqualTypeOf<SourceRecord>();
    expectTypeOf(header.rows.columns()).toEqualTypeOf<ControlHubColumns>();
  } else expectTypeOf(header.message).toEqualTypeOf<string>();
  const input = readUsersFromText('', { controlHub: { freeServices: ['X'] } });
  if (input.ok && input.format === 'control-hub') expectTypeOf(input.columns).toEqualTypeOf<ControlHubColumns>();
  const old = controlHubLicenses('');
  if (old.ok) expectTypeOf(old.licenses).toEqualTypeOf<Map<string, License>>();
});

test('csvRowReader gives a reader of either kind of CSV, only the export with its column report, or a message', () => {
  expectTypeOf(csvRowReader).parameters.toEqualTypeOf<[header: readonly string[], controlHub?: ControlHubOptions]>();
  expectTypeOf(csvRowReader).returns.toEqualTypeOf<CsvRowReader>();
  const reader = csvRowReader(['id'], { freeServices: ['X'] });
  if (!reader.ok) {
    expectTypeOf(reader.message).toEqualTypeOf<string>();
    return;
  }
  expectTypeOf(reader.format).toEqualTypeOf<'csv' | 'control-hub'>();
  expectTypeOf(reader.record(['u1'], 2)).toEqualTypeOf<SourceRecord>();
  // @ts-expect-error only the export tells how its columns were read
  void reader.columns;
  if (reader.format === 'control-hub') expectTypeOf(reader.columns()).toEqualTypeOf<ControlHubColumns>();
});
