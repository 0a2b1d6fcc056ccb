import { OpportunityKind, READINESS_RULES } from '@bridge/domain';
import type {
  CapabilityEvidence,
  Fit,
  FitReason,
  FitWeights,
  MatchCandidate,
  MatchOpportunity,
} from './types';
import { fairAccessWeight, FIT_FACTORS, FIT_SCALE, weightTotal } from './weights';

/**
 * The soft part of a match: five factors, each in [0, 1] (DESIGN section 6), and their weighted sum.
 *
 * - DEVELOPMENT: the share of the candidate's development need that the opportunity exercises. Each
 *   capability the target transition needs has a need in [SOLID_EVIDENCE_NEED, 1]: 1 with no
 *   observation, falling linearly to SOLID_EVIDENCE_NEED at READINESS_RULES.thinBelow observations
 *   (more evidence from a new context still helps a little). The value is the sum of the needs of the
 *   capabilities the opportunity exercises over the sum of all needs: 1 when it exercises them all,
 *   and an opportunity exercising the thin ones is worth more than one exercising the solid ones.
 *   No capability to evidence (no target transition) gives 0.
 * - SKILL: the share of the opportunity's skills (case-insensitive) the candidate has; an opportunity
 *   listing no skills gives the neutral NO_SKILLS_VALUE (0.5), neither helping nor hurting.
 * - INTEREST: 1 when the candidate applied to or saved it.
 * - NEW_OBSERVER: the share of the people who would watch the candidate at work (the sponsor; for a
 *   mentorship also the mentee) who have not observed the candidate yet: 1 when none has.
 * - FAIR_ACCESS: 1 / (1 + past stretch assignments), its weight raised by rounds without a proposal
 *   (see fairAccessWeight).
 *
 * score = Σ weight × value / Σ base weights, clamped to 1: only the fair-access carry-over can push the
 * sum past the base weights. points = round(score × FIT_SCALE). The round's vectorised scoring
 * (round-scoring.ts) performs the same floating-point operations in the same order, so both agree to
 * the point.
 */

export const SOLID_EVIDENCE_NEED = 0.25;
export const NO_SKILLS_VALUE = 0.5;

export function capabilityNeed(evidence: CapabilityEvidence): number {
  const thinness = 1 - Math.min(1, Math.max(0, evidence.observations) / READINESS_RULES.thinBelow);
  return SOLID_EVIDENCE_NEED + (1 - SOLID_EVIDENCE_NEED) * thinness;
}

export function isThin(evidence: CapabilityEvidence): boolean {
  return evidence.observations < READINESS_RULES.thinBelow;
}

export function normalizeSkill(skill: string): string {
  return skill.trim().toLowerCase();
}

export function fairAccessValue(pastPlacements: number): number {
  return 1 / (1 + Math.max(0, pastPlacements));
}

/** The people who would observe a candidate placed on the opportunity: its sponsor, and a mentorship's mentee. */
export function opportunityObservers(opportunity: MatchOpportunity): string[] {
  const { sponsorId, menteeId, kind } = opportunity.eligibility;
  return kind === OpportunityKind.MENTORSHIP && menteeId !== null && menteeId !== sponsorId
    ? [sponsorId, menteeId]
    : [sponsorId];
}

/** The weighted score in [0, 1]; every caller sums in this order so the points agree exactly. */
export function combinedScore(
  weights: FitWeights,
  fairWeight: number,
  total: number,
  development: number,
  skill: number,
  interest: number,
  newObserver: number,
  fairAccess: number,
): number {
  const sum =
    weights.DEVELOPMENT * development +
    weights.SKILL * skill +
    weights.INTEREST * interest +
    weights.NEW_OBSERVER * newObserver +
    fairWeight * fairAccess;
  return Math.min(1, sum / total);
}

export function pointsOf(score: number): number {
  return Math.round(score * FIT_SCALE);
}

/** A candidate read once for scoring against many opportunities. */
export interface ScoringCandidate {
  candidate: MatchCandidate;
  /** Per capability key: its need and evidence, first entry per key. */
  needs: Map<string, { need: number; evidence: CapabilityEvidence }>;
  totalNeed: number;
  skills: Set<string>;
  interested: Set<string>;
  observers: Set<string>;
}

