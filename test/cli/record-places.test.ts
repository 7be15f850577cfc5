// Where each record came from, kept as the indexes where a record's line stops being its index
// plus the same shift: every record's line comes back as it was noted, whatever lines the input skips.
import { describe, expect, it } from 'vitest';
import type { SourceLocation } from '../../src/formats';
import { RecordPlaces } from '../../src/cli/output/report-invalid';

describe('RecordPlaces', () => {
  it('gives back the line of every record, with blank lines and rows across lines between them', () => {
    const places = new RecordPlaces();
    const lines: number[] = [];
    let line = 1;
    for (let index = 0; index < 5000; index += 1) {
      line += index % 17 === 0 ? 3 : index % 101 === 5 ? 2 : 1;
      lines.push(line);
      places.add(index, { kind: 'line', line });
    }
    const like: SourceLocation = { kind: 'line', line: 1 };
    for (let index = 0; index < 5000; index += 1) expect(places.of(index, like)).toEqual({ kind: 'line', line: lines[index] });
    // An index no record has is line 0, as before.
    expect(places.of(5000, like)).toEqual({ kind: 'line', line: 0 });
    expect(places.of(-1, like)).toEqual({ kind: 'line', line: 0 });
  });

  it('keeps nothing for records located by their index, and names them by it', () => {
    const places = new RecordPlaces();
    for (let index = 0; index < 10; index += 1) places.add(index, { kind: 'people-item', index });
    expect(places.of(3, { kind: 'people-item', index: 0 })).toEqual({ kind: 'people-item', index: 3 });
    expect(places.of(3, { kind: 'line', line: 1 })).toEqual({ kind: 'line', line: 0 });
  });

  it('a record with no line between records with lines is line 0', () => {
    const places = new RecordPlaces();
    places.add(0, { kind: 'line', line: 2 });
    places.add(1, { kind: 'index', index: 1 });
    places.add(2, { kind: 'index', index: 2 });
    places.add(3, { kind: 'line', line: 9 });
    const like: SourceLocation = { kind: 'line', line: 1 };
    expect([0, 1, 2, 3].map((index) => places.of(index, like))).toEqual([2, 0, 0, 9].map((line) => ({ kind: 'line', line })));
  });
});
