import {
  ApplicationOrigin,
  ApplicationStatus,
  DEFAULT_LEADERSHIP_FRAMEWORK,
  FrameworkCapability,
  FrameworkIndicator,
  ObservationRequestStatus,
  ObservationVisibility,
  OpportunityKind,
  OpportunityStatus,
  PlacementStatus,
  Role,
  TransitionKey,
} from '@bridge/domain';
import type { ApplicationEntity } from '../applications/application.entity';
import type { ObservationRequestEntity } from '../observations/observation-request.entity';
import type { ObservationEntity } from '../observations/observation.entity';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import type { PlacementEntity } from '../placements/placement.entity';
import { demoCalendar } from './demo-calendar';

/**
 * The demo evidence of Acme: past placements, observations and requests for evidence written as real
 * observers would, so every readiness band and evidence flag shows in the demo and Alex Rivera
 * (candidate@acme.test) has a record worth a promotion review. Dates count back from the seed day, so
 * what is recent, stale or thin stays true whenever the demo is started.
 *
 * Who observes whom follows the rules of evidence (libs/domain evidence.ts): the candidate's manager,
 * HR, the sponsor or mentee of one of their placements, or someone asked for an observation. Two
 * observers rate out of line with everyone else, so rater calibration has someone to show: Chloé
 * Eriksen (VP Sales) rates everyone high, Sofia Gupta (Director of Manufacturing) rates everyone low.
 */

/** A person of the organization as the plan needs them. */
export interface EvidencePerson {
  id: string;
  email: string;
  name: string;
  title: string | null;
  roles: readonly Role[];
  managerId: string | null;
  unitId: string | null;
  /** The name of their unit: their team, or their function for heads and directors. */
  unitName: string | null;
  /** Candidates only: the transition their profile aims at. */
  targetTransition: TransitionKey | null;
}

export interface DemoEvidence {
  opportunities: OpportunityEntity[];
  applications: ApplicationEntity[];
  placements: PlacementEntity[];
  observations: ObservationEntity[];
  requests: ObservationRequestEntity[];
}

/** Someone named in a scenario: by relation to the candidate, by e-mail, or by job title. */
type PersonPick = 'manager' | 'skip-level' | 'hr' | { email: string } | { title: string };

interface ProjectSpec {
  key: string;
  kind: OpportunityKind;
  title: string;
  description: string;
  capabilityKeys: string[];
  sponsor: string;
  /** MENTORSHIP only: the observer alias of the mentee (who also sponsors it, as a mentor request does). */
  mentee?: string;
  startedDaysAgo: number;
  endedDaysAgo: number;
  hoursPerWeek: number;
  crossFunctional: boolean;
}

interface RequestSpec {
  observer: string;
  /** Who asked: the candidate, or HR. */
  by: 'candidate' | 'hr';
  question: string;
  daysAgo: number;
  /** Open requests wait for an answer; the others were answered by the observer's first observation. */
  open?: boolean;
  project?: string;
}

interface ObservationSpec {
  by: string;
  indicatorKey: string;
  rating: 1 | 2 | 3 | 4;
  daysAgo: number;
  situation: string;
  behaviour: string;
  impact: string;
  hrOnly?: boolean;
  project?: string;
}

interface Scenario {
  /** A named account, or the first candidate of a team aiming at the transition. */
  candidate: { email: string } | { unit: string; transition: TransitionKey };
  observers: Record<string, PersonPick>;
  projects?: ProjectSpec[];
  requests?: RequestSpec[];
  observations: ObservationSpec[];
}

function see(
  by: string,
  indicatorKey: string,
  rating: 1 | 2 | 3 | 4,
  daysAgo: number,
  [situation, behaviour, impact]: [string, string, string],
  extra: { hrOnly?: boolean; project?: string } = {},
): ObservationSpec {
  return { by, indicatorKey, rating, daysAgo, situation, behaviour, impact, ...extra };
}

const LENIENT = { email: 'chloe.eriksen@acme.test' } as const;
const HARSH = { title: 'Director of Manufacturing' } as const;

/**
 * Alex Rivera, Senior Software Engineer in Platform, aiming at managing others: ten months of evidence
 * from six observers. Strong on coaching and lifting others up, still taking work back under pressure
 * (a warning sign four months ago), thin on alignment: EMERGING, a review with something to decide.
 */
