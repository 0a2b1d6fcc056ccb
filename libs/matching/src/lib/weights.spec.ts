import {
  DEFAULT_FIT_WEIGHTS,
  FIT_FACTOR_LABELS,
  MatchingInputError,
  assertWeights,
  weightProblems,
} from './weights';

describe('weights', () => {
  it('accepts the defaults, which sum to 1', () => {
    expect(weightProblems(DEFAULT_FIT_WEIGHTS)).toEqual([]);
    expect(Object.values(DEFAULT_FIT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(FIT_FACTOR_LABELS.DEVELOPMENT).toBe('Development fit');
  });

  it('names each negative or non-finite weight', () => {
    expect(weightProblems({ ...DEFAULT_FIT_WEIGHTS, SKILL: -0.1, INTEREST: Number.NaN })).toEqual([
      {
        field: 'SKILL',
        message: "Skill fit's weight is -0.1: weights cannot be negative. Use 0 to leave the factor out.",
      },
      { field: 'INTEREST', message: "Stated interest's weight must be a number, 0 or more." },
    ]);
    expect(weightProblems({ ...DEFAULT_FIT_WEIGHTS, FAIR_ACCESS: Number.POSITIVE_INFINITY })[0].field).toBe(
      'FAIR_ACCESS',
    );
  });

  it('refuses all zero', () => {
    const zero = { DEVELOPMENT: 0, SKILL: 0, INTEREST: 0, NEW_OBSERVER: 0, FAIR_ACCESS: 0 };
    expect(weightProblems(zero)).toEqual([
      { field: 'weights', message: 'All weights are 0: give at least one factor a weight above 0.' },
    ]);
    expect(() => assertWeights(zero)).toThrow(MatchingInputError);
    try {
      assertWeights({ ...zero, SKILL: -1 });
    } catch (error) {
      expect(error).toMatchObject({ field: 'SKILL' });
    }
    expect.assertions(3);
  });
});
