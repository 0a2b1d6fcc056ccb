import { FIT_FACTORS } from '@bridge/matching';
import { percent, totalAgainstGreedy, WEIGHT_FIELDS } from './round-format';

describe('round figures in words', () => {
  it('puts the optimal total against the greedy one, with the gain', () => {
    expect(totalAgainstGreedy(12.4, 12.1)).toBe('Optimal total 12.40 vs greedy 12.10 (+2.5%)');
    expect(totalAgainstGreedy(3, 3)).toBe('Optimal total 3.00 vs greedy 3.00 (the same)');
    expect(totalAgainstGreedy(null, 3)).toBeNull();
  });

  it('reads shares as whole percents, and nothing as a dash', () => {
    expect(percent(0.456)).toBe('46%');
    expect(percent(null)).toBe('—');
  });

  it('offers a weight for every factor of the engine, labelled', () => {
    expect(WEIGHT_FIELDS.map((field) => field.factor)).toEqual([...FIT_FACTORS]);
    expect(WEIGHT_FIELDS.find((field) => field.factor === 'FAIR_ACCESS')?.label).toBe('Fair access');
  });
});