const ALEX: Scenario = {
  candidate: { email: 'candidate@acme.test' },
  observers: {
    marcus: 'manager',
    jordan: 'hr',
    dana: { email: 'sponsor@acme.test' },
    sam: { email: 'mentee@acme.test' },
    daniel: 'skip-level',
    sofia: HARSH,
  },
  projects: [
    {
      key: 'supplier-portal',
      kind: OpportunityKind.STRETCH_PROJECT,
      title: 'Lead the supplier portal integration',
      description:
        'Lead a group from Procurement, Finance and Platform to connect the supplier portal to purchasing, so suppliers see order and payment status without calling a buyer.',
      capabilityKeys: ['delegation', 'alignment', 'influence-across-teams'],
      sponsor: 'dana',
      startedDaysAgo: 300,
      endedDaysAgo: 170,
      hoursPerWeek: 5,
      crossFunctional: true,
    },
    {
      key: 'mentoring-sam',
      kind: OpportunityKind.MENTORSHIP,
      title: 'Mentor Sam Chen in technical discovery',
      description:
        'I sell to plant engineers and lose deals when the conversation turns technical. I want a mentor who helps me ask better questions, not one who answers them for me.',
      capabilityKeys: ['coaching', 'lifting-others-up'],
      sponsor: 'sam',
      mentee: 'sam',
      startedDaysAgo: 140,
      endedDaysAgo: 50,
      hoursPerWeek: 1,
      crossFunctional: true,
    },
  ],
  requests: [
    {
      observer: 'daniel',
      by: 'candidate',
      question:
        'You sat in on the architecture reviews I ran this spring. How did I share them with the team?',
      daysAgo: 215,
    },
    {
      observer: 'sofia',
      by: 'candidate',
      question: 'How did I handle the disagreements during the downtime dashboard rollout at Plant North?',
      daysAgo: 104,
    },
    {
      observer: 'marcus',
      by: 'candidate',
      question: 'How did I run the on-call rota handover to Keiko and the new joiners?',
      daysAgo: 4,
      open: true,
    },
    {
      observer: 'dana',
      by: 'hr',
      question: 'Ahead of Alex’s review: how did Alex handle the supplier escalations on the portal project?',
      daysAgo: 2,
      open: true,
      project: 'supplier-portal',
    },
  ],
  observations: [
    see(
      'dana',
      'delegation-agrees-outcomes',
      3,
      285,
      [
        'Kick-off of the supplier portal integration, with two buyers, a finance analyst and two engineers in the room.',
        'Alex split the work into four streams and, for each, wrote down with its owner what “done” meant and the date they would check in, instead of keeping the plan in their head.',
        'Every owner could say in the first steering meeting what they were accountable for; nobody waited for Alex to tell them what to do next.',
      ],
      { project: 'supplier-portal' },
    ),
    see(
      'dana',
      'alignment-agrees-with-stakeholders',
      4,
      270,
      [
        'Procurement wanted every supplier on the portal by the summer; Finance wanted payment status first.',
        'Alex brought both leads together, laid out what each order would cost the other, and got them to agree on payment status for the top 40 suppliers first. The agreement went into the project page the same afternoon.',
        'The argument did not come back for the rest of the project, and both leads quoted the agreement in their own updates.',
      ],
      { project: 'supplier-portal' },
    ),
    see('marcus', 'delegation-gives-learning-work', 3, 230, [
      'The flaky-test quarantine tool needed rewriting; Alex wrote the first version and knows it best.',
      'Alex gave the rewrite to Kofi, who had not worked on the CI tooling, paired with him for the first hour and then left him to it with a check-in on Friday.',
      'It took a week longer than Alex would have needed, but Kofi now owns the tool and fixed the next two issues on his own.',
    ]),
    see('daniel', 'lifting-others-up-creates-opportunities', 3, 210, [
      'Architecture review of the event bus migration, which Alex had designed.',
      'Alex asked Keiko to present the design and the trade-offs, and only stepped in to answer one question about cost.',
      'Keiko was credited as the author in the review notes; two other teams now go to her with event bus questions.',
    ]),
    see(
      'dana',
      'communication-tailors-message',
      3,
      200,
      [
        'The portal go-live slipped by three weeks because a supplier’s invoices failed validation.',
        'Alex wrote one note for the finance leadership with the cash impact and a new date, and a separate, plainer one for the affected suppliers, and called the two biggest suppliers personally.',
        'No escalation reached me; Finance planned around the new date without asking for another meeting.',
      ],
      { project: 'supplier-portal' },
    ),
    see('marcus', 'valuing-managerial-work-unblocks-first', 3, 175, [
      'Sprint with a release deadline and two engineers new to the payments-adjacent services.',
      'When both new joiners were stuck on access to the staging ledger, Alex dropped the ticket they were on and spent the morning getting them unblocked and walking them through the service.',
      'Both shipped their first changes that sprint; Alex’s own ticket moved to the next one, which Alex raised in planning rather than quietly working late.',
    ]),
    see(
      'marcus',
      'coaching-addresses-underperformance',
      2,
      160,
      [
        'A teammate had missed three code-review turnarounds in a row and the team was starting to route around him.',
        'Alex noticed and mentioned it to me, but did not speak to the teammate for almost three weeks, and when they did talk it stayed general (“reviews have been a bit slow”).',
        'The pattern continued until I stepped in. Alex agreed afterwards that naming the three missed reviews would have helped.',
      ],
      { hrOnly: true },
    ),
    see(
      'sam',
      'coaching-asks-before-telling',
      3,
      130,
      [
        'Preparing for a discovery call with the maintenance lead of a bottling plant, my first with a technical buyer.',
        'Instead of giving me a list of questions, Alex asked what I thought the maintenance lead was worried about, and then what I would ask to find out. Alex only added one question at the end.',
        'I ran the call with my own questions and it went well; I use the same preparation for every technical call now.',
      ],
      { project: 'mentoring-sam' },
    ),
    see('marcus', 'delegation-takes-work-back', 2, 120, [
      'The quarter-end release, with the database migration owned by one of the newer engineers running late.',
      'The evening before the cut-off, Alex rewrote the migration personally rather than reviewing it with its owner, and merged it without telling her until the next morning.',
      'The release went out on time, but the owner felt sidelined and asked me whether she was still trusted with migrations. Alex and I talked it through; Alex apologised to her directly.',
    ]),
    see('jordan', 'communication-feedback-on-behaviour', 3, 110, [
      'Peer-feedback workshop for senior engineers, where each person practised giving feedback on a real situation.',
      'Alex described a colleague’s habit of rewriting others’ pull requests, the effect on the team and what Alex would ask instead, without labelling the colleague or their intentions.',
      'The group used Alex’s example as the model for the second round; the facilitator asked to use it in the next cohort.',
    ]),
    see('sofia', 'communication-handles-conflict', 2, 100, [
      'Weekly rollout meeting for the downtime dashboard at Plant North, where maintenance and IT disagreed on who owns the sensor data.',
      'Alex named the disagreement and asked each side to state its concern, then proposed a next step: a shared owner for the first month.',
      'The meeting ended with a decision, but maintenance still felt IT had won. I would have expected Alex to check back with them that week.',
    ]),
    see('sofia', 'valuing-managerial-work-takes-on-leadership-tasks', 2, 98, [
      'Hand-over of the dashboard to the plant team after the rollout.',
      'Alex wrote the hand-over plan and ran the training session, but the plan was late and the training focused on the screens rather than on who does what.',
      'The plant team could use the dashboard; my supervisors still call IT for things they should own.',
    ]),
    see(
      'sam',
      'coaching-runs-purposeful-one-on-ones',
      4,
      95,
      [
        'Our fortnightly mentoring sessions during my second quarter in the role.',
        'Alex started each session with what I had said I would try last time and whether it worked, and we ended with one thing to try next, written down by me, not Alex.',
        'I closed my first technical deal that quarter. I now run my own weekly review the same way.',
      ],
      { project: 'mentoring-sam' },
    ),
    see('daniel', 'delegation-hands-over-decisions', 3, 75, [
      'Incident on the message broker during a Saturday peak, with Alex as incident commander and Deepak on call.',
      'Alex asked Deepak what he would do, agreed the rollback criteria with him and then let him make the call on when to roll back, staying on the bridge as a second pair of eyes.',
      'Deepak rolled back at the right moment; the post-incident review recorded his call. He told me afterwards it was the first time he felt trusted on a live incident.',
    ]),
    see('marcus', 'lifting-others-up-shares-knowledge', 3, 65, [
      'Alex was the only person on the team who could rebuild the build cache after a corruption.',
      'Alex wrote a runbook, then ran the rebuild twice with two other engineers driving while Alex watched.',
      'When the cache broke again while Alex was on leave, Kofi rebuilt it in under an hour without calling anyone.',
    ]),
    see(
      'sam',
      'coaching-follows-development',
      3,
      55,
      [
        'Our last mentoring session, looking back over the quarter.',
        'Alex had kept notes of what I had worked on and pointed out, with examples, how my discovery calls had changed since the first one.',
        'I had not noticed how far I had come; I used Alex’s examples in my own mid-year review.',
      ],
      { project: 'mentoring-sam' },
    ),
    see('marcus', 'alignment-communicates-changes', 3, 40, [
      'Leadership moved the observability work ahead of the API deprecation, two weeks into the quarter.',
      'Alex told the three engineers affected the same day, explained why it had moved and what it meant for each of their tickets, and posted the change in the team channel.',
      'Nobody heard about it second-hand; the deprecation owners adjusted without losing a week.',
    ]),
    see('jordan', 'lifting-others-up-credits-others', 4, 30, [
      'Engineering all-hands, where Alex presented the results of the build-time project.',
      'Alex named the three engineers who did the work, said what each had contributed, and gave the last five minutes to Keiko to present her part.',
      'Two directors asked Keiko to present to their teams. Several people mentioned to me afterwards how unusual it was to see credit given so specifically.',
    ]),
    see('marcus', 'delegation-lets-them-struggle', 3, 20, [
      'Kofi ran his first incident review, on an outage Alex knew well.',
      'Alex stayed in the room but did not step in when the discussion drifted, and afterwards gave Kofi two pieces of feedback in private.',
      'Kofi ran the next review noticeably better; the team saw him, not Alex, as the owner of the follow-ups.',
    ]),
    see(
      'jordan',
      'valuing-managerial-work-protects-time',
      3,
      15,
      [
        'Talent review preparation with the Platform managers, during a delivery-heavy month.',
        'Marcus mentioned that Alex had kept every one-on-one with Sam and the new joiners through the crunch, moving them rather than cancelling them.',
        'Both new joiners rated their onboarding highly in the survey. Worth watching whether this holds when Alex has a team of their own.',
      ],
      { hrOnly: true },
    ),
  ],
};

