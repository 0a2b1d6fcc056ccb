import { ApplicationStatus, PlacementStatus, Role } from '@bridge/domain';
import {
  DEMO_APPLICANTS_PER_OPPORTUNITY,
  DEMO_UNDERSERVED_LOCATION,
  HistoryPerson,
  planDemoHistory,
} from './demo-history';

const LOCATIONS = ['Berlin', 'Lisbon', 'Toronto', 'Austin', DEMO_UNDERSERVED_LOCATION];

function people(): HistoryPerson[] {
  const sponsors: HistoryPerson[] = [
    'sponsor@acme.test',
    'vp.sales@acme.test',
    'vp.people@acme.test',
    'vp.finance@acme.test',
    'cfo@acme.test',
  ].map((email, index) => ({
    id: `s${index}`,
    email,
    roles: [Role.SPONSOR],
    unitId: `u${index}`,
    location: 'Berlin',
  }));
  const manager: HistoryPerson = {
    id: 'm',
    email: 'manager@acme.test',
    roles: [Role.SPONSOR],
    unitId: 'u9',
    location: 'Berlin',
  };
  const alex: HistoryPerson = {
    id: 'alex',
    email: 'candidate@acme.test',
    roles: [Role.CANDIDATE],
    unitId: 'u1',
    location: 'Lisbon',
  };
  const candidates = Array.from({ length: 40 }, (_, index) => ({
    id: `c${String(index).padStart(2, '0')}`,
    email: `candidate${index}@acme.test`,
    roles: [Role.CANDIDATE],
    unitId: `u${index % 4}`,
    location: LOCATIONS[index % LOCATIONS.length],
  }));
  return [...sponsors, manager, alex, ...candidates];
}

function plan(spared = new Set<string>(['c00', 'c01'])) {
  let next = 0;
  return planDemoHistory({
    organizationId: 'org',
    people: people(),
    openOpportunityIds: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'],
    spared,
    today: new Date('2026-12-03T08:00:00Z'),
    newId: () => `id${next++}`,
  });
}

describe('the demo marketplace history', () => {
  it('is the same every time', () => {
    expect(plan()).toEqual(plan());
  });

  it('gives four sponsors closed opportunities with applicants enough to report on, over the past year', () => {
    const history = plan();
    const bySponsor = new Map<string, Set<string>>();
    for (const application of history.applications) {
      const opportunity = history.opportunities.find((o) => o.id === application.opportunityId);
      if (!opportunity) throw new Error('an application without its opportunity');
      bySponsor.set(
        opportunity.sponsorId,
        (bySponsor.get(opportunity.sponsorId) ?? new Set()).add(application.candidateId),
      );
    }
    expect([...bySponsor.keys()].sort()).toEqual(['s0', 's1', 's2', 's3']);
    for (const applicants of bySponsor.values()) expect(applicants.size).toBeGreaterThanOrEqual(5);
    expect(history.applications.length).toBeGreaterThanOrEqual(40);
    expect(history.applications.length).toBeLessThanOrEqual(60);
    expect(history.opportunities.every((o) => o.status === 'CLOSED' && o.seatsFilled === o.seats)).toBe(true);
    const yearAgo = new Date('2025-12-03T00:00:00Z');
    expect(
      history.applications.every((a) => a.createdAt > yearAgo && a.createdAt < new Date('2026-12-02')),
    ).toBe(true);
  });

  it('mixes outcomes, one placement per seat, each with its completed placement', () => {
    const history = plan();
    const statuses = new Set(history.applications.map((application) => application.status));
    expect(statuses).toEqual(
      new Set([
        ApplicationStatus.PLACED,
        ApplicationStatus.DECLINED,
        ApplicationStatus.WITHDRAWN,
        ApplicationStatus.REJECTED,
      ]),
    );
    const placed = history.applications.filter(
      (application) => application.status === ApplicationStatus.PLACED,
    );
    expect(placed).toHaveLength(history.opportunities.length);
    expect(history.placements.map((placement) => placement.applicationId).sort()).toEqual(
      placed.map((application) => application.id).sort(),
    );
    expect(history.placements.every((placement) => placement.status === PlacementStatus.COMPLETED)).toBe(
      true,
    );
    for (const opportunity of history.opportunities)
      expect(history.applications.filter((a) => a.opportunityId === opportunity.id)).toHaveLength(
        DEMO_APPLICANTS_PER_OPPORTUNITY,
      );
  });

  it('never offers remote candidates a seat, though they apply: the gap the equity report shows', () => {
    const history = plan();
    const location = new Map(people().map((person) => [person.id, person.location]));
    const remote = history.applications.filter(
      (a) => location.get(a.candidateId) === DEMO_UNDERSERVED_LOCATION,
    );
    expect(remote.length).toBeGreaterThanOrEqual(5);
    expect(
      remote.some((a) => a.status === ApplicationStatus.PLACED || a.status === ApplicationStatus.DECLINED),
    ).toBe(false);
    const offeredElsewhere = history.applications.filter(
      (a) =>
        location.get(a.candidateId) !== DEMO_UNDERSERVED_LOCATION && a.status === ApplicationStatus.PLACED,
    );
    expect(offeredElsewhere.length).toBeGreaterThan(0);
  });

  it('leaves Alex, the spared candidates and the sponsors out of it', () => {
    const history = plan();
    const touched = new Set([
      ...history.applications.map((application) => application.candidateId),
      ...history.saved.map((saved) => saved.personId),
    ]);
    for (const id of ['alex', 'c00', 'c01', 's0', 's1', 'm']) expect(touched.has(id)).toBe(false);
  });

  it('leaves about a third of the candidates without an application, so applied rates differ', () => {
    const applied = new Set(plan().applications.map((application) => application.candidateId));
    expect(applied.size).toBeGreaterThanOrEqual(20);
    expect(applied.size).toBeLessThanOrEqual(30);
  });

  it('has candidates save open opportunities, never one twice', () => {
    const history = plan();
    expect(history.saved.length).toBeGreaterThanOrEqual(10);
    const keys = history.saved.map((saved) => `${saved.personId}/${saved.opportunityId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(history.saved.every((saved) => saved.opportunityId.startsWith('o'))).toBe(true);
  });

  it('writes nothing when there are too few candidates to make a history of', () => {
    let next = 0;
    const history = planDemoHistory({
      organizationId: 'org',
      people: people().slice(0, 8),
      openOpportunityIds: ['o1'],
      spared: new Set(),
      today: new Date('2026-12-03T08:00:00Z'),
      newId: () => `id${next++}`,
    });
    expect(history).toEqual({ opportunities: [], applications: [], placements: [], saved: [] });
  });
});
