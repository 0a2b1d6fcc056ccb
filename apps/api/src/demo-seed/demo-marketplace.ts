import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OpportunityKind, OpportunityStatus, Role, TransitionKey } from '@bridge/domain';
import { CandidateProfileEntity } from '../candidate-profiles/candidate-profile.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';

interface SeedPerson {
  id: string;
  email: string;
  roles: Role[];
  unit_id: string | null;
  title: string | null;
}

const SKILL_POOL = [
  'Stakeholder management',
  'Roadmapping',
  'Facilitation',
  'SQL',
  'TypeScript',
  'Budgeting',
  'Negotiation',
  'Process improvement',
  'Data analysis',
  'Public speaking',
  'Hiring',
  'Vendor management',
];

/** A dozen open opportunities, written as a sponsor would (DESIGN section 5). */
const OPPORTUNITIES: {
  title: string;
  description: string;
  kind: OpportunityKind;
  seats: number;
  hours: number;
  capabilities: string[];
  skills: string[];
  crossFunctional: boolean;
}[] = [
  {
    title: 'Lead the supplier onboarding redesign',
    description:
      'Lead a working group from Operations, Finance and Engineering to cut supplier onboarding from six weeks to two. You will set the goals, run the weekly review and report to the operations leadership team.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 1,
    hours: 4,
    capabilities: ['delegation', 'influence-across-teams', 'alignment'],
    skills: ['Process improvement', 'Stakeholder management'],
    crossFunctional: true,
  },
  {
    title: 'Run the quarterly planning offsite',
    description:
      'Plan and facilitate the two-day planning offsite for the sales leadership team: agenda, pre-reads, decisions log and follow-ups.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 1,
    hours: 3,
    capabilities: ['communication', 'alignment', 'decision-making'],
    skills: ['Facilitation', 'Public speaking'],
    crossFunctional: true,
  },
  {
    title: 'Coordinate the warehouse safety campaign',
    description:
      'Bring together shift leads from three sites to agree and roll out a safety campaign. The work is in getting others to own it, not in doing it yourself.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 2,
    hours: 3,
    capabilities: ['delegation', 'trust-across-teams', 'communication'],
    skills: ['Stakeholder management'],
    crossFunctional: false,
  },
  {
    title: 'Lead the customer churn analysis squad',
    description:
      'Lead three analysts from Sales and Finance to find why mid-market customers leave and recommend changes to the leadership team.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 1,
    hours: 5,
    capabilities: ['decision-making', 'coaching', 'influence-across-teams'],
    skills: ['Data analysis', 'SQL'],
    crossFunctional: true,
  },
  {
    title: 'Own the new-joiner buddy programme',
    description:
      'Design and run a buddy programme for new engineers: match buddies, brief them, and check in every month. Success is measured by how well buddies do, not by how much you do.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 2,
    hours: 2,
    capabilities: ['lifting-others-up', 'coaching', 'delegation'],
    skills: ['Hiring', 'Facilitation'],
    crossFunctional: false,
  },
  {
    title: 'Chair the budget tooling working group',
    description:
      'Chair a group of finance partners and engineers choosing the next budgeting tool. Run the evaluation, keep decisions moving, and present the recommendation.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 1,
    hours: 3,
    capabilities: ['decision-making', 'alignment', 'communication'],
    skills: ['Budgeting', 'Vendor management'],
    crossFunctional: true,
  },
  {
    title: 'Mentor a new account executive',
    description:
      'Meet a first-year account executive every week for three months: help them plan deals and reflect on what they learn.',
    kind: OpportunityKind.MENTORSHIP,
    seats: 1,
    hours: 1,
    capabilities: ['coaching', 'lifting-others-up'],
    skills: ['Negotiation'],
    crossFunctional: false,
  },
  {
    title: 'Mentor two graduate engineers',
    description:
      'Pair with two graduate engineers for a quarter; help them grow their judgement, not just their code.',
    kind: OpportunityKind.MENTORSHIP,
    seats: 2,
    hours: 2,
    capabilities: ['coaching', 'emotional-awareness'],
    skills: ['TypeScript'],
    crossFunctional: false,
  },
  {
    title: 'Lead the month-end close automation pilot',
    description:
      'Lead a pilot with finance and data engineers to automate three month-end close steps, from scoping to handover.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 1,
    hours: 4,
    capabilities: ['delegation', 'curiosity', 'decision-making'],
    skills: ['Process improvement', 'SQL'],
    crossFunctional: true,
  },
  {
    title: 'Organise the engineering all-hands',
    description: 'Organise the quarterly engineering all-hands: agenda, speakers, rehearsals and feedback.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 1,
    hours: 2,
    capabilities: ['communication', 'influence-across-teams'],
    skills: ['Public speaking', 'Facilitation'],
    crossFunctional: false,
  },
  {
    title: 'Lead the pricing experiment review',
    description:
      'Lead reviews of pricing experiments with Sales, Finance and Product; make sure each ends with a decision and an owner.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 1,
    hours: 3,
    capabilities: ['decision-making', 'alignment', 'resilience'],
    skills: ['Data analysis', 'Negotiation'],
    crossFunctional: true,
  },
  {
    title: 'Stand up the hiring interview guild',
    description:
      'Recruit and train a guild of interviewers across teams, agree the interview rubric, and run calibration sessions.',
    kind: OpportunityKind.STRETCH_PROJECT,
    seats: 2,
    hours: 2,
    capabilities: ['coaching', 'lifting-others-up', 'trust-across-teams'],
    skills: ['Hiring'],
    crossFunctional: false,
  },
];