/**
 * A Payments engineer ready to lead: every capability of managing others covered by several observers
 * over five months, means of 3 and over, no warning sign: READY. The lenient VP Sales sponsored her
 * project and rated her 4 throughout, which calibration takes out again.
 */
const READY: Scenario = {
  candidate: { unit: 'Payments', transition: TransitionKey.T1 },
  observers: { manager: 'manager', hr: 'hr', chloe: LENIENT, ivan: 'skip-level' },
  projects: [
    {
      key: 'checkout',
      kind: OpportunityKind.STRETCH_PROJECT,
      title: 'Lead the checkout conversion squad',
      description:
        'Lead two engineers, a designer and an account manager to find why B2B customers abandon checkout, and ship the first fixes.',
      capabilityKeys: ['delegation', 'alignment', 'communication'],
      sponsor: 'chloe',
      startedDaysAgo: 155,
      endedDaysAgo: 60,
      hoursPerWeek: 4,
      crossFunctional: true,
    },
  ],
  requests: [
    {
      observer: 'ivan',
      by: 'candidate',
      question: 'How did I lead the payments reliability working group?',
      daysAgo: 120,
    },
  ],
  observations: [
    see(
      'chloe',
      'alignment-agrees-with-stakeholders',
      4,
      150,
      [
        'First week of the checkout squad, with Sales and Product each wanting different fixes first.',
        '{first} ran a short session to agree the goal (abandoned checkouts down by a fifth) and the order of work, and wrote it on the squad page.',
        'Everyone worked from that page for the rest of the project; I never had to arbitrate.',
      ],
      { project: 'checkout' },
    ),
    see(
      'chloe',
      'delegation-agrees-outcomes',
      4,
      145,
      [
        'Planning the first fixes of the checkout squad.',
        '{first} gave each squad member one fix to own end to end, agreed what done meant and checked in twice a week.',
        'All three fixes shipped in the first month.',
      ],
      { project: 'checkout' },
    ),
    see('manager', 'valuing-managerial-work-protects-time', 4, 140, [
      'A month with two production incidents and a deadline for the card network certification.',
      '{first} kept the weekly one-on-ones with the two engineers she supports and moved her own certification tasks instead.',
      'Both engineers delivered their parts of the certification; one told me the one-on-ones were what kept her going.',
    ]),
    see('manager', 'coaching-runs-purposeful-one-on-ones', 4, 130, [
      'One-on-ones with a mid-level engineer who wanted to move into the platform team.',
      '{first} turned the sessions from status updates into a plan: two skills to build, one piece of work for each, and a check every fortnight.',
      'The engineer moved to the platform team four months later, with the platform manager citing the work they did.',
    ]),
    see('manager', 'lifting-others-up-mentors', 4, 125, [
      'A graduate engineer joined the team with no experience of payment systems.',
      '{first} set up a weekly hour with him, walked him through the settlement flow and gave him a small, real change to ship in his second week.',
      'He was on the on-call rota after two months, faster than anyone before him.',
    ]),
    see(
      'chloe',
      'communication-tailors-message',
      4,
      120,
      [
        'Presenting the checkout findings to the sales leadership team.',
        '{first} led with what the findings meant for renewals, kept the technical detail for a one-page appendix and checked at the end what the account managers would tell customers.',
        'The sales team used her summary in their customer updates that week.',
      ],
      { project: 'checkout' },
    ),
    see('ivan', 'alignment-connects-to-goals', 3, 110, [
      'The payments reliability working group, which {first} chairs.',
      '{first} opened each meeting by linking the reliability work to this year’s target for failed payments, and dropped two items that did not serve it.',
      'The group finished its plan a month early and the dropped items did not come back.',
    ]),
    see('manager', 'delegation-hands-over-decisions', 3, 100, [
      'Choosing the retry strategy for failed card payments.',
      '{first} handed the decision to the engineer who had done the analysis and only asked her to write down her reasoning.',
      'The engineer presented the decision herself at the architecture review and it was accepted as it stood.',
    ]),
    see('manager', 'communication-raises-hard-topics', 3, 95, [
      'A long-running disagreement between two engineers about code ownership of the ledger service.',
      '{first} raised it in the team retro, named the pattern without blaming either, and proposed a rotation.',
      'The rotation is working and the tension has gone down noticeably.',
    ]),
    see('ivan', 'valuing-managerial-work-measures-by-team', 3, 90, [
      'Quarterly business review of the Payments team.',
      '{first} described the quarter by what the team shipped and how two engineers had grown, and mentioned her own work only when asked.',
      'The review read as a team achievement, which is what it was.',
    ]),
    see(
      'chloe',
      'lifting-others-up-credits-others',
      4,
      85,
      [
        'End of the checkout squad, presenting results to the executive team.',
        '{first} gave each squad member a slide and the time to present it.',
        'Two of them have since been asked to join other cross-functional projects.',
      ],
      { project: 'checkout' },
    ),
    see('hr', 'coaching-asks-before-telling', 3, 80, [
      'The internal coaching circle for senior engineers, where I observed a practice session.',
      '{first} helped a peer work through a conflict with a product manager by asking questions and holding back her own view until the end.',
      'Her peer left with a plan he had made himself; the facilitator used the session as an example.',
    ]),
    see('manager', 'alignment-defines-good-execution', 4, 75, [
      'Migration of the payout service to the new database cluster.',
      '{first} wrote down before the work started what a good migration meant: no failed payouts, under ten minutes of read-only time, a tested rollback.',
      'The team held itself to it; the migration met all three and nobody had to ask what “done” was.',
    ]),
    see('chloe', 'valuing-managerial-work-takes-on-leadership-tasks', 4, 70, [
      'Hiring for the account management team, where we needed a technical interviewer.',
      '{first} volunteered, prepared the exercise with the hiring manager and wrote careful feedback for every candidate.',
      'We hired two people from that round; both mentioned her interview as a reason they joined.',
    ]),
    see('hr', 'communication-feedback-on-behaviour', 4, 50, [
      'A 360 conversation I facilitated for one of the engineers {first} supports.',
      '{first} gave him feedback on how he cuts colleagues off in design reviews, with two examples and the effect it had, and asked how he saw it.',
      'He took it well and has changed how he runs reviews; his next 360 mentioned it.',
    ]),
    see('ivan', 'delegation-lets-them-struggle', 4, 45, [
      'A junior engineer leading his first cross-team change, to the fraud scoring service.',
      '{first} let him work through a difficult negotiation with the fraud team on his own, and only joined when he asked.',
      'He reached an agreement himself and now talks to the fraud team without going through her.',
    ]),
    see('hr', 'lifting-others-up-shares-knowledge', 3, 40, [
      'Onboarding week for the new payments engineers.',
      '{first} ran a session on how settlement really works, with the diagrams she had made for herself over the years, and shared them afterwards.',
      'The new engineers called it the most useful session of their onboarding.',
    ]),
    see('manager', 'coaching-follows-development', 4, 30, [
      'Mid-year reviews for the two engineers {first} supports.',
      '{first} brought notes from the past six months showing how each had grown and where they were still stuck.',
      'Both reviews were the most specific I have read this cycle.',
    ]),
  ],
};

