import {
  calibrateRaters,
  DEFAULT_LEADERSHIP_FRAMEWORK,
  EvidenceFlag,
  leniencies,
  ObservationRequestStatus,
  ObservationVisibility,
  observerRelationships,
  OBSERVATION_LIMITS,
  Readiness,
  ReadinessBand,
  readiness,
  Role,
  TransitionKey,
} from '@bridge/domain';
import { DemoEvidence, EvidencePerson, planDemoEvidence } from './demo-evidence';
import { demoTargetTransition } from './demo-marketplace';
import { buildDemoOrganizations } from './demo-organizations';

/** Acme's people as the seed reads them back, employee ids standing in for the database ids. */
function acmePeople(): EvidencePerson[] {
  const [acme] = buildDemoOrganizations();
  const people = [...acme.people].sort((a, b) => (a.employeeId < b.employeeId ? -1 : 1));
  const candidates = people.filter((person) => person.roles?.includes(Role.CANDIDATE));
  return people.map((person) => ({
    id: person.employeeId,
    email: person.email,
    name: person.name,
    title: person.title,
    roles: person.roles ?? [],
    managerId: person.managerRef,
    unitId: person.teamName ?? person.functionName,
    unitName: person.teamName ?? person.functionName,
    targetTransition: person.roles?.includes(Role.CANDIDATE)
      ? demoTargetTransition(person.email, candidates.indexOf(person))
      : null,
  }));
}

function plan(today: Date): DemoEvidence {
  let next = 0;
  return planDemoEvidence({
    organizationId: 'acme',
    people: acmePeople(),
    today,
    newId: () => `id-${String(next++).padStart(4, '0')}`,
  });
}

/** Every candidate's readiness for their target transition, as HR reads it (every observation). */
function judge(evidence: DemoEvidence, asOf: string): Map<string, Readiness> {
  const people = new Map(acmePeople().map((person) => [person.id, person]));
  const leniency = leniencies(calibrateRaters(evidence.observations));
  const judged = new Map<string, Readiness>();
  for (const candidateId of new Set(evidence.observations.map((o) => o.candidateId))) {
    const candidate = people.get(candidateId);
    const transition = DEFAULT_LEADERSHIP_FRAMEWORK.transitions.find(
      (t) => t.key === (candidate?.targetTransition ?? TransitionKey.T1),
    );
    judged.set(
      candidateId,
      readiness({
        capabilities: (transition?.capabilityKeys ?? []).map((key) => ({ key, name: key })),
        observations: evidence.observations
          .filter((o) => o.candidateId === candidateId)
          .map((o) => ({
            id: o.id,
            observerId: o.observerId,
            capabilityKey: o.capabilityKey,
            rating: o.rating,
            observedOn: o.observedOn,
            warningPattern: o.warningPattern,
            observerOutsideTeam: people.get(o.observerId)?.unitId !== candidate?.unitId,
          })),
        asOf,
        leniency,
      }),
    );
  }
  return judged;
}

const idOf = (email: string): string => {
  const person = acmePeople().find((p) => p.email === email);
  if (!person) throw new Error(`no ${email}`);
  return person.id;
};

