import { DEFAULT_FIT_WEIGHTS, FIT_FACTORS, MAX_FIT_WEIGHT, weightProblems } from './weights';

describe('fit weights', () => {
  it('accepts the defaults and any weights from 0 to the maximum with one above 0', () => {
    expect(weightProblems({ ...DEFAULT_FIT_WEIGHTS })).toEqual([]);
    expect(
      weightProblems({ DEVELOPMENT: 0, SKILL: 0, INTEREST: 0, NEW_OBSERVER: 0, FAIR_ACCESS: MAX_FIT_WEIGHT }),
    ).toEqual([]);
    expect(weightProblems({ ...DEFAULT_FIT_WEIGHTS, SKILL: 0.5 })).toEqual([]);
  });

  it('names each factor whose weight is negative, too large or not a finite number', () => {
    for (const bad of [-1, MAX_FIT_WEIGHT + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      for (const factor of FIT_FACTORS) {
        expect(weightProblems({ ...DEFAULT_FIT_WEIGHTS, [factor]: bad })).toEqual([
          { field: factor, message: expect.stringContaining(`from 0 to ${MAX_FIT_WEIGHT}`) },
        ]);
      }
    }
  });

  it('refuses all zero as a whole', () => {
    expect(
      weightProblems({ DEVELOPMENT: 0, SKILL: 0, INTEREST: 0, NEW_OBSERVER: 0, FAIR_ACCESS: 0 }),
    ).toEqual([{ field: 'weights', message: expect.stringContaining('above 0') }]);
  });
});
