import fc from 'fast-check';
import { calibrateRaters, CalibrationRating, leniencies, raterTendency } from './rater-calibration';

/** Every observer rates every candidate: candidate quality plus the observer's own leniency. */
function crossed(quality: Record<string, number>, leniency: Record<string, number>): CalibrationRating[] {
  return Object.entries(leniency).flatMap(([observerId, offset]) =>
    Object.entries(quality).map(([candidateId, level]) => ({
      observerId,
      candidateId,
      rating: level + offset,
    })),
  );
}

describe('rater calibration', () => {
  it('reports each observer’s level and spread against the organization’s', () => {
    const result = calibrateRaters([
      { observerId: 'lenient', candidateId: 'x', rating: 4 },
      { observerId: 'lenient', candidateId: 'y', rating: 4 },
      { observerId: 'harsh', candidateId: 'x', rating: 1 },
      { observerId: 'harsh', candidateId: 'y', rating: 3 },
    ]);
    expect(result.organizationMean).toBe(3);
    expect(result.organizationSpread).toBeCloseTo(Math.sqrt(1.5), 9);
    expect(
      result.observers.map(({ observerId, ratings, mean, spread }) => ({
        observerId,
        ratings,
        mean,
        spread,
      })),
    ).toEqual([
      { observerId: 'harsh', ratings: 2, mean: 2, spread: 1 },
      { observerId: 'lenient', ratings: 2, mean: 4, spread: 0 },
    ]);
    const byId = leniencies(result);
    expect(byId.get('lenient')).toBeGreaterThan(0);
    expect(byId.get('harsh')).toBeLessThan(0);
  });

  it('recovers lenient and harsh observers from a fully crossed design, shrunk toward zero', () => {
    const quality = { c1: 1.5, c2: 2, c3: 2.5, c4: 3, c5: 3 };
    const result = calibrateRaters(crossed(quality, { easy: 0.8, fair: 0, tough: -0.8 }));
    const byId = leniencies(result);
    // 5 ratings each and a prior of 3 pseudo-ratings: 5/8 of the true 0.8.
    expect(byId.get('easy')).toBeCloseTo(0.5, 1);
    expect(byId.get('tough')).toBeCloseTo(-0.5, 1);
    expect(Math.abs(byId.get('fair') ?? 1)).toBeLessThan(0.01);
  });

  it('does not call an observer lenient for having rated only strong candidates', () => {
    const ratings = [
      // "fair" rates the strong candidates; others rate everyone, the strong ones as high.
      ...crossed({ strong1: 4, strong2: 4, weak1: 2, weak2: 2 }, { other1: 0, other2: 0, other3: 0 }),
      ...crossed({ strong1: 4, strong2: 4 }, { fair: 0 }),
    ];
    const result = calibrateRaters(ratings);
    const [fair] = result.observers.filter((observer) => observer.observerId === 'fair');
    const naive = fair.mean - result.organizationMean;
    expect(naive).toBeGreaterThan(0.8);
    expect(Math.abs(fair.leniency)).toBeLessThan(naive / 5);
  });

  it('explains variance by raters when observers differ and candidates do not, and the reverse', () => {
    // Twelve ratings per observer: shrunk by 12/15, so the share is 0.8² of the truth (all of it).
    const twelve = Object.fromEntries([...'abcdefghijkl'].map((id) => [id, 2]));
    const raterDriven = calibrateRaters(crossed(twelve, { r1: 1, r2: 0, r3: -1, r4: 0.5 }));
    expect(raterDriven.varianceShares.raters).toBeCloseTo(0.64, 2);
    expect(raterDriven.varianceShares.ratees).toBeLessThan(0.01);
    const rateeDriven = calibrateRaters(crossed({ a: 1, b: 2, c: 3, d: 4 }, { r1: 0, r2: 0, r3: 0, r4: 0 }));
    expect(rateeDriven.varianceShares.ratees).toBeGreaterThan(0.5);
    expect(rateeDriven.varianceShares.raters).toBeLessThan(0.01);
  });

  it('has nothing to explain when every rating is the same, and nothing to say about no ratings', () => {
    expect(calibrateRaters(crossed({ a: 3, b: 3 }, { r1: 0, r2: 0 })).varianceShares).toEqual({
      raters: 0,
      ratees: 0,
      residual: 0,
    });
    expect(calibrateRaters([])).toMatchObject({ ratings: 0, observers: [], organizationMean: 0 });
  });

  it('gives the same result whatever order the ratings arrive in, with shares between 0 and 1', () => {
    const rating = fc.record({
      observerId: fc.constantFrom('a', 'b', 'c', 'd'),
      candidateId: fc.constantFrom('x', 'y', 'z'),
      rating: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 40 }), fc.integer(), (ratings, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(ratings, { minLength: ratings.length }), {
          numRuns: 1,
          seed,
        })[0];
        const result = calibrateRaters(ratings);
        expect(calibrateRaters(shuffled)).toEqual(result);
        const { raters, ratees, residual } = result.varianceShares;
        for (const share of [raters, ratees, residual]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        for (const observer of result.observers) expect(Math.abs(observer.leniency)).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('calls an observer lenient or harsh only from a third of a point either way', () => {
    expect(raterTendency(0.3)).toBe('LENIENT');
    expect(raterTendency(0.29)).toBeNull();
    expect(raterTendency(0)).toBeNull();
    expect(raterTendency(-0.29)).toBeNull();
    expect(raterTendency(-0.3)).toBe('HARSH');
  });
});