/**
 * The transition a demo candidate aims at: most at managing others, every seventh at managing managers.
 * Alex Rivera, a senior engineer, aims at managing others, the step their evidence is about.
 */
export function demoTargetTransition(email: string, index: number): TransitionKey {
  return index % 7 === 0 && !email.startsWith('candidate@') ? TransitionKey.T2 : TransitionKey.T1;
}

/**
 * The demo marketplace: every candidate gets a profile (so they can apply at once) and the senior
 * sponsors post a dozen open opportunities, dated from next month.
 */
export async function seedDemoMarketplace(
  manager: EntityManager,
  organizationId: string,
  random: () => number,
  today: Date = new Date(),
): Promise<void> {
  const people: SeedPerson[] = await manager.query(
    'SELECT id, email, roles, unit_id, title FROM person WHERE organization_id = $1 ORDER BY employee_id',
    [organizationId],
  );
  const candidates = people.filter((person) => person.roles.includes(Role.CANDIDATE));
  if (candidates.length) {
    await manager.insert(
      CandidateProfileEntity,
      candidates.map((person, index) => {
        const skills = [...SKILL_POOL].sort(() => random() - 0.5).slice(0, 3 + (index % 3));
        return {
          organizationId,
          personId: person.id,
          targetTransition: demoTargetTransition(person.email, index),
          headline: `${person.title ?? 'Individual contributor'} ready to lead`,
          capabilityKeys:
            index % 2 === 0 ? ['delegation', 'coaching'] : ['communication', 'influence-across-teams'],
          skills: person.email.startsWith('candidate@')
            ? ['Process improvement', 'TypeScript', 'Facilitation']
            : skills,
          hoursPerWeek: person.email.startsWith('candidate@') ? 6 : 3 + (index % 4),
          maxProjects: 1,
          maxMentees: 2,
        };
      }),
    );
  }
  const sponsors = people.filter(
    (person) => person.roles.includes(Role.SPONSOR) && person.unit_id && !person.email.startsWith('manager@'),
  );
  if (sponsors.length === 0) return;
  const named = sponsors.find((person) => person.email.startsWith('sponsor@'));
  const startsOn = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  const endsOn = new Date(Date.UTC(startsOn.getUTCFullYear(), startsOn.getUTCMonth() + 3, 0));
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  await manager.insert(
    OpportunityEntity,
    OPPORTUNITIES.map((spec, index) => {
      // The named sponsor posts the first two, so the demo account has applicants to look at.
      const sponsor = index < 2 && named ? named : sponsors[Math.floor(random() * sponsors.length)];
      const createdAt = new Date(today.getTime() - (OPPORTUNITIES.length - index) * 3_600_000);
      return {
        organizationId,
        id: randomUUID(),
        kind: spec.kind,
        status: OpportunityStatus.OPEN,
        title: spec.title,
        description: spec.description,
        sponsorId: sponsor.id,
        menteeId: null,
        hostUnitId: sponsor.unit_id,
        seats: spec.seats,
        seatsFilled: 0,
        hoursPerWeek: spec.hours,
        startsOn: iso(startsOn),
        endsOn: iso(endsOn),
        capabilityKeys: spec.capabilities,
        skills: spec.skills,
        crossFunctional: spec.crossFunctional,
        publishedAt: createdAt,
        createdAt,
      };
    }),
  );
}