/**
 * A senior account executive not yet ready: delegation covered and well below emerging, with the
 * team waiting on her decisions. The lenient VP Sales rates her 3 and 4 regardless.
 */
const NOT_YET: Scenario = {
  candidate: { unit: 'EMEA', transition: TransitionKey.T1 },
  observers: { manager: 'manager', hr: 'hr', chloe: LENIENT, sofia: HARSH },
  projects: [
    {
      key: 'plant-tours',
      kind: OpportunityKind.STRETCH_PROJECT,
      title: 'Coordinate the plant tour programme for key accounts',
      description:
        'Work with the plant managers to offer key accounts a tour of their production line, from the invitation to the follow-up.',
      capabilityKeys: ['delegation', 'communication'],
      sponsor: 'sofia',
      startedDaysAgo: 130,
      endedDaysAgo: 70,
      hoursPerWeek: 3,
      crossFunctional: true,
    },
  ],
  requests: [
    {
      observer: 'chloe',
      by: 'hr',
      question: 'How has {first} led the EMEA renewals push this year?',
      daysAgo: 160,
    },
  ],
  observations: [
    see('manager', 'communication-tailors-message', 3, 150, [
      'Quarterly pipeline review with the Director of Sales.',
      '{first} presented her accounts clearly and adjusted the level of detail when the director asked about the two largest deals.',
      'The director had what he needed and moved on quickly.',
    ]),
    see('chloe', 'delegation-agrees-outcomes', 3, 145, [
      'The EMEA renewals push, where {first} coordinated three account executives.',
      '{first} shared the list of renewals and said who would take which.',
      'Most renewals were handled on time.',
    ]),
    see('manager', 'delegation-hands-off-without-clarity', 1, 140, [
      'Handing two of her accounts to a new associate account executive.',
      '{first} forwarded the account notes and left it there: no hand-over call, no word on what the customers expected next.',
      'One customer escalated a month later about a promised discount nobody knew about.',
    ]),
    see('chloe', 'coaching-asks-before-telling', 3, 125, [
      'A deal review where an associate was stuck on pricing.',
      '{first} asked the associate what the customer had said about budget before suggesting anything.',
      'The associate found a way forward.',
    ]),
    see('manager', 'coaching-solves-for-them', 2, 118, [
      'An associate preparing a proposal for a mid-size distributor.',
      '{first} took the draft and rewrote the pricing section herself the night before it was due.',
      'The proposal went out, but the associate did not learn how the pricing was built and asked again the next time.',
    ]),
    see(
      'sofia',
      'delegation-takes-work-back',
      1,
      110,
      [
        'The first plant tour, for a beverage customer, with one of my shift leads assigned to guide it.',
        '{first} took over the tour from the shift lead halfway through and answered the technical questions herself, some of them wrongly.',
        'The shift lead felt undermined and asked not to guide the next one; we had to correct two answers with the customer afterwards.',
      ],
      { project: 'plant-tours' },
    ),
    see('chloe', 'communication-raises-hard-topics', 4, 100, [
      'A renewal at risk because of repeated delivery delays.',
      '{first} told the customer directly what had gone wrong and what we would change.',
      'The customer renewed.',
    ]),
    see(
      'sofia',
      'communication-handles-conflict',
      2,
      95,
      [
        'Planning the second tour, with logistics refusing to open the warehouse on a Friday.',
        '{first} escalated to me instead of hearing out the logistics lead.',
        'I had to settle it; the logistics team has been reluctant since.',
      ],
      { project: 'plant-tours' },
    ),
    see(
      'hr',
      'coaching-leaves-them-alone',
      2,
      90,
      [
        'Exit interview of an associate account executive {first} had been asked to support.',
        'The associate said {first} had cancelled most of their catch-ups and was hard to reach when a deal went wrong.',
        'The associate left after eight months; his manager had not known the catch-ups were not happening.',
      ],
      { hrOnly: true },
    ),
    see('manager', 'delegation-becomes-bottleneck', 1, 80, [
      'Quarter-end, with four associates preparing renewals in {first}’s region.',
      '{first} insisted every discount, however small, come to her for approval, and was on leave for three of those days.',
      'Six renewals waited for her return; two customers signed late and one asked to speak to someone else.',
    ]),
    see('manager', 'delegation-takes-work-back', 2, 35, [
      'A large tender the team was answering together, with sections split between four people.',
      '{first} reworked the others’ sections over the weekend instead of giving them feedback.',
      'The tender was strong, but two colleagues told me they no longer see the point of drafting carefully.',
    ]),
  ],
};

