import {
  ApplicationOrigin,
  ApplicationStatus,
  OpportunityKind,
  OpportunityStatus,
  PlacementStatus,
  Role,
} from '@bridge/domain';
import type { ApplicationEntity } from '../applications/application.entity';
import type { OpportunityEntity, SavedOpportunityEntity } from '../opportunities/opportunity.entity';
import type { PlacementEntity } from '../placements/placement.entity';
import { demoCalendar } from './demo-calendar';

/**
 * The demo marketplace's past: a year of closed opportunities from four sponsors, each with its
 * applicants and their outcomes (placed, offered and turned down, withdrawn, not chosen), and the open
 * opportunities candidates saved. It gives the equity of access report groups to compare (one of them,
 * the remote candidates, never reached an offer: the gap the report exists to show), gives the
 * matching factors something to tell apart (past placements, stated interest), and leaves alone the
 * people other demo stories are about: Alex Rivera and every candidate the evidence demo uses.
 */

/** A person of the organization as the history needs them. */
export interface HistoryPerson {
  id: string;
  email: string;
  roles: readonly Role[];
  unitId: string | null;
  location: string | null;
}

export interface DemoHistory {
  opportunities: OpportunityEntity[];
  applications: ApplicationEntity[];
  placements: PlacementEntity[];
  saved: SavedOpportunityEntity[];
}

interface PastOpportunity {
  title: string;
  description: string;
  kind: OpportunityKind;
  capabilityKeys: string[];
  skills: string[];
  hoursPerWeek: number;
  crossFunctional: boolean;
  /** When applications opened and when the work ended, in days before the seed day. */
  publishedDaysAgo: number;
  endedDaysAgo: number;
}

/** The location whose candidates the history never offers anything: the report's gap. */
export const DEMO_UNDERSERVED_LOCATION = 'Remote';

/** How many candidates apply to each past opportunity. */
export const DEMO_APPLICANTS_PER_OPPORTUNITY = 6;

const PAST: readonly PastOpportunity[] = [
  {
    title: 'Lead the ERP cut-over readiness squad',
    description: 'Coordinate finance, operations and IT through the cut-over weekend and the month after.',
    kind: OpportunityKind.STRETCH_PROJECT,
    capabilityKeys: ['delegation', 'alignment', 'resilience'],
    skills: ['Process improvement', 'Stakeholder management'],
    hoursPerWeek: 4,
    crossFunctional: true,
    publishedDaysAgo: 330,
    endedDaysAgo: 220,
  },
  {
    title: 'Run the shop-floor suggestion scheme',
    description: 'Collect, triage and follow up improvement ideas from three shifts, with the shift leads.',
    kind: OpportunityKind.STRETCH_PROJECT,
    capabilityKeys: ['lifting-others-up', 'communication'],
    skills: ['Facilitation'],
    hoursPerWeek: 2,
    crossFunctional: false,
    publishedDaysAgo: 300,
    endedDaysAgo: 200,
  },
  {
    title: 'Lead the customer advisory board pilot',
    description: 'Recruit eight customers, run two sessions and turn what they say into decisions.',
    kind: OpportunityKind.STRETCH_PROJECT,
    capabilityKeys: ['influence-across-teams', 'decision-making'],
    skills: ['Stakeholder management', 'Public speaking'],
    hoursPerWeek: 3,
    crossFunctional: true,
    publishedDaysAgo: 260,
    endedDaysAgo: 150,
  },
  {
    title: 'Mentor a first-year buyer',
    description: 'Meet a new buyer every week for a quarter and help them run their first negotiations.',
    kind: OpportunityKind.MENTORSHIP,
    capabilityKeys: ['coaching', 'lifting-others-up'],
    skills: ['Negotiation'],
    hoursPerWeek: 1,
    crossFunctional: false,
    publishedDaysAgo: 240,
    endedDaysAgo: 140,
  },
  {
    title: 'Chair the data quality working group',
    description: 'Bring data owners from four teams to agree definitions and fix the worst ten reports.',
    kind: OpportunityKind.STRETCH_PROJECT,
    capabilityKeys: ['alignment', 'trust-across-teams', 'delegation'],
    skills: ['Data analysis', 'SQL'],
    hoursPerWeek: 3,
    crossFunctional: true,
    publishedDaysAgo: 200,
    endedDaysAgo: 90,
  },
  {
    title: 'Organise the graduate intake week',
    description: 'Plan the first week of twenty graduates with the teams who take them on.',
    kind: OpportunityKind.STRETCH_PROJECT,
    capabilityKeys: ['communication', 'coaching'],
    skills: ['Hiring', 'Facilitation'],
    hoursPerWeek: 2,
    crossFunctional: false,
    publishedDaysAgo: 170,
    endedDaysAgo: 80,
  },
  {
    title: 'Lead the freight tender review',
    description: 'Lead buyers and planners through the yearly freight tender and present the choice.',
    kind: OpportunityKind.STRETCH_PROJECT,
    capabilityKeys: ['decision-making', 'influence-across-teams'],
    skills: ['Vendor management', 'Negotiation'],
    hoursPerWeek: 3,
    crossFunctional: true,
    publishedDaysAgo: 130,
    endedDaysAgo: 45,
  },
  {
    title: 'Run the incident review guild',
    description: 'Run the fortnightly incident reviews so that every team leaves with an owner and a date.',
    kind: OpportunityKind.STRETCH_PROJECT,
    capabilityKeys: ['delegation', 'curiosity', 'trust-across-teams'],
    skills: ['TypeScript', 'Process improvement'],
    hoursPerWeek: 2,
    crossFunctional: false,
    publishedDaysAgo: 100,
    endedDaysAgo: 30,
  },
];

