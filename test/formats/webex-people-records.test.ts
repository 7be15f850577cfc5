import { describe, expect, it } from 'vitest';
import { recordsFromWebexPeople } from '../../src/formats';

describe('recordsFromWebexPeople', () => {
  it('puts every person back in page order, mapped ones as snapshots and refused ones with their issues', () => {
    const issues = [{ path: ['id'], message: 'is missing' }] as const;
    const records = recordsFromWebexPeople({
      snapshots: ['first', 'third', 'fourth'],
      invalid: [
        { index: 1, issues },
        { index: 4, issues },
      ],
    });
    expect(records).toEqual([
      { location: { kind: 'people-item', index: 0 }, value: 'first' },
      { location: { kind: 'people-item', index: 1 }, value: undefined, issues },
      { location: { kind: 'people-item', index: 2 }, value: 'third' },
      { location: { kind: 'people-item', index: 3 }, value: 'fourth' },
      { location: { kind: 'people-item', index: 4 }, value: undefined, issues },
    ]);
  });

  it('gives an empty page no records', () => {
    expect(recordsFromWebexPeople({ snapshots: [], invalid: [] })).toEqual([]);
  });
});