/**
 * A production supervisor whose evidence is all old and from her manager alone: STALE, SINGLE_OBSERVER
 * and THIN, and too little to judge (INSUFFICIENT_EVIDENCE).
 */
const STALE: Scenario = {
  candidate: { unit: 'Plant North', transition: TransitionKey.T1 },
  observers: { manager: 'manager' },
  observations: [
    see('manager', 'delegation-gives-learning-work', 3, 300, [
      'The changeover to the new bottle format on line 3.',
      '{first} let a new operator run the changeover checklist with her standing by, although she could have done it in half the time.',
      'The operator ran the next changeover alone.',
    ]),
    see('manager', 'coaching-runs-purposeful-one-on-ones', 3, 280, [
      'Monthly check-ins with the operators of her shift.',
      '{first} used them to review each operator’s scrap rate and agree one thing to try.',
      'Scrap on her shift fell over the quarter.',
    ]),
    see('manager', 'communication-raises-hard-topics', 2, 250, [
      'Recurring late starts on the night shift.',
      '{first} mentioned it in the shift meeting in general terms, without speaking to the two people involved.',
      'The late starts continued for another month.',
    ]),
    see('manager', 'communication-feedback-on-behaviour', 3, 230, [
      'An operator who skipped a safety check during a rush.',
      '{first} spoke to him the same day, said what she had seen and why it mattered, and agreed what he would do next time.',
      'He has not skipped it since, and told others why it matters.',
    ]),
  ],
};

