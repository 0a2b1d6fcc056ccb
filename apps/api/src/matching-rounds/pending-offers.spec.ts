import type { MatchCandidate, MatchOpportunity } from '@bridge/matching';
import { withPendingOffers } from './pending-offers';

const candidate = (id: string) => ({ id }) as MatchCandidate;
const opportunity = (id: string, seats: number, seatsFilled: number) =>
  ({ id, eligibility: { seats, seatsFilled } }) as unknown as MatchOpportunity;

describe('withPendingOffers', () => {
  it('leaves out candidates with an offer in play and holds the seats their offers take', () => {
    const result = withPendingOffers(
      [candidate('a'), candidate('b'), candidate('c')],
      [opportunity('x', 3, 1), opportunity('y', 1, 0), opportunity('z', 2, 0)],
      [
        { candidateId: 'a', opportunityId: 'x' },
        { candidateId: 'b', opportunityId: 'y' },
        { candidateId: 'b', opportunityId: 'y' },
      ],
    );
    expect(result.candidates.map((c) => c.id)).toEqual(['c']);
    expect(result.opportunities.map((o) => o.eligibility.seatsFilled)).toEqual([2, 1, 0]);
  });

  it('changes nothing when no offer is in play', () => {
    const opportunities = [opportunity('x', 2, 1)];
    expect(withPendingOffers([candidate('a')], opportunities, []).opportunities[0]).toBe(opportunities[0]);
  });
});
