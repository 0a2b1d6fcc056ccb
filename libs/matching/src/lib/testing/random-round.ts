import { CandidateCapacity, OpportunityKind, OpportunityStatus } from '@bridge/domain';
import type { FitWeights, MatchCandidate, MatchFacts, MatchOpportunity, RoundInput } from '../types';
import { DEFAULT_FIT_WEIGHTS } from '../weights';
import { TODAY } from './fixtures';

/** A seeded generator, so a failing instance can be found again. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTIONS = ['engineering', 'operations', 'sales', null];
const SKILLS = ['SQL', 'sql', 'TypeScript', 'Figma', 'Negotiation', 'Excel', 'Python'];
const CAPABILITIES = ['delegation', 'coaching', 'strategy', 'influence'];

/**
 * A round over a small organisation where every hard constraint comes up: sponsors and mentees who
 * are candidates, mentors in the mentee's reporting line, own functions, full loads, missing profiles,
 * closed, ended and full opportunities, manager refusals; and ties (few skills, few capabilities).
 */
export function randomRound(seed: number, maxCandidates: number, maxOpportunities: number): RoundInput {
  const next = seeded(seed);
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const chance = (p: number) => next() < p;
  const n = int(1, maxCandidates);
  const m = int(1, maxOpportunities);
  const people = n + 6;
  const personId = (k: number) => `p${String(k).padStart(3, '0')}`;
  // A tree: each person's manager has a lower number.
  const managerOf = Array.from({ length: people }, (_, k) => (k === 0 ? -1 : int(0, k - 1)));
  const chainOf = (k: number): string[] => {
    const chain: string[] = [];
    for (let at = managerOf[k]; at >= 0; at = managerOf[at]) chain.push(personId(at));
    return chain;
  };
  // Candidates are people 6…; people 0–5 sponsor or ask for mentors, and so may candidates.
  const order = Array.from({ length: n }, (_, i) => i + 6).sort(() => next() - 0.5);
  const capacity = (): CandidateCapacity | null =>
    chance(0.08)
      ? null
      : {
          hoursPerWeek: pick([0, 2, 4, 6, 8]),
          committedHours: pick([0, 0, 0, 2, 4]),
          maxProjects: pick([0, 1, 1, 2]),
          activeProjects: pick([0, 0, 1]),
          maxMentees: pick([0, 1, 2]),
          activeMentees: pick([0, 0, 1]),
        };
  const opportunityIds = Array.from({ length: m }, (_, j) => `o${String(j).padStart(3, '0')}`);
  const candidates: MatchCandidate[] = order.map((k) => ({
    id: personId(k),
    eligibility: {
      personId: personId(k),
      name: `Person ${k}`,
      managerChain: chainOf(k),
      functionId: pick(FUNCTIONS),
      capacity: capacity(),
    },
    skills: SKILLS.filter(() => chance(0.35)),
    evidence: CAPABILITIES.filter(() => chance(0.6)).map((key) => ({
      capabilityKey: key,
      capabilityName: key[0].toUpperCase() + key.slice(1),
      observations: int(0, 5),
      distinctObservers: int(0, 3),
    })),
    interestedOpportunityIds: opportunityIds.filter(() => chance(0.15)),
    observerIds: Array.from({ length: int(0, 3) }, () => personId(int(0, people - 1))),
    pastPlacements: pick([0, 0, 1, 2, 4]),
    roundsWithoutProposal: pick([0, 0, 0, 1, 3, 6]),
  }));
  const opportunities: MatchOpportunity[] = opportunityIds.map((id) => {
    const mentorship = chance(0.35);
    const mentee = int(0, people - 1);
    const seats = int(1, 3);
    return {
      id,
      eligibility: {
        kind: mentorship ? OpportunityKind.MENTORSHIP : OpportunityKind.STRETCH_PROJECT,
        status: chance(0.9)
          ? OpportunityStatus.OPEN
          : pick([OpportunityStatus.DRAFT, OpportunityStatus.CLOSED]),
        title: `Opportunity ${id}`,
        sponsorId: personId(int(0, people - 1)),
        menteeId: mentorship ? personId(mentee) : null,
        hostFunctionId: pick(FUNCTIONS),
        crossFunctional: chance(0.5),
        seats,
        seatsFilled: chance(0.1) ? seats : int(0, seats - 1),
        hoursPerWeek: pick([1, 2, 4, 6]),
        endsOn: chance(0.8) ? null : pick(['2026-01-31', '2027-06-30', TODAY]),
      },
      capabilityKeys: CAPABILITIES.filter(() => chance(0.4)),
      skills: SKILLS.filter(() => chance(0.3)),
      menteeManagerChain: mentorship ? chainOf(mentee) : [],
    };
  });
  // Live applications from a stream of their own, so every other draw is as it was before they existed.
  const applying = seeded(seed * 7919 + 17);
  const facts: MatchFacts = {
    today: TODAY,
    managerRefusals: candidates.flatMap((c) =>
      opportunityIds.filter(() => chance(0.05)).map((o) => `${c.id}:${o}`),
    ),
    liveApplications: candidates.flatMap((c) =>
      opportunityIds.filter(() => applying() < 0.05).map((o) => `${c.id}:${o}`),
    ),
  };
  const weights: FitWeights = chance(0.5)
    ? DEFAULT_FIT_WEIGHTS
    : {
        DEVELOPMENT: int(0, 4),
        SKILL: int(0, 4),
        INTEREST: int(0, 2),
        NEW_OBSERVER: int(0, 2),
        FAIR_ACCESS: int(1, 3) / 3,
      };
  return { candidates, opportunities, facts, weights };
}