/**
 * A financial analyst observed mostly in the last two months, during the close automation pilot:
 * RECENT_ONLY (recency bias), and EMERGING with half the capabilities covered.
 */
const RECENT: Scenario = {
  candidate: { unit: 'FP&A', transition: TransitionKey.T1 },
  observers: { manager: 'manager', amara: { title: 'VP Finance' }, sofia: HARSH },
  projects: [
    {
      key: 'close-pilot',
      kind: OpportunityKind.STRETCH_PROJECT,
      title: 'Lead the month-end close automation pilot (first wave)',
      description:
        'Lead finance and data engineers to automate the first two month-end close steps, from scoping to handover.',
      capabilityKeys: ['delegation', 'alignment', 'decision-making'],
      sponsor: 'amara',
      startedDaysAgo: 70,
      endedDaysAgo: 8,
      hoursPerWeek: 4,
      crossFunctional: true,
    },
  ],
  requests: [
    {
      observer: 'sofia',
      by: 'candidate',
      question: 'How did I work with your plant controllers on the cost-centre clean-up?',
      daysAgo: 60,
    },
    {
      observer: 'manager',
      by: 'candidate',
      question: 'How did I coach the new analyst through her first close?',
      daysAgo: 3,
      open: true,
    },
  ],
  observations: [
    see('manager', 'alignment-defines-good-execution', 2, 200, [
      'The annual budget template refresh, shared with three business partners.',
      '{first} started the work without agreeing the deadline or format with the partners.',
      'Two partners filled in the old template and the work had to be redone.',
    ]),
    see('manager', 'coaching-addresses-underperformance', 2, 170, [
      'A junior analyst whose reconciliations kept coming back with errors.',
      '{first} fixed them herself for weeks before raising it, and then only with me.',
      'The errors continued until the analyst was told directly.',
    ]),
    see('manager', 'communication-tailors-message', 3, 150, [
      'Explaining the variance in logistics costs to the operations leadership team.',
      '{first} led with the two causes in plain language and kept the detail for questions.',
      'Operations agreed a fix in the meeting.',
    ]),
    see(
      'amara',
      'alignment-agrees-with-stakeholders',
      3,
      55,
      [
        'Scoping the close automation pilot with Accounting and the data team.',
        '{first} got both to agree the two close steps to automate first and wrote down what each would provide.',
        'The scope did not change during the pilot.',
      ],
      { project: 'close-pilot' },
    ),
    see('sofia', 'communication-handles-conflict', 2, 50, [
      'The cost-centre clean-up, where my plant controllers and FP&A disagreed on how to map maintenance costs.',
      '{first} let both sides speak and proposed a mapping, but did not check whether the controllers could live with it.',
      'The controllers accepted it reluctantly; I expect the question to come back.',
    ]),
    see(
      'amara',
      'delegation-agrees-outcomes',
      3,
      50,
      [
        'Handing the first automation to a data engineer.',
        '{first} agreed with him what a correct run looked like and the two checkpoints before go-live.',
        'The automation went live on the planned day.',
      ],
      { project: 'close-pilot' },
    ),
    see('manager', 'coaching-asks-before-telling', 3, 45, [
      'A new analyst stuck on an intercompany mismatch during her first close.',
      '{first} asked her where she had already looked and what she thought was different, then let her find it.',
      'She found it within the hour and solved the next one alone.',
    ]),
    see('manager', 'delegation-gives-learning-work', 3, 30, [
      'The monthly cash forecast, which {first} has prepared for two years.',
      '{first} handed it to the new analyst with a walkthrough and reviewed her first version.',
      'The new analyst now owns the forecast.',
    ]),
    see(
      'amara',
      'coaching-follows-development',
      3,
      25,
      [
        'Close retrospective at the end of the pilot’s second month.',
        '{first} pointed out to the data engineer how much faster his reconciliations had become, with the numbers.',
        'He asked to stay on for the second wave.',
      ],
      { project: 'close-pilot' },
    ),
    see('manager', 'alignment-communicates-changes', 3, 20, [
      'The audit date moved forward by a week.',
      '{first} told everyone affected the same morning and reordered the close checklist with them.',
      'The close finished on time despite the change.',
    ]),
    see(
      'amara',
      'delegation-hands-over-decisions',
      3,
      12,
      [
        'Go/no-go for the second automation.',
        '{first} let the data engineer make the go-live call, with the criteria they had agreed.',
        'He made the call confidently and the step ran cleanly.',
      ],
      { project: 'close-pilot' },
    ),
  ],
};

/**
 * A Plant South supervisor rated low by the harsh director and well by everyone else: calibration lifts
 * her, and with half the capabilities covered she is EMERGING.
 */
