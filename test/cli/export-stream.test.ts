// Control Hub's export read as a stream: the rows read ahead for the column report, and a row that
// reads the same streamed as whole.
import { describe, expect, it } from 'vitest';
import { readUsersFromText, type SourceRecord } from '../../src/formats';
import { RecordBatches, REPORT_ROWS, streamRecords } from '../../src/cli/input/stream-records';
import { UsageError } from '../../src/cli/usage-error';

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** An export whose `Late` column is empty until row `late`, then TRUE on that row only. */
function exportWithLateColumn(rows: number, late: number): string {
  const lines = ['User ID/Email (Required),User Status,Basic Messaging,Late,Notes'];
  for (let row = 1; row <= rows; row += 1) lines.push(`u${row}@hp.example,Active,TRUE,${row === late ? 'TRUE' : ''},${row === 2 ? 'met at a fair' : ''}`);
  return `${lines.join('\n')}\n`;
}

async function all<T>(records: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const record of records) out.push(record);
  return out;
}

describe('streaming the export', () => {
  it('reads ahead so that the report names what the first rows show, and keeps deciding columns after', async () => {
    const text = exportWithLateColumn(REPORT_ROWS + 500, REPORT_ROWS + 200);
    const stream = await streamRecords({ name: 'export.csv', chunks: chunks(text, 4096) }, 'plan');
    if (stream.format !== 'control-hub') throw new Error(`expected an export, got ${stream.format}`);
    // Before any user is handed on: Notes was read (text on line 3), Late has no value yet.
    const before = stream.columns();
    expect(before.ignored).toEqual([{ column: 'Notes', reason: 'not-boolean', value: 'met at a fair', line: 3 }]);
    expect(before.empty).toEqual(['Late']);
    const records = await all(stream.records);
    expect(records).toHaveLength(REPORT_ROWS + 500);
    expect(stream.columns()).toMatchObject({ paidServices: ['Late'], empty: [] });
    // The same records as a whole read, row by row.
    const whole = readUsersFromText(text);
    expect(whole.ok && whole.format === 'control-hub' && whole.records).toEqual(records);
    expect(records.filter((record) => (record.value as { license: string }).license === 'paid').map((record) => record.location)).toEqual([
      { kind: 'line', line: REPORT_ROWS + 201 },
    ]);
  });

  it('reads ahead exactly the first REPORT_ROWS records', async () => {
    // Row REPORT_ROWS is read ahead and decides Late before any user is handed on; the row after it is not.
    for (const [late, before] of [
      [REPORT_ROWS, { paidServices: ['Late'], empty: [] }],
      [REPORT_ROWS + 1, { paidServices: [], empty: ['Late'] }],
    ] as const) {
      const text = exportWithLateColumn(REPORT_ROWS + 10, late);
      const stream = await streamRecords({ name: 'export.csv', chunks: chunks(text, 4096) }, 'plan');
      if (stream.format !== 'control-hub') throw new Error('expected an export');
      expect(stream.columns()).toMatchObject(before);
      const records = await all(stream.records);
      const whole = readUsersFromText(text);
      expect(whole.ok && whole.format === 'control-hub' && whole.records).toEqual(records);
    }
  });

  it('hands on the records a batch at a time, as a whole read gives them, wherever the chunks cut the export', async () => {
    // Its last row opens a quote it never closes: csv-parse skips it, and it comes last, with its line.
    const text = `${exportWithLateColumn(REPORT_ROWS * 3, REPORT_ROWS * 2)}last@hp.example,"Active,TRUE,,\n`;
    const whole = readUsersFromText(text);
    for (const size of [7, 4093, 256 * 1024]) {
      const stream = await streamRecords({ name: 'export.csv', chunks: chunks(text, size) }, 'plan');
      if (stream.format !== 'control-hub') throw new Error('expected an export');
      // plan decides batches, so no record of the export crosses a promise of its own.
      expect(stream.records).toBeInstanceOf(RecordBatches);
      const batches = await all((stream.records as RecordBatches).batches());
      expect(batches.length).toBeGreaterThan(2);
      expect(batches[0]).toHaveLength(REPORT_ROWS);
      expect(batches.every((batch) => batch.length > 0)).toBe(true);
      expect(whole.ok && whole.format === 'control-hub' && whole.records).toEqual(batches.flat());
      expect(batches.at(-1)!.at(-1)!.issues?.[0]?.message).toMatch(/^is not a well-formed CSV row/);
      expect(stream.columns()).toMatchObject({ paidServices: ['Late'], empty: [] });
    }
  });

  it('hands on a short export whole after reading it ahead', async () => {
    const stream = await streamRecords({ name: 'export.csv', chunks: chunks(exportWithLateColumn(3, 2), 7) }, 'plan');
    if (stream.format !== 'control-hub') throw new Error('expected an export');
    expect(stream.columns().paidServices).toEqual(['Late']);
    expect((await all(stream.records)).map((record) => record.location)).toEqual([2, 3, 4].map((line) => ({ kind: 'line', line })));
  });

  it('asks for the options only for an export, and refuses a bad header as a usage error naming the file', async () => {
    let asked = 0;
    const options = () => {
      asked += 1;
      return { ignoredColumns: ['Nope'] };
    };
    await expect(streamRecords({ name: 'users.csv', chunks: chunks('id,license,previousLicense,hasSignedIn,invitedAt\n', 8) }, 'plan', options)).resolves.toMatchObject({
      format: 'csv',
    });
    expect(asked).toBe(0);
    const refused = streamRecords({ name: 'export.csv', chunks: chunks(exportWithLateColumn(2, 1), 8) }, 'plan', options);
    await expect(refused).rejects.toThrow(UsageError);
    await expect(streamRecords({ name: 'export.csv', chunks: chunks(exportWithLateColumn(2, 1), 8) }, 'plan', options)).rejects.toThrow(
      /^export\.csv: ignoredColumns \(--ignore-column\) names "Nope", which is no column of this export/,
    );
    expect(asked).toBe(2);
  });
});
