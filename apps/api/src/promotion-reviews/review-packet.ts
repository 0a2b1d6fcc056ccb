import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  DEFAULT_LEADERSHIP_FRAMEWORK,
  ObservationVisibility,
  packetSections,
  PROMOTION_DECISION_LABELS,
  WARNING_PATTERN_LABELS,
} from '@bridge/domain';
import type { PromotionReviewEntity } from './promotion-review.entity';

export interface PacketPeople {
  openedBy: string;
  decidedBy: string | null;
}

const ratingLabel = (rating: number): string =>
  DEFAULT_LEADERSHIP_FRAMEWORK.scale.find((anchor) => anchor.rating === rating)?.label ?? String(rating);

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** "E1–E4, E7": the citations of a statement, in the numbering of the evidence list. */
export function citationList(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `E${sorted[i]}–E${sorted[j]}` : `E${sorted[i]}`);
    i = j;
  }
  return runs.join(', ');
}

/** A document definition that crosses to the rendering thread: plain data, its footer as text. */
export type PacketDefinition = Omit<TDocumentDefinitions, 'footer'> & { footerText: string };

/**
 * The review as a PDF: the decision, every statement of the snapshot with the observations it rests on
 * (cited as E-numbers), and the evidence list with each observer, date and Situation–Behaviour–Impact.
 */
export function packetDefinition(review: PromotionReviewEntity, people: PacketPeople): PacketDefinition {
  const { snapshot } = review;
  const number = new Map(snapshot.evidence.map((evidence, index) => [evidence.id, index + 1]));
  const cite = (ids: string[]): string => {
    const numbers = ids.flatMap((id) => number.get(id) ?? []);
    return numbers.length ? `  [${citationList(numbers)}]` : '';
  };
  const decision: Content[] = review.decision
    ? [
        { text: 'Decision', style: 'h2' },
        {
          text: `${PROMOTION_DECISION_LABELS[review.decision]}, decided by ${people.decidedBy ?? 'HR'} on ${review.decidedAt ? day(review.decidedAt) : ''}.`,
        },
        { text: 'Rationale', style: 'h3' },
        { text: review.rationale ?? '' },
        ...(review.developmentPlan
          ? [{ text: 'Development plan', style: 'h3' }, { text: review.developmentPlan }]
          : []),
      ]
    : [{ text: 'Not yet decided.', style: 'h2' }];
  const sections: Content[] = packetSections(snapshot).flatMap((section): Content[] => [
    { text: section.heading, style: 'h3' },
    {
      ul: section.statements.map((statement) => ({
        text: [statement.text, { text: cite(statement.citations), style: 'citation' }],
      })),
    },
  ]);
  const evidence: Content[] = snapshot.evidence.flatMap((item, index): Content[] => [
    {
      text: [
        { text: `E${index + 1}  `, bold: true },
        { text: `${item.capabilityName} · ${item.rating} ${ratingLabel(item.rating)}`, bold: true },
        ` · ${item.observerName} · observed ${item.observedOn}`,
        item.visibility === ObservationVisibility.HR_ONLY ? ' · for HR only' : '',
      ],
      margin: [0, 8, 0, 2],
    },
    {
      text:
        item.indicatorText +
        (item.warningPattern
          ? `  (warning sign: ${WARNING_PATTERN_LABELS[item.warningPattern].toLowerCase()})`
          : ''),
      italics: true,
    },
    {
      table: {
        widths: [70, '*'],
        body: [
          ['Situation', item.situation],
          ['Behaviour', item.behaviour],
          ['Impact', item.impact],
        ],
      },
      layout: 'noBorders',
      fontSize: 9,
    },
  ]);
  return {
    info: { title: `Promotion review: ${snapshot.candidateName}, ${snapshot.transitionName}` },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      citation: { color: '#555555', fontSize: 9 },
      muted: { color: '#555555' },
    },
    footerText: `${snapshot.candidateName} · ${snapshot.transitionName}`,
    content: [
      { text: 'Promotion review packet', style: 'h1' },
      { text: `${snapshot.candidateName} · ${snapshot.transitionName}`, fontSize: 13 },
      {
        text: `Opened by ${people.openedBy} on ${day(review.openedAt)}; evidence and readiness as of ${snapshot.takenOn}. Statements cite the observations they rest on as E-numbers, listed under Evidence.`,
        style: 'muted',
        margin: [0, 4, 0, 0],
      },
      ...decision,
      { text: 'What the evidence says', style: 'h2' },
      ...sections,
      {
        text: `Evidence (${snapshot.evidence.length} observations, newest first)`,
        style: 'h2',
        pageBreak: 'before',
      },
      ...(evidence.length ? evidence : [{ text: 'No observations.' }]),
    ],
  };
}