const CALIBRATED: Scenario = {
  candidate: { unit: 'Plant South', transition: TransitionKey.T1 },
  observers: { manager: 'manager', sofia: HARSH, hr: 'hr', chloe: LENIENT },
  projects: [
    {
      key: '5s-pilot',
      kind: OpportunityKind.STRETCH_PROJECT,
      title: 'Run the Plant South 5S pilot',
      description:
        'Lead two shifts through a 5S pilot on the packaging line and hand it over to the shift leads.',
      capabilityKeys: ['delegation', 'coaching'],
      sponsor: 'sofia',
      startedDaysAgo: 150,
      endedDaysAgo: 90,
      hoursPerWeek: 3,
      crossFunctional: false,
    },
  ],
  requests: [
    {
      observer: 'chloe',
      by: 'candidate',
      question: 'How did I host your customer visit to the packaging line?',
      daysAgo: 45,
    },
  ],
  observations: [
    see(
      'sofia',
      'delegation-agrees-outcomes',
      2,
      140,
      [
        '5S pilot on the packaging line.',
        '{first} agreed with each shift lead what the area should look like at the end of the pilot.',
        'The areas were tidied on schedule; I would have liked more ambitious targets.',
      ],
      { project: '5s-pilot' },
    ),
    see('manager', 'delegation-hands-over-decisions', 3, 130, [
      '5S pilot, choosing where the shared tools would live.',
      '{first} let the shift leads decide the layout with their operators.',
      'The operators kept to the layout because they had chosen it.',
    ]),
    see(
      'sofia',
      'coaching-asks-before-telling',
      1,
      120,
      [
        'A shift lead struggling to get operators to keep the line clear.',
        '{first} asked the shift lead what he had tried, and they agreed a plan together.',
        'The line is clearer, but it took longer than it needed to.',
      ],
      { project: '5s-pilot' },
    ),
    see('manager', 'communication-feedback-on-behaviour', 3, 160, [
      'A maintenance technician who kept restarting the line without logging the stoppage.',
      '{first} took him aside after the shift, showed him the gap it left in the downtime report and asked him to log every stop.',
      'The downtime figures for her line are now complete, and the technician explains the rule to new starters.',
    ]),
    see('manager', 'coaching-runs-purposeful-one-on-ones', 3, 100, [
      'Weekly one-on-ones with her two shift leads.',
      '{first} reviewed each lead’s safety and output figures with them and agreed one change a week.',
      'Both shifts improved their output over the quarter.',
    ]),
    see('hr', 'coaching-follows-development', 3, 75, [
      'Development conversation for a shift lead applying to be a supervisor.',
      '{first} brought specific examples of how the lead had grown over the year.',
      'The lead got the role.',
    ]),
    see('sofia', 'delegation-gives-learning-work', 2, 60, [
      'Preparing the quarterly maintenance plan for the line.',
      '{first} gave the plan to a shift lead to draft and reviewed it with him.',
      'The plan was adequate; it needed my corrections before it went out.',
    ]),
    see('chloe', 'communication-tailors-message', 4, 40, [
      'A customer visit to the packaging line.',
      '{first} explained the line to our customer in their terms, and to my account manager in ours.',
      'The customer extended the contract.',
    ]),
    see('manager', 'communication-raises-hard-topics', 3, 35, [
      'Overtime being shared unevenly between the two shifts.',
      '{first} raised it at the shift meeting, with the numbers, and proposed a rota.',
      'The complaints stopped.',
    ]),
    see('manager', 'delegation-lets-them-struggle', 3, 25, [
      'A shift lead running his first line restart after a breakdown.',
      '{first} stayed nearby but let him run it, and only stepped in on a safety question.',
      'The restart took longer but the lead now does it alone.',
    ]),
  ],
};

export const DEMO_EVIDENCE_SCENARIOS: readonly Scenario[] = [ALEX, READY, NOT_YET, STALE, RECENT, CALIBRATED];

/** The first indicator with this key in the framework, with its capability. */
function indicatorOf(
  capabilities: readonly FrameworkCapability[],
  key: string,
): { capability: FrameworkCapability; indicator: FrameworkIndicator } {
  for (const capability of capabilities) {
    const indicator = capability.indicators.find((candidate) => candidate.key === key);
    if (indicator) return { capability, indicator };
  }
  throw new Error(`Demo evidence names an unknown indicator: ${key}`);
}

/**
 * The demo evidence for one organization's people, as rows to insert. Pure: the same people, day and
 * ids give the same rows. `today` is the seed day; nothing is dated after yesterday, and every
 * observation was recorded more than a day ago, so it is past its correction window.
 */