/** An opportunity read once for scoring against many candidates. */
export interface ScoringOpportunity {
  opportunity: MatchOpportunity;
  capabilityKeys: string[];
  /** Normalised skill → the opportunity's own spelling, distinct. */
  skills: Map<string, string>;
  observers: string[];
}

export function scoringCandidate(candidate: MatchCandidate): ScoringCandidate {
  const needs = new Map<string, { need: number; evidence: CapabilityEvidence }>();
  let totalNeed = 0;
  for (const evidence of candidate.evidence) {
    if (needs.has(evidence.capabilityKey)) continue;
    const need = capabilityNeed(evidence);
    needs.set(evidence.capabilityKey, { need, evidence });
    totalNeed += need;
  }
  return {
    candidate,
    needs,
    totalNeed,
    skills: new Set(candidate.skills.map(normalizeSkill)),
    interested: new Set(candidate.interestedOpportunityIds),
    observers: new Set(candidate.observerIds),
  };
}

export function scoringOpportunity(opportunity: MatchOpportunity): ScoringOpportunity {
  const skills = new Map<string, string>();
  for (const skill of opportunity.skills) {
    const key = normalizeSkill(skill);
    if (key && !skills.has(key)) skills.set(key, skill.trim());
  }
  return {
    opportunity,
    capabilityKeys: [...new Set(opportunity.capabilityKeys)],
    skills,
    observers: opportunityObservers(opportunity),
  };
}

/** The five values, in FIT_FACTORS order. */
export function factorValues(
  c: ScoringCandidate,
  o: ScoringOpportunity,
): [number, number, number, number, number] {
  let exercised = 0;
  for (const key of o.capabilityKeys) exercised += c.needs.get(key)?.need ?? 0;
  const development = c.totalNeed > 0 ? exercised / c.totalNeed : 0;
  let had = 0;
  for (const key of o.skills.keys()) if (c.skills.has(key)) had++;
  const skill = o.skills.size > 0 ? had / o.skills.size : NO_SKILLS_VALUE;
  const interest = c.interested.has(o.opportunity.id) ? 1 : 0;
  let unseen = 0;
  for (const observer of o.observers) if (!c.observers.has(observer)) unseen++;
  const newObserver = unseen / o.observers.length;
  return [development, skill, interest, newObserver, fairAccessValue(c.candidate.pastPlacements)];
}

/** The points of a pair, without reasons: for ranking many pairs before explaining a few. */
export function fitPoints(
  c: ScoringCandidate,
  o: ScoringOpportunity,
  weights: FitWeights,
  total: number,
): number {
  const [development, skill, interest, newObserver, fair] = factorValues(c, o);
  const fairWeight = fairAccessWeight(weights, c.candidate.roundsWithoutProposal);
  return pointsOf(combinedScore(weights, fairWeight, total, development, skill, interest, newObserver, fair));
}

/** The soft score of a pair with its reasons and suggestions; no hard constraints. */
export function fitOf(candidate: MatchCandidate, opportunity: MatchOpportunity, weights: FitWeights): Fit {
  return explainedFit(scoringCandidate(candidate), scoringOpportunity(opportunity), weights);
}

export function explainedFit(c: ScoringCandidate, o: ScoringOpportunity, weights: FitWeights): Fit {
  const values = factorValues(c, o);
  const total = weightTotal(weights);
  const fairWeight = fairAccessWeight(weights, c.candidate.roundsWithoutProposal);
  const score = combinedScore(weights, fairWeight, total, ...values);
  const explanations = [
    developmentExplanation(c, o),
    skillExplanation(c, o),
    values[2] === 1 ? 'You applied to it or saved it.' : 'You have not applied to it or saved it.',
    newObserverExplanation(c, o),
    fairAccessExplanation(c.candidate, weights.FAIR_ACCESS, fairWeight),
  ];
  const reasons: FitReason[] = FIT_FACTORS.map((factor, index) => {
    const weight = factor === 'FAIR_ACCESS' ? fairWeight : weights[factor];
    return {
      factor,
      weight,
      value: values[index],
      contribution: total > 0 ? (weight * values[index]) / total : 0,
      explanation: explanations[index],
    };
  });
  return {
    candidateId: c.candidate.id,
    opportunityId: o.opportunity.id,
    score,
    points: pointsOf(score),
    reasons,
    suggestions: suggestions(c, o, weights, values[2]),
  };
}

