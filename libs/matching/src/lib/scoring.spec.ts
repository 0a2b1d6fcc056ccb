import fc from 'fast-check';
import { OpportunityKind, READINESS_RULES } from '@bridge/domain';
import {
  fitOf,
  fitPoints,
  NO_SKILLS_VALUE,
  scoringCandidate,
  scoringOpportunity,
  SOLID_EVIDENCE_NEED,
} from './scoring';
import { candidate, opportunity } from './testing/fixtures';
import type { CapabilityEvidence, Fit, FitFactor, FitWeights } from './types';
import { DEFAULT_FIT_WEIGHTS, FAIR_ACCESS_CARRY_OVER, FIT_SCALE, weightTotal } from './weights';

const evidence = (
  capabilityName: string,
  observations: number,
  distinctObservers = 1,
): CapabilityEvidence => ({
  capabilityKey: capabilityName.toLowerCase(),
  capabilityName,
  observations,
  distinctObservers,
});

const reason = (fit: Fit, factor: FitFactor) => {
  const found = fit.reasons.find((r) => r.factor === factor);
  if (!found) throw new Error(`no ${factor} reason`);
  return found;
};

const only = (factor: FitFactor): FitWeights => ({
  DEVELOPMENT: 0,
  SKILL: 0,
  INTEREST: 0,
  NEW_OBSERVER: 0,
  FAIR_ACCESS: 0,
  [factor]: 1,
});

describe('development fit', () => {
  // Needs: Delegation 1 (no evidence), Strategy 0.75 (1 observation), Coaching 0.25 (enough).
  const alex = candidate({
    evidence: [
      evidence('Delegation', 0),
      evidence('Strategy', 1),
      evidence('Coaching', READINESS_RULES.thinBelow),
    ],
  });

  it('is the share of the need the opportunity exercises, leaning toward thin evidence', () => {
    const fit = (keys: string[]) =>
      reason(fitOf(alex, opportunity({ capabilityKeys: keys }), DEFAULT_FIT_WEIGHTS), 'DEVELOPMENT').value;
    expect(fit(['delegation'])).toBeCloseTo(1 / 2);
    expect(fit(['coaching'])).toBeCloseTo(SOLID_EVIDENCE_NEED / 2);
    expect(fit(['delegation', 'strategy'])).toBeCloseTo(1.75 / 2);
    expect(fit(['delegation', 'strategy', 'coaching'])).toBe(1);
    expect(fit(['negotiation'])).toBe(0);
    expect(fit(['delegation'])).toBeGreaterThan(fit(['coaching']));
  });

  it('uses the readiness threshold for thin evidence', () => {
    const needAt = (observations: number) =>
      reason(
        fitOf(
          candidate({ evidence: [evidence('Delegation', observations), evidence('Other', 0)] }),
          opportunity({ capabilityKeys: ['delegation'] }),
          only('DEVELOPMENT'),
        ),
        'DEVELOPMENT',
      ).value;
    expect(needAt(READINESS_RULES.thinBelow)).toBeCloseTo(SOLID_EVIDENCE_NEED / (SOLID_EVIDENCE_NEED + 1));
    expect(needAt(READINESS_RULES.thinBelow + 5)).toBe(needAt(READINESS_RULES.thinBelow));
    expect(needAt(READINESS_RULES.thinBelow - 1)).toBeGreaterThan(needAt(READINESS_RULES.thinBelow));
  });

  it('says which capabilities it exercises and where the evidence is thin, and suggests it', () => {
    const fit = fitOf(alex, opportunity({ capabilityKeys: ['delegation', 'coaching'] }), DEFAULT_FIT_WEIGHTS);
    expect(reason(fit, 'DEVELOPMENT').explanation).toBe(
      'Exercises 2 of the 3 capabilities your target transition needs (delegation and coaching); your evidence of delegation is thin.',
    );
    expect(fit.suggestions).toContain('Your evidence of delegation is thin: this project exercises it.');
    expect(fit.suggestions.join(' ')).not.toContain('coaching');
    const mentorship = fitOf(
      alex,
      opportunity({
        capabilityKeys: ['strategy'],
        eligibility: { kind: OpportunityKind.MENTORSHIP, menteeId: 'sam' },
      }),
      DEFAULT_FIT_WEIGHTS,
    );
    expect(mentorship.suggestions).toContain(
      'Your evidence of strategy is thin: this mentorship exercises it.',
    );
  });

  it('is 0, in words, with nothing to develop or nothing exercised', () => {
    const none = fitOf(candidate(), opportunity({ capabilityKeys: ['delegation'] }), DEFAULT_FIT_WEIGHTS);
    expect(reason(none, 'DEVELOPMENT').value).toBe(0);
    expect(reason(none, 'DEVELOPMENT').explanation).toContain('No target transition');
    const elsewhere = fitOf(alex, opportunity({ capabilityKeys: ['negotiation'] }), DEFAULT_FIT_WEIGHTS);
    expect(reason(elsewhere, 'DEVELOPMENT').explanation).toBe(
      'Exercises none of the 3 capabilities your target transition needs.',
    );
  });
});