export function planDemoEvidence(input: {
  organizationId: string;
  people: readonly EvidencePerson[];
  today: Date;
  newId: () => string;
  capabilities?: readonly FrameworkCapability[];
}): DemoEvidence {
  const { organizationId, people, newId } = input;
  const capabilities = input.capabilities ?? DEFAULT_LEADERSHIP_FRAMEWORK.capabilities;
  const calendar = demoCalendar(input.today);
  const day = calendar.day;
  // Late afternoon of the given day, never within the last 26 hours (the correction window is 24).
  const at = (daysAgo: number): Date =>
    new Date(Math.min(calendar.at(daysAgo, 17).getTime(), input.today.getTime() - 26 * 3_600_000));
  const byId = new Map(people.map((person) => [person.id, person]));
  const hr =
    people.find((person) => person.email.startsWith('hr@')) ??
    people.find((person) => person.roles.includes(Role.HR));
  const used = new Set<string>();
  const plan: DemoEvidence = {
    opportunities: [],
    applications: [],
    placements: [],
    observations: [],
    requests: [],
  };

  for (const scenario of DEMO_EVIDENCE_SCENARIOS) {
    const spec = scenario.candidate;
    const candidate =
      'email' in spec
        ? people.find((person) => person.email === spec.email)
        : people.find(
            (person) =>
              person.unitName === spec.unit &&
              person.targetTransition === spec.transition &&
              person.roles.includes(Role.CANDIDATE) &&
              !used.has(person.id),
          );
    if (!candidate) continue;
    used.add(candidate.id);
    const first = candidate.name.split(' ')[0];
    const words = (text: string): string => text.replaceAll('{first}', first);
    const manager = candidate.managerId ? byId.get(candidate.managerId) : undefined;
    const pick = (choice: PersonPick): EvidencePerson | undefined => {
      if (choice === 'manager') return manager;
      if (choice === 'skip-level') return manager?.managerId ? byId.get(manager.managerId) : undefined;
      if (choice === 'hr') return hr;
      if ('email' in choice) return people.find((person) => person.email === choice.email);
      return people.find((person) => person.title === choice.title);
    };
    const observers = new Map<string, EvidencePerson>();
    for (const [alias, choice] of Object.entries(scenario.observers)) {
      const person = pick(choice);
      if (person && person.id !== candidate.id) observers.set(alias, person);
    }

    const placementOf = new Map<string, string>();
    for (const project of scenario.projects ?? []) {
      const sponsor = observers.get(project.sponsor);
      const mentee = project.mentee ? observers.get(project.mentee) : undefined;
      if (!sponsor || (project.mentee && !mentee)) continue;
      const opportunityId = newId();
      const applicationId = newId();
      const placementId = newId();
      const published = at(project.startedDaysAgo + 28);
      const applied = at(project.startedDaysAgo + 21);
      const accepted = at(project.startedDaysAgo + 7);
      plan.opportunities.push({
        organizationId,
        id: opportunityId,
        kind: project.kind,
        status: OpportunityStatus.CLOSED,
        title: project.title,
        description: project.description,
        sponsorId: sponsor.id,
        menteeId: mentee?.id ?? null,
        hostUnitId: sponsor.unitId,
        seats: 1,
        seatsFilled: 1,
        hoursPerWeek: project.hoursPerWeek,
        startsOn: day(project.startedDaysAgo),
        endsOn: day(project.endedDaysAgo),
        capabilityKeys: project.capabilityKeys,
        skills: [],
        crossFunctional: project.crossFunctional,
        publishedAt: published,
        closedAt: at(project.endedDaysAgo),
        createdAt: published,
        updatedAt: at(project.endedDaysAgo),
      });
      plan.applications.push({
        organizationId,
        id: applicationId,
        opportunityId,
        candidateId: candidate.id,
        status: ApplicationStatus.PLACED,
        origin: ApplicationOrigin.APPLIED,
        motivation: `I want to practise leading through others, and ${project.title.toLowerCase()} is a real chance to.`,
        submittedAt: applied,
        statusReason: null,
        createdAt: applied,
        updatedAt: accepted,
      });
      plan.placements.push({
        organizationId,
        id: placementId,
        applicationId,
        opportunityId,
        candidateId: candidate.id,
        kind: project.kind,
        hoursPerWeek: project.hoursPerWeek,
        status: PlacementStatus.COMPLETED,
        endReason: null,
        startedAt: accepted,
        startsOn: day(project.startedDaysAgo),
        endedAt: at(project.endedDaysAgo),
      });
      placementOf.set(project.key, placementId);
    }

    const observations: ObservationEntity[] = [];
    for (const observation of scenario.observations) {
      const observer = observers.get(observation.by);
      if (!observer) continue;
      const { capability, indicator } = indicatorOf(capabilities, observation.indicatorKey);
      observations.push({
        organizationId,
        id: newId(),
        candidateId: candidate.id,
        observerId: observer.id,
        capabilityKey: capability.key,
        indicatorKey: indicator.key,
        indicatorText: indicator.text,
        indicatorKind: indicator.kind,
        warningPattern: indicator.warningPattern,
        rating: observation.rating,
        situation: words(observation.situation),
        behaviour: words(observation.behaviour),
        impact: words(observation.impact),
        observedOn: day(observation.daysAgo),
        placementId: observation.project ? (placementOf.get(observation.project) ?? null) : null,
        visibility: observation.hrOnly ? ObservationVisibility.HR_ONLY : ObservationVisibility.SHARED,
        amendsId: null,
        recordedAt: at(observation.daysAgo - 1),
        correctedAt: null,
      });
    }
    plan.observations.push(...observations);

    for (const request of scenario.requests ?? []) {
      const observer = observers.get(request.observer);
      const requestedBy = request.by === 'hr' ? hr : candidate;
      if (!observer || !requestedBy) continue;
      const requestedAt = at(request.daysAgo);
      const answer = request.open
        ? undefined
        : observations.find(
            (observation) => observation.observerId === observer.id && observation.recordedAt > requestedAt,
          );
      plan.requests.push({
        organizationId,
        id: newId(),
        candidateId: candidate.id,
        observerId: observer.id,
        requestedById: requestedBy.id,
        placementId: request.project ? (placementOf.get(request.project) ?? null) : null,
        question: words(request.question),
        status: answer ? ObservationRequestStatus.ANSWERED : ObservationRequestStatus.OPEN,
        declineReason: null,
        observationId: answer?.id ?? null,
        requestedAt,
        answeredAt: answer ? answer.recordedAt : null,
      });
    }
  }
  return plan;
}