/** "Delegation" → "delegation", leaving acronyms ("OKR setting") as they are. */
function inSentence(name: string): string {
  return name.length > 1 && name[1] === name[1].toLowerCase() ? name[0].toLowerCase() + name.slice(1) : name;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function exercisedEvidence(c: ScoringCandidate, o: ScoringOpportunity): CapabilityEvidence[] {
  return o.capabilityKeys.flatMap((key) => {
    const needed = c.needs.get(key);
    return needed ? [needed.evidence] : [];
  });
}

function developmentExplanation(c: ScoringCandidate, o: ScoringOpportunity): string {
  const needed = c.needs.size;
  if (needed === 0)
    return 'No target transition with capabilities to evidence yet, so nothing to develop here.';
  const exercised = exercisedEvidence(c, o);
  const of = `of the ${needed} ${needed === 1 ? 'capability' : 'capabilities'} your target transition needs`;
  if (exercised.length === 0) return `Exercises none ${of}.`;
  const names = list(exercised.map((evidence) => inSentence(evidence.capabilityName)));
  const thin = exercised.filter(isThin).map((evidence) => inSentence(evidence.capabilityName));
  const thinPart = thin.length > 0 ? `; your evidence of ${list(thin)} is thin` : '';
  return `Exercises ${exercised.length} ${of} (${names})${thinPart}.`;
}

function skillExplanation(c: ScoringCandidate, o: ScoringOpportunity): string {
  const count = o.skills.size;
  if (count === 0) return `It lists no skills: neutral (${NO_SKILLS_VALUE}).`;
  let had = 0;
  for (const key of o.skills.keys()) if (c.skills.has(key)) had++;
  return `You have ${had} of its ${count} ${count === 1 ? 'skill' : 'skills'}.`;
}

function newObserverExplanation(c: ScoringCandidate, o: ScoringOpportunity): string {
  const mentorship = o.observers.length > 1;
  const seen = o.observers.filter((observer) => c.observers.has(observer)).length;
  if (!mentorship)
    return seen === 0
      ? 'Its sponsor has not observed you yet: a new observer for your evidence.'
      : 'Its sponsor has observed you before.';
  if (seen === 0)
    return 'Neither its sponsor nor the mentee has observed you yet: new observers for your evidence.';
  if (seen === 2) return 'Its sponsor and the mentee have both observed you before.';
  return c.observers.has(o.observers[0])
    ? 'Its sponsor has observed you before; the mentee has not: a new observer.'
    : 'The mentee has observed you before; its sponsor has not: a new observer.';
}

function fairAccessExplanation(candidate: MatchCandidate, baseWeight: number, weight: number): string {
  const past = Math.max(0, candidate.pastPlacements);
  const held =
    past === 0
      ? 'No stretch assignment so far'
      : `${past} stretch ${past === 1 ? 'assignment' : 'assignments'} so far`;
  if (weight === baseWeight) return `${held}.`;
  const rounds = candidate.roundsWithoutProposal;
  return `${held}; its weight is raised from ${round2(baseWeight)} to ${round2(weight)} after ${rounds} ${rounds === 1 ? 'round' : 'rounds'} without a proposal.`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function suggestions(
  c: ScoringCandidate,
  o: ScoringOpportunity,
  weights: FitWeights,
  interest: number,
): string[] {
  const result: string[] = [];
  const what = o.opportunity.eligibility.kind === OpportunityKind.MENTORSHIP ? 'mentorship' : 'project';
  if (weights.DEVELOPMENT > 0)
    for (const evidence of exercisedEvidence(c, o).filter(isThin))
      result.push(
        `Your evidence of ${inSentence(evidence.capabilityName)} is thin: this ${what} exercises it.`,
      );
  if (weights.SKILL > 0) {
    const missing = [...o.skills].filter(([key]) => !c.skills.has(key)).map(([, spelled]) => spelled);
    if (missing.length > 0)
      result.push(
        `Adding ${list(missing.slice(0, 3))}${missing.length > 3 ? ' (and more)' : ''} to your skills, if you have ${missing.length === 1 ? 'it' : 'them'}, would raise the skill fit.`,
      );
  }
  if (weights.INTEREST > 0 && interest === 0) result.push('Saving it or applying to it would raise the fit.');
  return result;
}
