import { DEFAULT_FIT_WEIGHTS } from '@bridge/matching';
import { defaultWeightsInput, percent, toFitWeights, totalAgainstGreedy } from './round-format';

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

  it("maps the form's weights to the engine's factors and back", () => {
    expect(toFitWeights(defaultWeightsInput())).toEqual(DEFAULT_FIT_WEIGHTS);
  });
});
