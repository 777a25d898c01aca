import { repeatedIds } from '../validation/rules/repeated-ids';

// The repeats the rules refusing a repeated sharing-request id and a repeated data-correction id report.

describe('repeatedIds', () => {
  const records = (...ids: string[]) => ids.map((id, index) => ({ id, index }));

  it('gives each record whose id an earlier one uses, with the first record of that id', () => {
    const list = records('a', 'b', 'a', 'c', 'a', 'b');
    expect(repeatedIds(list, (record) => record.id)).toEqual([
      { entry: list[2], earlier: list[0], id: 'a' },
      { entry: list[4], earlier: list[0], id: 'a' },
      { entry: list[5], earlier: list[1], id: 'b' },
    ]);
  });

  it('gives nothing when every id is its own, or there are no records', () => {
    expect(repeatedIds(records('a', 'b', 'c'), (record) => record.id)).toEqual([]);
    expect(repeatedIds([], String)).toEqual([]);
  });

  it('compares the ids idOf gives, not the records', () => {
    const list = records('REQ-1', 'req-1');
    expect(repeatedIds(list, (record) => record.id.toLowerCase())).toEqual([
      { entry: list[1], earlier: list[0], id: 'req-1' },
    ]);
  });
});
