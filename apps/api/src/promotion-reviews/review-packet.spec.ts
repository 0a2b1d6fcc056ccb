import { citationList } from './review-packet';

describe('citationList', () => {
  it('numbers citations in order, runs as ranges, each once', () => {
    expect(citationList([7, 1, 2, 3, 3, 9, 10])).toBe('E1–E3, E7, E9–E10');
    expect(citationList([4])).toBe('E4');
    expect(citationList([])).toBe('');
  });
});
