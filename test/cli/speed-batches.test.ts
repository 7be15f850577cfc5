// plan reads NDJSON and CSV a batch at a time (256 NDJSON lines, the rows of a 32 KiB piece of CSV);
// every record, its line and its issues come out as a whole-text read gives them, wherever the
// chunks and the pieces cut the input, and the batches decide exactly as one record at a time.
import { describe, expect, it } from 'vitest';
import { readUsersFromText, type SourceRecord } from '../../src/formats';
import { historyFromJournal } from '../../src/journal';
import { decidedBatches, decideRecords, type DecidedRecord } from '../../src/cli/input/decide-records';
import { RecordBatches, streamRecords } from '../../src/cli/input/stream-records';
import { holdInput } from '../../src/cli/input/user-input';

/** Each batch of decidedBatches as the records decideRecords yields, one per record, in order. */
async function* decideRecordBatches(...args: Parameters<typeof decidedBatches>): AsyncGenerator<DecidedRecord[]> {
  for await (const { first, records, decisions, invalid } of decidedBatches(...args)) {
    let next = 0;
    const decided = records.map((record, at): DecidedRecord => {
      const decision = decisions[at];
      return decision === undefined ? invalid[next++]! : { ok: true, index: first + at, record, decision };
    });
    // One invalid item for each record without a decision, and no other.
    expect(next).toBe(invalid.length);
    yield decided;
  }
}

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Row `n` of a CSV of users, with the oddities real files hold every so often. */
function csvRow(n: number): string {
  const id = `u${n}`;
  switch (n % 97) {
    case 3:
      return `"${id}","paid","","false","2026-10-01T09:00:00Z","${id}@example.com"`; // quoted cells
    case 11:
      return `${id},paid,,false,"2026-10-01\nT09:00:00Z",`; // a line break inside a quoted cell
    case 19:
      return ''; // a blank line
    case 23:
      return `${id},paid,,"fa"lse,,`; // a stray quote
    case 31:
      return `${id},paid,,false`; // too few cells
    case 41:
      return `u${n - 40},free,,true,,`; // a repeated id
    case 53:
      return `${id},"pa"id"x,,false,,`; // quoting that cannot be read
    case 61:
      return `${id},gold,,false,,élève-${n}@exemple.fr`; // a bad licence, letters of two bytes
    default:
      return `${id},${n % 5 === 0 ? 'free' : 'paid'},${n % 7 === 0 ? 'free' : ''},${n % 4 === 0},${n % 3 === 0 ? '2026-10-01T09:00:00+02:00' : ''},${id}@example.com`;
  }
}

const CSV = `id,license,previousLicense,hasSignedIn,invitedAt,email\n${Array.from({ length: 2500 }, (_, n) => csvRow(n)).join('\n')}\n`;

function ndjsonLine(n: number): string {
  if (n % 89 === 7) return '{"id": "broken", ';
  if (n % 89 === 17) return '   ';
  if (n % 89 === 29) return `{"id":"u${n - 20}","license":"free","hasSignedIn":true}\r`;
  return JSON.stringify({ id: `u${n}`, license: n % 5 === 0 ? 'free' : 'paid', hasSignedIn: n % 4 === 0, email: `u${n}@example.com` });
}

const NDJSON = Array.from({ length: 2500 }, (_, n) => ndjsonLine(n)).join('\n');

function wholeRecords(text: string): readonly SourceRecord[] {
  const whole = readUsersFromText(text);
  if (!whole.ok || whole.format === 'webex-people') throw new Error('expected users');
  return whole.records;
}

describe('reading a batch at a time', () => {
  it('the input spans several pieces of a chunk', () => {
    expect(Buffer.byteLength(CSV)).toBeGreaterThan(3 * 32 * 1024);
    expect(Buffer.byteLength(NDJSON)).toBeGreaterThan(3 * 32 * 1024);
  });

  for (const [format, text] of [
    ['csv', CSV],
    ['ndjson', NDJSON],
  ] as const) {
    for (const size of [5, 4093, 256 * 1024]) {
      it(`${format} in chunks of ${size} characters: the records a whole-text read gives, in several batches`, async () => {
        const stream = await streamRecords({ name: `users.${format}`, chunks: chunks(text, size) }, 'plan');
        if (stream.format !== format) throw new Error(`expected ${format}, got ${stream.format}`);
        expect(stream.records).toBeInstanceOf(RecordBatches);
        const batches = await all((stream.records as RecordBatches).batches());
        expect(batches.flat()).toEqual(wholeRecords(text));
        // Never a whole 256 KiB chunk in one batch: the input is cut into pieces of 32 KiB at most.
        expect(batches.length).toBeGreaterThanOrEqual(4);
        expect(batches.every((batch) => batch.length > 0)).toBe(true);
      });
    }

    it(`${format}: the records one at a time are the batches' records`, async () => {
      const stream = await streamRecords({ name: `users.${format}`, chunks: chunks(text, 1000) }, 'plan');
      if (stream.format === 'webex-people') throw new Error('expected users');
      expect(await all(stream.records)).toEqual(wholeRecords(text));
    });
  }

  it('decides each batch as decideRecords decides one record at a time, with a journal and without', async () => {
    const records = wholeRecords(CSV);
    const batches = (size: number): AsyncIterable<readonly SourceRecord[]> =>
      (async function* () {
        for (let at = 0; at < records.length; at += size) yield records.slice(at, at + size);
      })();
    const one = async function* (): AsyncGenerator<SourceRecord> {
      yield* records;
    };
    // u100 emailed by hand on the day its snapshot says it was invited; u200 earlier than its snapshot says.
    const history = historyFromJournal([
      { userId: 'u100', at: '2026-10-01T09:00:00+02:00', email: 'activation' },
      { userId: 'u201', at: '2026-09-01T09:00:00Z', email: 'activation' },
    ]);
    for (const journal of [undefined, history]) {
      const expected = await all(decideRecords({ autoSendActivationEmails: false }, one(), journal));
      expect(expected.some((item) => !item.ok && item.duplicateOf !== undefined)).toBe(true);
      for (const size of [1, 7, 256]) {
        const got: DecidedRecord[] = (await all(decideRecordBatches({ autoSendActivationEmails: false }, batches(size), journal))).flat();
        expect(got).toEqual(expected);
      }
    }
  });

  it('preview, reminders and send hold a batched input a batch at a time, as one record at a time gives it', async () => {
    const records = wholeRecords(CSV);
    const one = await holdInput(
      (async function* () {
        yield* records;
      })(),
    );
    const batches = new RecordBatches(
      (async function* () {
        for (let at = 0; at < records.length; at += 100) yield records.slice(at, at + 100);
      })(),
    );
    // Taken a record at a time, each record would cross a promise of its own.
    batches[Symbol.asyncIterator] = () => {
      throw new Error('read one record at a time');
    };
    const held = await holdInput(batches);
    expect(held.values).toEqual(one.values);
    expect(records.map((_, index) => [held.locate(index), held.unreadable(index)])).toEqual(records.map((_, index) => [one.locate(index), one.unreadable(index)]));
    expect(records.some((record) => record.issues !== undefined)).toBe(true);
  });

  it('a read error comes after every record read before it is decided', async () => {
    const records = wholeRecords(CSV).slice(0, 10);
    const failing = (async function* () {
      yield records;
      throw new Error('disk gone');
    })();
    const got: DecidedRecord[] = [];
    await expect(
      (async () => {
        for await (const batch of decideRecordBatches({}, failing)) got.push(...batch);
      })(),
    ).rejects.toThrow('disk gone');
    expect(got).toHaveLength(10);
  });
});
