/**
 * The default leadership framework of Bridge: the transitions, capabilities, behavioural indicators and
 * warning signs that observers rate candidates against, and the 4-point behaviourally anchored scale.
 *
 * Written from the project's seed reading: why strong technical contributors are not automatically ready
 * to lead (the Peter Principle, lifting others up, curiosity, resilience, trust across teams), the two
 * defaults of a new manager without support (micromanagement and abdication), the capabilities leadership
 * rewards that technical roles do not (communication, alignment, delegation, coaching, decision-making
 * under ambiguity, emotional awareness, influence across teams, and the over-involvement and team
 * dependency that follow from leading through personal execution), and the Leadership Pipeline
 * transitions (managing self → others → managers → a function → a business).
 *
 * This is only the default: each organization gets its own editable copy.
 */

export enum TransitionKey {
  T1 = 'T1',
  T2 = 'T2',
  T3 = 'T3',
  T4 = 'T4',
}

export enum IndicatorKind {
  POSITIVE = 'POSITIVE',
  WARNING_SIGN = 'WARNING_SIGN',
}

/** The ways leading goes wrong that warning signs point to. */
export enum WarningPattern {
  /** Steps in and does the work; becomes the bottleneck; manages activity instead of leading people. */
  MICROMANAGEMENT = 'MICROMANAGEMENT',
  /** Hands out work with no clarity on the standard expected and walks away. */
  ABDICATION = 'ABDICATION',
  /** Keeps operating through personal execution rather than enabling the team. */
  OVER_INVOLVEMENT = 'OVER_INVOLVEMENT',
  /** The team cannot move without them. */
  TEAM_DEPENDENCY = 'TEAM_DEPENDENCY',
}

/** The patterns' names as people read them. */
export const WARNING_PATTERN_LABELS: Readonly<Record<WarningPattern, string>> = {
  [WarningPattern.MICROMANAGEMENT]: 'Micromanagement',
  [WarningPattern.ABDICATION]: 'Abdication',
  [WarningPattern.OVER_INVOLVEMENT]: 'Over-involvement',
  [WarningPattern.TEAM_DEPENDENCY]: 'Team dependency',
};

export interface FrameworkIndicator {
  key: string;
  kind: IndicatorKind;
  text: string;
  /** Set on warning signs only; `null` on positive indicators. */
  warningPattern: WarningPattern | null;
}

export interface FrameworkCapability {
  key: string;
  name: string;
  description: string;
  indicators: FrameworkIndicator[];
}

export interface FrameworkTransition {
  key: TransitionKey;
  name: string;
  from: string;
  to: string;
  description: string;
  /** The capabilities this transition emphasises; keys of `LeadershipFramework.capabilities`. */
  capabilityKeys: string[];
}

export interface RatingAnchor {
  rating: 1 | 2 | 3 | 4;
  label: string;
  description: string;
}

export interface LeadershipFramework {
  version: number;
  transitions: FrameworkTransition[];
  capabilities: FrameworkCapability[];
  scale: RatingAnchor[];
}

function positive(key: string, text: string): FrameworkIndicator {
  return { key, kind: IndicatorKind.POSITIVE, text, warningPattern: null };
}

function warning(key: string, text: string, warningPattern: WarningPattern): FrameworkIndicator {
  return { key, kind: IndicatorKind.WARNING_SIGN, text, warningPattern };
}