/** What became of each applicant, in the order the sponsor considered them. */
const OUTCOMES: readonly ApplicationStatus[] = [
  ApplicationStatus.PLACED,
  ApplicationStatus.DECLINED,
  ApplicationStatus.WITHDRAWN,
  ApplicationStatus.REJECTED,
  ApplicationStatus.REJECTED,
  ApplicationStatus.REJECTED,
];

const REASONS: Partial<Record<ApplicationStatus, string>> = {
  [ApplicationStatus.DECLINED]: 'I turned the offer down: a release is due in the same weeks.',
  [ApplicationStatus.WITHDRAWN]: 'My team lost a colleague and I cannot spare the hours this quarter.',
  [ApplicationStatus.REJECTED]:
    'Another applicant had led a similar group before; please apply to the next one.',
};

/**
 * The history as rows to insert. Pure: the same people, open opportunities, day and ids give the same
 * rows. `spared` are the candidates other demo stories need as they are.
 */
export function planDemoHistory(input: {
  organizationId: string;
  people: readonly HistoryPerson[];
  openOpportunityIds: readonly string[];
  spared: ReadonlySet<string>;
  today: Date;
  newId: () => string;
}): DemoHistory {
  const { organizationId, people, newId, spared } = input;
  const calendar = demoCalendar(input.today);
  const day = calendar.day;
  const at = (daysAgo: number): Date => calendar.at(daysAgo, 15);
  const history: DemoHistory = { opportunities: [], applications: [], placements: [], saved: [] };

  const candidates = people.filter(
    (person) =>
      person.roles.includes(Role.CANDIDATE) &&
      !person.email.startsWith('candidate@') &&
      !spared.has(person.id),
  );
  // The named sponsor and the first three other senior sponsors, two past opportunities each.
  const sponsors = [
    ...people.filter((person) => person.email.startsWith('sponsor@')),
    ...people
      .filter(
        (person) =>
          person.roles.includes(Role.SPONSOR) &&
          person.unitId &&
          !person.email.startsWith('sponsor@') &&
          !person.email.startsWith('manager@'),
      )
      .slice(0, 3),
  ];
  // About a third never applied to anything: the report's applied rates are not all 100%.
  const applying = candidates.filter((_, index) => index % 3 !== 2);
  if (applying.length < DEMO_APPLICANTS_PER_OPPORTUNITY || sponsors.length === 0) return history;

  let next = 0;
  PAST.forEach((past, index) => {
    const sponsor = sponsors[index % sponsors.length];
    const opportunityId = newId();
    const published = at(past.publishedDaysAgo);
    const startedDaysAgo = past.publishedDaysAgo - 30;
    history.opportunities.push({
      organizationId,
      id: opportunityId,
      kind: past.kind,
      status: OpportunityStatus.CLOSED,
      title: past.title,
      description: past.description,
      sponsorId: sponsor.id,
      menteeId: null,
      hostUnitId: sponsor.unitId,
      seats: 1,
      seatsFilled: 1,
      hoursPerWeek: past.hoursPerWeek,
      startsOn: day(startedDaysAgo),
      endsOn: day(past.endedDaysAgo),
      capabilityKeys: past.capabilityKeys,
      skills: past.skills,
      crossFunctional: past.crossFunctional,
      publishedAt: published,
      closedAt: at(past.endedDaysAgo),
      createdAt: published,
      updatedAt: at(past.endedDaysAgo),
    });
    // The next applicants in turn, the sponsor's own self never among them.
    const applicants: HistoryPerson[] = [];
    while (applicants.length < DEMO_APPLICANTS_PER_OPPORTUNITY) {
      const person = applying[next++ % applying.length];
      if (person.id !== sponsor.id && !applicants.includes(person)) applicants.push(person);
    }
    // The sponsor considers remote applicants last: they are never the ones offered the seat.
    const considered = [
      ...applicants.filter((person) => person.location !== DEMO_UNDERSERVED_LOCATION),
      ...applicants.filter((person) => person.location === DEMO_UNDERSERVED_LOCATION),
    ];
    considered.forEach((candidate, position) => {
      const status = OUTCOMES[position];
      const applicationId = newId();
      const applied = at(past.publishedDaysAgo - 3 - position);
      const decided = at(startedDaysAgo + 5);
      history.applications.push({
        organizationId,
        id: applicationId,
        opportunityId,
        candidateId: candidate.id,
        status,
        origin: ApplicationOrigin.APPLIED,
        motivation: `I would like to lead ${past.title.toLowerCase().replace(/^(lead|run|chair|organise|mentor) /, '')}: it is the kind of work I want to grow into.`,
        submittedAt: applied,
        statusReason: REASONS[status] ?? null,
        createdAt: applied,
        updatedAt: decided,
      });
      if (status === ApplicationStatus.PLACED)
        history.placements.push({
          organizationId,
          id: newId(),
          applicationId,
          opportunityId,
          candidateId: candidate.id,
          kind: past.kind,
          hoursPerWeek: past.hoursPerWeek,
          status: PlacementStatus.COMPLETED,
          endReason: null,
          startedAt: decided,
          startsOn: day(startedDaysAgo),
          endedAt: at(past.endedDaysAgo),
        });
    });
  });

  // Every third candidate saved one or two of today's open opportunities: stated interest to match on.
  candidates.forEach((candidate, index) => {
    if (index % 3 !== 0 || input.openOpportunityIds.length === 0) return;
    const count = input.openOpportunityIds.length;
    const chosen = new Set([index % count, ...(index % 2 === 0 ? [(index + 5) % count] : [])]);
    for (const position of chosen)
      history.saved.push({
        organizationId,
        personId: candidate.id,
        opportunityId: input.openOpportunityIds[position],
        savedAt: at(2 + (index % 10)),
      });
  });
  return history;
}