describe('skill fit', () => {
  it('is the share of the opportunity skills the candidate has, case-insensitive', () => {
    const fit = fitOf(
      candidate({ skills: ['TypeScript', ' sql '] }),
      opportunity({ skills: ['typescript', 'SQL', 'Figma', 'figma'] }),
      DEFAULT_FIT_WEIGHTS,
    );
    expect(reason(fit, 'SKILL').value).toBeCloseTo(2 / 3);
    expect(reason(fit, 'SKILL').explanation).toBe('You have 2 of its 3 skills.');
    expect(fit.suggestions).toContain(
      'Adding Figma to your skills, if you have it, would raise the skill fit.',
    );
  });

  it('is neutral when the opportunity lists no skills', () => {
    const fit = fitOf(candidate(), opportunity({ skills: [] }), DEFAULT_FIT_WEIGHTS);
    expect(reason(fit, 'SKILL').value).toBe(NO_SKILLS_VALUE);
    expect(reason(fit, 'SKILL').explanation).toBe('It lists no skills: neutral (0.5).');
  });
});

describe('stated interest, new observer, fair access', () => {
  it('counts an application or a save', () => {
    const saved = fitOf(
      candidate({ interestedOpportunityIds: ['returns'] }),
      opportunity(),
      DEFAULT_FIT_WEIGHTS,
    );
    expect(reason(saved, 'INTEREST')).toMatchObject({
      value: 1,
      explanation: 'You applied to it or saved it.',
    });
    const not = fitOf(candidate(), opportunity(), DEFAULT_FIT_WEIGHTS);
    expect(reason(not, 'INTEREST').value).toBe(0);
    expect(not.suggestions).toContain('Saving it or applying to it would raise the fit.');
  });

  it('values a sponsor, and a mentee, who have not observed the candidate', () => {
    const project = opportunity();
    expect(reason(fitOf(candidate(), project, DEFAULT_FIT_WEIGHTS), 'NEW_OBSERVER')).toMatchObject({
      value: 1,
      explanation: 'Its sponsor has not observed you yet: a new observer for your evidence.',
    });
    expect(
      reason(fitOf(candidate({ observerIds: ['priya'] }), project, DEFAULT_FIT_WEIGHTS), 'NEW_OBSERVER')
        .value,
    ).toBe(0);
    const mentorship = opportunity({ eligibility: { kind: OpportunityKind.MENTORSHIP, menteeId: 'sam' } });
    expect(
      reason(fitOf(candidate({ observerIds: ['sam'] }), mentorship, DEFAULT_FIT_WEIGHTS), 'NEW_OBSERVER'),
    ).toMatchObject({
      value: 0.5,
      explanation: 'The mentee has observed you before; its sponsor has not: a new observer.',
    });
    expect(
      reason(
        fitOf(candidate({ observerIds: ['sam', 'priya'] }), mentorship, DEFAULT_FIT_WEIGHTS),
        'NEW_OBSERVER',
      ).value,
    ).toBe(0);
  });

  it('favours fewer past placements', () => {
    expect(reason(fitOf(candidate(), opportunity(), DEFAULT_FIT_WEIGHTS), 'FAIR_ACCESS')).toMatchObject({
      value: 1,
      weight: DEFAULT_FIT_WEIGHTS.FAIR_ACCESS,
      explanation: 'No stretch assignment so far.',
    });
    expect(
      reason(fitOf(candidate({ pastPlacements: 3 }), opportunity(), DEFAULT_FIT_WEIGHTS), 'FAIR_ACCESS'),
    ).toMatchObject({
      value: 0.25,
      explanation: '3 stretch assignments so far.',
    });
  });

  it('raises the fair-access weight after rounds without a proposal, up to a cap, and says so', () => {
    const after = (rounds: number) =>
      reason(
        fitOf(candidate({ roundsWithoutProposal: rounds }), opportunity(), DEFAULT_FIT_WEIGHTS),
        'FAIR_ACCESS',
      );
    expect(after(2).weight).toBeCloseTo(0.4);
    expect(after(2).explanation).toBe(
      'No stretch assignment so far; its weight is raised from 0.2 to 0.4 after 2 rounds without a proposal.',
    );
    expect(after(FAIR_ACCESS_CARRY_OVER.maxRounds + 6).weight).toBe(
      after(FAIR_ACCESS_CARRY_OVER.maxRounds).weight,
    );
    expect(after(FAIR_ACCESS_CARRY_OVER.maxRounds).weight).toBeCloseTo(0.6);
  });
});