export const DEFAULT_LEADERSHIP_FRAMEWORK: LeadershipFramework = {
  version: 1,
  transitions: [
    {
      key: TransitionKey.T1,
      name: 'Managing others',
      from: 'Managing self',
      to: 'Managing others',
      description:
        'The shift from a self-centred way of working to valuing leadership and teamwork: getting work done ' +
        'through others and making time for it. The hardest change is in values — treating managerial work ' +
        'as essential to success rather than a task to tolerate; without it, high performers become managers in title only.',
      capabilityKeys: [
        'valuing-managerial-work',
        'delegation',
        'coaching',
        'communication',
        'alignment',
        'lifting-others-up',
      ],
    },
    {
      key: TransitionKey.T2,
      name: 'Managing managers',
      from: 'Managing others',
      to: 'Managing managers',
      description:
        'Letting go of individual tasks entirely to select, develop and coach first-line managers: delegating ' +
        'leadership work, tracking progress, and holding managers accountable for managing rather than for ' +
        'technical output. The view widens to strategic issues affecting the business.',
      capabilityKeys: [
        'developing-leaders',
        'coaching',
        'delegation',
        'valuing-managerial-work',
        'strategic-thinking',
      ],
    },
    {
      key: TransitionKey.T3,
      name: 'Functional manager',
      from: 'Managing managers',
      to: 'Functional manager',
      description:
        'From being a member of a function to leading it: communicating across several layers of management ' +
        'and with peer functions, understanding diverse needs across the organization, and setting a ' +
        'long-term strategy for the function that fits the business’s, with less time spent on functional tasks.',
      capabilityKeys: [
        'communication',
        'influence-across-teams',
        'strategic-thinking',
        'trust-across-teams',
        'alignment',
        'decision-making',
      ],
    },
    {
      key: TransitionKey.T4,
      name: 'Business manager',
      from: 'Functional manager',
      to: 'Business manager',
      description:
        'More pressure and autonomy: leading and inspiring diverse teams with emotional intelligence, making ' +
        'strategic decisions that balance immediate needs, financial targets and long-term goals, and trusting ' +
        'and taking feedback from functional managers in unfamiliar areas.',
      capabilityKeys: [
        'strategic-thinking',
        'emotional-awareness',
        'decision-making',
        'trust-across-teams',
        'resilience',
      ],
    },
  ],
  capabilities: [
    {
      key: 'communication',
      name: 'Communication',
      description:
        'Holds difficult conversations, gives objective feedback without making it personal, manages conflict ' +
        'constructively and shapes a message for the people who need to hear it.',
      indicators: [
        positive(
          'communication-raises-hard-topics',
          'Raises a difficult topic directly and early, in a one-on-one or a meeting, instead of letting it drift',
        ),
        positive(
          'communication-feedback-on-behaviour',
          'Gives feedback about a specific behaviour and its effect, in shared terms, without making it personal',
        ),
        positive(
          'communication-handles-conflict',
          'When a disagreement surfaces, names it, lets each side state its view and steers the group to a next step',
        ),
        positive(
          'communication-tailors-message',
          'Explains the same decision differently to the team, to stakeholders and to leadership, and checks it landed',
        ),
        warning(
          'communication-repeats-accountability-talk',
          'Lets the same accountability problem come back quarter after quarter without a clear conversation, then blames the team for lacking drive',
          WarningPattern.ABDICATION,
        ),
      ],
    },
    {
      key: 'alignment',
      name: 'Alignment',
      description:
        'Gets the team and stakeholders agreed on goals, priorities and what good execution looks like, so ' +
        'everyone works towards the same outcome and can be held to it.',
      indicators: [
        positive(
          'alignment-defines-good-execution',
          'States what good execution looks like (outcome, standard, deadline) before the work starts',
        ),
        positive(
          'alignment-agrees-with-stakeholders',
          'Gets stakeholders to agree goals and priorities up front and writes down what was agreed',
        ),
        positive(
          'alignment-connects-to-goals',
          'Explains how a piece of work connects to the team’s and the organization’s goals',
        ),
        positive(
          'alignment-communicates-changes',
          'When priorities shift, tells everyone affected what changed and why, before they find out on their own',
        ),
        warning(
          'alignment-assumes-obvious',
          'Assumes the goal is obvious because it is obvious to them and never states it, so people pull in different directions',
          WarningPattern.ABDICATION,
        ),
      ],
    },
    {
      key: 'delegation',
      name: 'Delegation',
      description:
        'Lets go of control and gets work done through others: hands over real ownership with a clear ' +
        'standard of done, then supports without taking the work back.',
      indicators: [
        positive(
          'delegation-agrees-outcomes',
          'Agrees what done looks like before handing work over, then checks in at agreed points',
        ),
        positive(
          'delegation-hands-over-decisions',
          'Hands over the decisions that come with a piece of work, not just the tasks',
        ),
        positive(
          'delegation-gives-learning-work',
          'Gives work they could do faster themselves to someone who will learn from doing it',
        ),
        positive(
          'delegation-lets-them-struggle',
          'Lets the person work through difficulty on their own, stepping in only at agreed points or on real risk',
        ),
        warning(
          'delegation-takes-work-back',
          'Steps in and does the work themselves as soon as the team struggles',
          WarningPattern.MICROMANAGEMENT,
        ),
        warning(
          'delegation-becomes-bottleneck',
          'Insists every decision or change goes through them, so work queues waiting for them',
          WarningPattern.MICROMANAGEMENT,
        ),
        warning(
          'delegation-hands-off-without-clarity',
          'Hands out assignments with no clarity on the standard expected and walks away, then is frustrated when work comes back wrong or late',
          WarningPattern.ABDICATION,
        ),
      ],
    },
    {
      key: 'coaching',
      name: 'Coaching',
      description:
        'Helps others get better at solving problems themselves: uses one-on-ones to drive performance, ' +
        'coaches underperformance and follows people’s development over time.',
      indicators: [
        positive(
          'coaching-asks-before-telling',
          'Asks questions that help the person work out the answer before offering their own',
        ),
        positive(
          'coaching-runs-purposeful-one-on-ones',
          'Runs one-on-ones that look at performance and agree next steps, not just status updates',
        ),
        positive(
          'coaching-addresses-underperformance',
          'Addresses underperformance early, with specific examples and an agreed plan to improve',
        ),
        positive(
          'coaching-follows-development',
          'Follows a person’s development over weeks and points out what has improved',
        ),
        warning(
          'coaching-solves-for-them',
          'Gives the answer or fixes the problem for the person instead of letting them work it through',
          WarningPattern.MICROMANAGEMENT,
        ),
        warning(
          'coaching-leaves-them-alone',
          'Leaves people to figure it out on their own: skips one-on-ones and offers no direction when asked',
          WarningPattern.ABDICATION,
        ),
        warning(
          'coaching-everything-comes-to-them',
          'People bring every problem to them because they have never been helped to solve it themselves',
          WarningPattern.TEAM_DEPENDENCY,
        ),
      ],
    },
    {
      key: 'decision-making',
      name: 'Decision-making under ambiguity',
      description:
        'Makes sound, timely calls when information is incomplete and expectations unclear, balancing speed ' +
        'and quality, and explains the reasoning.',
      indicators: [
        positive(
          'decision-making-decides-on-partial-information',
          'Makes a timely call when information is incomplete and states the assumptions it rests on',
        ),
        positive(
          'decision-making-explains-trade-offs',
          'Explains the reasoning and trade-offs behind a decision to the people it affects',
        ),
        positive(
          'decision-making-balances-speed-and-quality',
          'Weighs speed against quality openly when a deadline and a standard pull in different directions',
        ),
        positive(
          'decision-making-revisits-decisions',
          'Sets a point to revisit a decision and changes course openly when new facts arrive',
        ),
        warning(
          'decision-making-makes-every-call',
          'Makes every call themselves, even those the team is closer to, so decisions wait on them',
          WarningPattern.MICROMANAGEMENT,
        ),
      ],
    },
    {
      key: 'emotional-awareness',
      name: 'Emotional awareness',
      description:
        'Notices and works with emotional reactions, competing personalities and interpersonal tension — ' +
        'their own and others’ — rather than treating people problems as technical ones.',
      indicators: [
        positive(
          'emotional-awareness-notices-reactions',
          'Notices when someone is frustrated or withdrawn in a meeting and checks in with them afterwards',
        ),
        positive(
          'emotional-awareness-adapts-to-people',
          'Adapts how they approach a conversation to the personalities involved',
        ),
        positive(
          'emotional-awareness-addresses-tension',
          'Addresses tension between people on the team before it affects the work',
        ),
        positive(
          'emotional-awareness-stays-composed',
          'Stays composed under pressure and names their own frustration instead of taking it out on others',
        ),
      ],
    },
    {
      key: 'influence-across-teams',
      name: 'Influence across teams',
      description:
        'Moves people they do not manage directly — peers, other teams, other functions — towards a shared ' +
        'outcome, and finds their way through the politics of the organization.',
      indicators: [
        positive(
          'influence-across-teams-wins-commitment',
          'Gets people in other teams, who do not report to them, to commit to shared work',
        ),
        positive(
          'influence-across-teams-frames-for-them',
          'Frames a request in terms of the other team’s goals and constraints',
        ),
        positive(
          'influence-across-teams-leads-cross-functional-work',
          'Leads a cross-functional project or meeting to an outcome the teams agree on',
        ),
        positive(
          'influence-across-teams-involves-the-right-people',
          'Works out who has a stake in a decision and brings them in early',
        ),
      ],
    },
    {
      key: 'lifting-others-up',
      name: 'Lifting others up',
      description:
        'Helps others succeed rather than preferring to operate independently: moves from being the best ' +
        'player on the field to the coach who builds a team of strong performers.',
      indicators: [
        positive(
          'lifting-others-up-credits-others',
          'Credits others’ contributions specifically and in front of the people who matter to them',
        ),
        positive(
          'lifting-others-up-creates-opportunities',
          'Creates opportunities for others to lead a piece of work or present it',
        ),
        positive('lifting-others-up-mentors', 'Mentors a junior colleague and keeps regular time for them'),
        positive(
          'lifting-others-up-shares-knowledge',
          'Shares knowledge and context so others can do work that only they could do before',
        ),
        warning(
          'lifting-others-up-keeps-the-best-work',
          'Keeps the visible, interesting work for themselves and stays the team’s star player',
          WarningPattern.OVER_INVOLVEMENT,
        ),
        warning(
          'lifting-others-up-only-one-who-knows',
          'Is the only one who knows how key things work, so the team stalls when they are away',
          WarningPattern.TEAM_DEPENDENCY,
        ),
      ],
    },
    {
      key: 'curiosity',
      name: 'Curiosity about how things could be better',
      description:
        'Looks for how things could be better, not just for doing things right, and treats learning — ' +
        'including their own — as normal and open.',
      indicators: [
        positive(
          'curiosity-asks-how-it-could-be-better',
          'Asks how a process or result could be better, not only whether it was done right',
        ),
        positive(
          'curiosity-talks-openly-about-learning',
          'Talks openly with the team about what is hard, what is working and what needs to change',
        ),
        positive(
          'curiosity-seeks-feedback-on-leading',
          'Asks for feedback on their own leadership and acts on it',
        ),
        positive(
          'curiosity-tries-and-checks',
          'Proposes a new approach, tries it, and checks afterwards whether it worked',
        ),
      ],
    },
    {
      key: 'resilience',
      name: 'Resilience and adaptability',
      description:
        'Stays effective when the path is unclear, things change or go wrong, and pressure mounts — without ' +
        'burning out or carrying the team’s work alone.',
      indicators: [
        positive(
          'resilience-steady-when-unclear',
          'Keeps the team moving when the path is unclear by setting the next concrete step',
        ),
        positive(
          'resilience-adapts-the-plan',
          'Adapts the plan when circumstances change instead of holding on to the original one',
        ),
        positive(
          'resilience-recovers-from-setbacks',
          'After a setback, says what went wrong and what will change, without blaming people',
        ),
        positive(
          'resilience-keeps-sustainable-pace',
          'Keeps a sustainable workload, asking for help or renegotiating scope rather than absorbing everything',
        ),
        warning(
          'resilience-absorbs-the-work',
          'Under pressure, takes on the team’s work and works long hours while the team runs below capacity',
          WarningPattern.OVER_INVOLVEMENT,
        ),
      ],
    },
    {
      key: 'trust-across-teams',
      name: 'Building trust across teams',
      description:
        'Earns trust beyond their own silo by being reliable, open and receptive to feedback from other ' +
        'teams and functions, including ones they know little about.',
      indicators: [
        positive(
          'trust-across-teams-keeps-commitments',
          'Delivers what they promised other teams, and warns them early when they cannot',
        ),
        positive(
          'trust-across-teams-shares-openly',
          'Shares information and credit with other teams rather than keeping them inside their own team',
        ),
        positive(
          'trust-across-teams-takes-feedback',
          'Asks for and acts on feedback from people in other functions, including areas unfamiliar to them',
        ),
        positive(
          'trust-across-teams-builds-relationships',
          'Builds working relationships with other teams before they need something from them',
        ),
      ],
    },
    {
      key: 'valuing-managerial-work',
      name: 'Valuing managerial work',
      description:
        'Values and prioritizes managerial work — enabling the team, one-on-ones, feedback, planning — as ' +
        'essential to success rather than a distraction from their own execution.',
      indicators: [
        positive(
          'valuing-managerial-work-protects-time',
          'Keeps time for one-on-ones, planning and feedback, and protects it when delivery pressure rises',
        ),
        positive(
          'valuing-managerial-work-measures-by-team',
          'Describes their success by what the team achieved, not by what they personally produced',
        ),
        positive(
          'valuing-managerial-work-unblocks-first',
          'When time is short, unblocks a teammate before finishing their own task',
        ),
        positive(
          'valuing-managerial-work-takes-on-leadership-tasks',
          'Takes on leadership tasks such as planning, feedback and hiring willingly and does them with care',
        ),
        warning(
          'valuing-managerial-work-leads-by-doing',
          'Keeps the hardest technical work for themselves while leadership tasks slip',
          WarningPattern.OVER_INVOLVEMENT,
        ),
      ],
    },
    {
      key: 'developing-leaders',
      name: 'Selecting and developing leaders',
      description:
        'Spots, selects and grows people for leadership roles on the strength of their leadership behaviour, ' +
        'and holds them to managerial rather than technical standards.',
      indicators: [
        positive(
          'developing-leaders-judges-readiness',
          'Judges someone’s readiness to lead by the leadership behaviour they show, not only by their technical results',
        ),
        positive(
          'developing-leaders-gives-stretch',
          'Gives a promising colleague a stretch opportunity, such as leading a cross-functional project, with support',
        ),
        positive(
          'developing-leaders-tracks-progress',
          'Tracks a developing leader’s progress and gives them regular guidance',
        ),
        positive(
          'developing-leaders-holds-to-managerial-work',
          'Holds the leaders they guide accountable for how they lead, not just for technical output',
        ),
        positive(
          'developing-leaders-addresses-resistance',
          'Raises it directly when someone in a leadership role keeps preferring individual work over leading',
        ),
        warning(
          'developing-leaders-manages-technical-detail',
          'Judges the leaders they guide on the technical detail of their work and steps into it, instead of on how they lead',
          WarningPattern.MICROMANAGEMENT,
        ),
      ],
    },
    {
      key: 'strategic-thinking',
      name: 'Strategic thinking and business judgement',
      description:
        'Looks beyond immediate problems to the big picture: understands needs across the organization, ' +
        'ties their work to the wider strategy and balances immediate needs against long-term goals.',
      indicators: [
        positive(
          'strategic-thinking-considers-other-functions',
          'Considers the needs of other functions when planning their own team’s work',
        ),
        positive(
          'strategic-thinking-links-to-strategy',
          'Links a project’s plans to the wider business strategy and explains the link',
        ),
        positive(
          'strategic-thinking-balances-horizons',
          'Weighs immediate needs against long-term goals openly when proposing a plan',
        ),
        positive(
          'strategic-thinking-allocates-resources',
          'Proposes where people, time and money should go based on priorities across teams',
        ),
        positive(
          'strategic-thinking-reviews-performance',
          'Looks back at past results and current trends to argue for what should change next',
        ),
        warning(
          'strategic-thinking-stays-in-detail',
          'Stays in the detail of immediate delivery and leaves the long-term questions unaddressed',
          WarningPattern.OVER_INVOLVEMENT,
        ),
      ],
    },
  ],
  scale: [
    {
      rating: 1,
      label: 'Not yet',
      description:
        'The behaviour was not seen when the situation called for it, or a warning sign was seen instead; ' +
        'others had to step in or the work suffered.',
    },
    {
      rating: 2,
      label: 'Emerging',
      description:
        'The behaviour was seen now and then or in part, usually with prompting or support; its effect on ' +
        'others was limited or uneven.',
    },
    {
      rating: 3,
      label: 'Demonstrating',
      description:
        'The behaviour was seen consistently in the situations that called for it, without prompting; others ' +
        'worked better because of it.',
    },
    {
      rating: 4,
      label: 'Role model',
      description:
        'The behaviour was seen consistently, even under pressure or ambiguity, and others began to adopt it; ' +
        'the candidate helped others develop it too.',
    },
  ],
};

/** Looks up a capability of a framework by key. */
export function capabilityByKey(
  framework: LeadershipFramework,
  key: string,
): FrameworkCapability | undefined {
  return framework.capabilities.find((capability) => capability.key === key);
}
