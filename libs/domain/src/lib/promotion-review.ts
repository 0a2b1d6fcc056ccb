import { EVIDENCE_FLAG_DESCRIPTIONS, READINESS_RULES, Readiness } from './readiness';
import { IndicatorKind, WARNING_PATTERN_LABELS, WarningPattern } from './leadership-framework';
import type { ObservationVisibility } from './evidence';

/**
 * A promotion review: HR opens it on a candidate and a transition, which freezes the evidence and the
 * readiness as they stood (the snapshot, stored and never recomputed); HR then decides once. The
 * packet says every statement with the observations it rests on, so a reader can check each claim.
 */

export enum PromotionDecision {
  READY = 'READY',
  READY_WITH_SUPPORT = 'READY_WITH_SUPPORT',
  NOT_YET = 'NOT_YET',
}

export const PROMOTION_DECISION_LABELS: Readonly<Record<PromotionDecision, string>> = {
  [PromotionDecision.READY]: 'Ready',
  [PromotionDecision.READY_WITH_SUPPORT]: 'Ready with support',
  [PromotionDecision.NOT_YET]: 'Not yet',
};

export enum PromotionReviewStatus {
  OPEN = 'OPEN',
  DECIDED = 'DECIDED',
}

export const PROMOTION_REVIEW_LIMITS = {
  maxTextLength: 4_000,
} as const;

/** One observation as the review froze it: the observer's name and the indicator's words of that day. */
export interface ReviewEvidence {
  id: string;
  observerId: string;
  observerName: string;
  capabilityKey: string;
  capabilityName: string;
  indicatorText: string;
  indicatorKind: IndicatorKind;
  warningPattern: WarningPattern | null;
  rating: number;
  situation: string;
  behaviour: string;
  impact: string;
  observedOn: string;
  visibility: ObservationVisibility;
}

/** What the review rests on, frozen when it opened. */
export interface ReviewSnapshot {
  takenOn: string;
  candidateName: string;
  transitionName: string;
  readiness: Readiness;
  /** Every observation HR could read when the review opened, newest first. */
  evidence: ReviewEvidence[];
}

export interface DecisionDraft {
  decision: PromotionDecision;
  rationale: string;
  developmentPlan: string;
}

export interface DecisionProblem {
  field: 'rationale' | 'developmentPlan';
  message: string;
}

/** A decision short of READY must say how the candidate gets there: the candidate reads the plan. */
export const developmentPlanRequired = (decision: PromotionDecision): boolean =>
  decision !== PromotionDecision.READY;

/**
 * A decision must say why; a decision short of READY must also say how the candidate gets there
 * (the candidate reads the plan). Texts are trimmed before they are judged.
 */
export function decisionProblems(draft: DecisionDraft): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const max = PROMOTION_REVIEW_LIMITS.maxTextLength;
  const rationale = draft.rationale.trim();
  const plan = draft.developmentPlan.trim();
  if (rationale.length === 0)
    problems.push({ field: 'rationale', message: 'Say why: the rationale is what a later reader checks.' });
  else if (rationale.length > max)
    problems.push({ field: 'rationale', message: `Keep the rationale under ${max} characters.` });
  if (plan.length === 0 && developmentPlanRequired(draft.decision))
    problems.push({
      field: 'developmentPlan',
      message: 'A decision short of Ready needs a development plan: what the candidate should do next.',
    });
  else if (plan.length > max)
    problems.push({
      field: 'developmentPlan',
      message: `Keep the development plan under ${max} characters.`,
    });
  return problems;
}

/** A statement of the packet and the observations it rests on (ids in the snapshot's evidence). */
export interface PacketStatement {
  text: string;
  citations: string[];
}

export interface PacketSection {
  heading: string;
  statements: PacketStatement[];
}

const rating = (value: number | null): string => (value === null ? 'no rating' : value.toFixed(1));

/**
 * The packet's statements, from the snapshot alone, so the packet says what the reviewers saw and
 * nothing computed later. Every statement about evidence cites the observations behind it.
 */
export function packetSections(snapshot: ReviewSnapshot): PacketSection[] {
  const { readiness } = snapshot;
  const overall: PacketSection = {
    heading: 'Readiness',
    statements: [
      {
        text: `Band ${readiness.band.replace(/_/g, ' ').toLowerCase()}: ${readiness.rule}`,
        citations: readiness.capabilities.flatMap((capability) => capability.observationIds),
      },
    ],
  };
  const capabilities: PacketSection[] = readiness.capabilities.map((capability) => {
    const statements: PacketStatement[] = [];
    if (capability.observationCount === 0) {
      statements.push({ text: 'No observation of this capability.', citations: [] });
    } else {
      statements.push({
        text:
          `${capability.observationCount} observation(s) by ${capability.distinctObservers} observer(s), ` +
          `${capability.observersOutsideTeam} from outside the candidate's team; last observed ${capability.lastObservedOn}. ` +
          `Recency-weighted mean ${rating(capability.meanRating)} (half-life ${READINESS_RULES.halfLifeDays} days), ` +
          `rater-adjusted ${rating(capability.adjustedMeanRating)}, on the 1–4 scale.`,
        citations: capability.observationIds,
      });
    }
    for (const sign of capability.warningSigns)
      statements.push({
        text: `Warning sign seen ${sign.count} time(s): ${WARNING_PATTERN_LABELS[sign.pattern].toLowerCase()}.`,
        citations: sign.observationIds,
      });
    for (const flag of capability.flags)
      statements.push({
        text: `Evidence flag ${flag}: ${EVIDENCE_FLAG_DESCRIPTIONS[flag]}`,
        citations: capability.observationIds,
      });
    return { heading: capability.name, statements };
  });
  return [overall, ...capabilities];
}