describe('the score', () => {
  it('is the weighted sum over the base weights, as points', () => {
    // Development 0.5, skill 0.5 (none listed), interest 0, new observer 1, fair access 0.5.
    const fit = fitOf(
      candidate({ evidence: [evidence('Delegation', 0), evidence('Coaching', 0)], pastPlacements: 1 }),
      opportunity({ capabilityKeys: ['delegation'] }),
      DEFAULT_FIT_WEIGHTS,
    );
    const expected = 0.35 * 0.5 + 0.25 * 0.5 + 0 + 0.1 * 1 + 0.2 * 0.5;
    expect(fit.score).toBeCloseTo(expected);
    expect(fit.points).toBe(Math.round(expected * FIT_SCALE));
    expect(fit.reasons.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(fit.score);
    expect(fit.reasons.map((r) => r.factor)).toEqual([
      'DEVELOPMENT',
      'SKILL',
      'INTEREST',
      'NEW_OBSERVER',
      'FAIR_ACCESS',
    ]);
  });

  it('is clamped to 1 when the fair-access carry-over pushes past the base weights', () => {
    const fit = fitOf(
      candidate({
        interestedOpportunityIds: ['returns'],
        roundsWithoutProposal: 3,
        evidence: [evidence('Delegation', 0)],
      }),
      opportunity({ capabilityKeys: ['delegation'], skills: ['sql'] }),
      DEFAULT_FIT_WEIGHTS,
    );
    expect(fit.score).toBe(1);
    expect(fit.points).toBe(FIT_SCALE);
  });

  const arbitraryEvidence = fc.array(
    fc.record({
      capabilityKey: fc.constantFrom('delegation', 'coaching', 'strategy', 'influence'),
      capabilityName: fc.constant('A capability'),
      observations: fc.nat(8),
      distinctObservers: fc.nat(4),
    }),
    { maxLength: 5 },
  );
  const skill = fc.constantFrom('sql', 'SQL', 'typescript', 'figma', 'excel', 'sales');
  const weights = fc
    .record({
      DEVELOPMENT: fc.double({ min: 0, max: 3, noNaN: true }),
      SKILL: fc.double({ min: 0, max: 3, noNaN: true }),
      INTEREST: fc.double({ min: 0, max: 3, noNaN: true }),
      NEW_OBSERVER: fc.double({ min: 0, max: 3, noNaN: true }),
      FAIR_ACCESS: fc.double({ min: 0, max: 3, noNaN: true }),
    })
    .filter((w) => weightTotal(w) > 0.01);
  const pair = fc.record({
    evidence: arbitraryEvidence,
    skills: fc.array(skill, { maxLength: 4 }),
    oppSkills: fc.array(skill, { maxLength: 4 }),
    capabilityKeys: fc.array(fc.constantFrom('delegation', 'coaching', 'strategy', 'influence'), {
      maxLength: 3,
    }),
    interested: fc.boolean(),
    observerIds: fc.subarray(['priya', 'sam', 'lee']),
    mentorship: fc.boolean(),
    pastPlacements: fc.nat(5),
    roundsWithoutProposal: fc.nat(8),
    weights,
  });
  type Pair = typeof pair extends fc.Arbitrary<infer T> ? T : never;
  const build = (p: Pair) => ({
    c: candidate({
      evidence: p.evidence,
      skills: p.skills,
      interestedOpportunityIds: p.interested ? ['returns'] : [],
      observerIds: p.observerIds,
      pastPlacements: p.pastPlacements,
      roundsWithoutProposal: p.roundsWithoutProposal,
    }),
    o: opportunity({
      skills: p.oppSkills,
      capabilityKeys: p.capabilityKeys,
      eligibility: p.mentorship ? { kind: OpportunityKind.MENTORSHIP, menteeId: 'sam' } : {},
    }),
  });

  it('stays in [0, 1], every value in [0, 1], and agrees with the points-only path', () => {
    fc.assert(
      fc.property(pair, (p) => {
        const { c, o } = build(p);
        const fit = fitOf(c, o, p.weights);
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(1);
        for (const r of fit.reasons) expect(r.value >= 0 && r.value <= 1).toBe(true);
        expect(fit.points).toBe(Math.round(fit.score * FIT_SCALE));
        expect(fitPoints(scoringCandidate(c), scoringOpportunity(o), p.weights, weightTotal(p.weights))).toBe(
          fit.points,
        );
      }),
    );
  });

  it('never falls with more rounds without a proposal', () => {
    fc.assert(
      fc.property(pair, fc.nat(4), (p, more) => {
        const { c, o } = build(p);
        const later = { ...c, roundsWithoutProposal: c.roundsWithoutProposal + more };
        expect(fitOf(later, o, p.weights).score).toBeGreaterThanOrEqual(fitOf(c, o, p.weights).score);
      }),
    );
  });

  it('never falls when the candidate adds a skill', () => {
    fc.assert(
      fc.property(pair, skill, (p, added) => {
        const { c, o } = build(p);
        const more = { ...c, skills: [...c.skills, added] };
        const before = fitOf(c, o, p.weights);
        const after = fitOf(more, o, p.weights);
        expect(reason(after, 'SKILL').value).toBeGreaterThanOrEqual(reason(before, 'SKILL').value);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });
});