describe('demo evidence', () => {
  // Dates count back from the seed day, so whichever day the demo starts, the same bands and flags show.
  describe.each(['2026-12-02T09:30:00Z', '2027-07-15T23:10:00Z'])('seeded on %s', (seededAt) => {
    const today = new Date(seededAt);
    const asOf = seededAt.slice(0, 10);
    const evidence = plan(today);
    const judged = judge(evidence, asOf);

    it('shows every readiness band and every evidence flag on some Acme candidate', () => {
      const bands = new Set([...judged.values()].map((r) => r.band));
      const flags = new Set([...judged.values()].flatMap((r) => r.flags));
      expect([...bands].sort()).toEqual(Object.values(ReadinessBand).sort());
      expect([...flags].sort()).toEqual(Object.values(EvidenceFlag).sort());
    });

    it('gives Alex Rivera a substantial record worth a review', () => {
      const alex = idOf('candidate@acme.test');
      const own = evidence.observations.filter((o) => o.candidateId === alex);
      expect(own.length).toBeGreaterThanOrEqual(12);
      expect(new Set(own.map((o) => o.observerId)).size).toBeGreaterThanOrEqual(4);
      const hrOnly = own.filter((o) => o.visibility === ObservationVisibility.HR_ONLY).length;
      expect(hrOnly).toBeGreaterThanOrEqual(1);
      expect(hrOnly).toBeLessThan(own.length / 4);
      expect(new Set(own.map((o) => o.rating)).size).toBeGreaterThanOrEqual(3);
      expect(own.some((o) => o.warningPattern !== null)).toBe(true);
      const days = own.map((o) => Date.parse(o.observedOn)).sort((a, b) => a - b);
      expect((days[days.length - 1] - days[0]) / 86_400_000).toBeGreaterThan(240);
      expect([ReadinessBand.EMERGING, ReadinessBand.READY]).toContain(judged.get(alex)?.band);
    });

    it('shows the lenient and the harsh observer at the two ends of rater calibration', () => {
      const observers = calibrateRaters(evidence.observations).observers;
      const byLeniency = [...observers].sort((a, b) => b.leniency - a.leniency);
      expect(byLeniency[0].observerId).toBe(idOf('chloe.eriksen@acme.test'));
      const harsh = acmePeople().find((p) => p.title === 'Director of Manufacturing');
      expect(byLeniency[byLeniency.length - 1].observerId).toBe(harsh?.id);
    });

    it('has every observation recorded by someone allowed to observe the candidate', () => {
      const people = new Map(acmePeople().map((person) => [person.id, person]));
      const opportunities = new Map(evidence.opportunities.map((o) => [o.id, o]));
      for (const observation of evidence.observations) {
        const candidateId = observation.candidateId;
        const placed = evidence.placements
          .filter((p) => p.candidateId === candidateId)
          .map((p) => opportunities.get(p.opportunityId));
        const observer = people.get(observation.observerId);
        const relationships = observerRelationships(
          { personId: observation.observerId, isHr: observer?.roles.includes(Role.HR) ?? false },
          {
            candidateId,
            managerId: people.get(candidateId)?.managerId ?? null,
            sponsorIds: placed.flatMap((o) => (o ? [o.sponsorId] : [])),
            menteeIds: placed.flatMap((o) => (o?.menteeId ? [o.menteeId] : [])),
            requestedObserverIds: evidence.requests
              .filter((r) => r.candidateId === candidateId && r.status !== ObservationRequestStatus.DECLINED)
              .map((r) => r.observerId),
          },
        );
        expect({ observation: observation.id, relationships }).not.toEqual({
          observation: observation.id,
          relationships: [],
        });
      }
    });

    it('dates everything in the past, each observation past its correction window', () => {
      const windowStart = today.getTime() - OBSERVATION_LIMITS.amendHours * 3_600_000;
      for (const observation of evidence.observations) {
        expect(observation.observedOn < asOf).toBe(true);
        expect(observation.recordedAt.getTime()).toBeLessThan(windowStart);
        expect(observation.recordedAt.toISOString().slice(0, 10) >= observation.observedOn).toBe(true);
      }
      for (const placement of evidence.placements)
        expect(placement.endedAt?.getTime()).toBeLessThan(today.getTime());
    });

    it('answers the requests that were answered with a later observation, and leaves one waiting for Alex’s manager', () => {
      const observations = new Map(evidence.observations.map((o) => [o.id, o]));
      for (const request of evidence.requests) {
        if (request.status === ObservationRequestStatus.OPEN) continue;
        const answer = observations.get(request.observationId ?? '');
        expect(answer?.observerId).toBe(request.observerId);
        expect(answer?.recordedAt.getTime()).toBeGreaterThan(request.requestedAt.getTime());
      }
      expect(evidence.requests).toContainEqual(
        expect.objectContaining({
          candidateId: idOf('candidate@acme.test'),
          observerId: idOf('manager@acme.test'),
          status: ObservationRequestStatus.OPEN,
        }),
      );
      expect(
        evidence.requests.filter((r) => r.status === ObservationRequestStatus.ANSWERED).length,
      ).toBeGreaterThan(3);
    });
  });

  it('is the same for the same people, day and ids, and fills in every {first}', () => {
    const today = new Date('2026-12-02T09:30:00Z');
    const evidence = plan(today);
    expect(plan(today)).toEqual(evidence);
    const texts = evidence.observations.flatMap((o) => [o.situation, o.behaviour, o.impact]);
    expect(texts.every((text) => text.length > 20 && !text.includes('{'))).toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
