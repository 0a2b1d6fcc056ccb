import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import type { ChartConfiguration } from 'chart.js';
import { GraphQLError } from 'graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { ReadinessPage } from './readiness-page';

const drawn: ChartConfiguration[] = [];

// jsdom has no canvas: Chart.js is replaced where the chart component imports it on demand.
jest.mock('chart.js', () => {
  class Chart {
    static register(): void {
      // Nothing to register in a fake.
    }
    data: unknown;
    options: unknown;
    constructor(_canvas: HTMLCanvasElement, config: ChartConfiguration) {
      drawn.push(config);
      this.data = config.data;
      this.options = config.options;
    }
    update(): void {
      drawn.push({ type: 'radar', data: this.data, options: this.options } as ChartConfiguration);
    }
    destroy(): void {
      // Nothing to release in a fake.
    }
  }
  return { Chart };
});

const CANDIDATE = 'cand-1';
const TEAM = 'unit-platform';

const capability = (key: string, name: string, changes: Record<string, unknown> = {}) => ({
  __typename: 'CapabilityReadiness',
  key,
  name,
  observationCount: 0,
  distinctObservers: 0,
  observersOutsideTeam: 0,
  meanRating: null,
  adjustedMeanRating: null,
  lastObservedOn: null,
  flags: ['THIN'],
  covered: false,
  observationIds: [],
  warningSigns: [],
  ...changes,
});

const readinessData = {
  person: {
    __typename: 'Person',
    id: CANDIDATE,
    name: 'Alex Rivera',
    title: 'Engineer',
    unit: { __typename: 'OrgUnit', id: TEAM },
  },
  readiness: {
    __typename: 'Readiness',
    candidateId: CANDIDATE,
    transition: 'T1',
    band: 'NOT_YET',
    rule: 'Not yet: Coaching has a rater-adjusted mean below 2 (emerging).',
    flags: ['THIN', 'WARNING_SIGNS'],
    coveredCapabilities: 2,
    capabilities: [
      capability('delegation', 'Delegation', {
        observationCount: 3,
        distinctObservers: 2,
        observersOutsideTeam: 1,
        meanRating: 3.42,
        adjustedMeanRating: 3.18,
        lastObservedOn: '2026-10-01',
        flags: ['DOMINATED', 'WARNING_SIGNS'],
        covered: true,
        observationIds: ['o1', 'o2', 'o3'],
        warningSigns: [
          { __typename: 'WarningSignCount', pattern: 'MICROMANAGEMENT', count: 1, observationIds: ['o2'] },
        ],
      }),
      capability('coaching', 'Coaching', {
        observationCount: 1,
        distinctObservers: 1,
        meanRating: 1.5,
        adjustedMeanRating: 1.7,
        lastObservedOn: '2026-09-10',
        flags: ['THIN', 'SINGLE_OBSERVER'],
        observationIds: ['o4'],
      }),
      capability('alignment', 'Alignment'),
    ],
  },
  leadershipFramework: {
    __typename: 'LeadershipFramework',
    transitions: [
      {
        __typename: 'Transition',
        key: 'T1',
        name: 'Managing others',
        from: 'Managing self',
        to: 'Managing others',
      },
      {
        __typename: 'Transition',
        key: 'T2',
        name: 'Managing managers',
        from: 'Managing others',
        to: 'Managing managers',
      },
    ],
    scale: [1, 2, 3, 4].map((rating) => ({
      __typename: 'RatingAnchor',
      rating,
      label: ['Not yet', 'Emerging', 'Demonstrating', 'Role model'][rating - 1],
    })),
  },
};

const observer = (id: string, name: string, unitId: string) => ({
  __typename: 'Person',
  id,
  name,
  unit: { __typename: 'OrgUnit', id: unitId },
});
const observation = (
  id: string,
  key: string,
  rating: number,
  observedOn: string,
  by: ReturnType<typeof observer>,
  warningPattern: string | null = null,
) => ({
  __typename: 'Observation',
  id,
  rating,
  situation: `Situation ${id}`,
  behaviour: `Behaviour ${id}`,
  impact: `Impact ${id}`,
  observedOn,
  visibility: id === 'o3' ? 'HR_ONLY' : 'SHARED',
  capability: { __typename: 'ObservedCapability', key },
  indicator: {
    __typename: 'ObservedIndicator',
    text: warningPattern ? 'Takes the work back' : 'Agrees what done looks like',
    kind: warningPattern ? 'WARNING_SIGN' : 'POSITIVE',
    warningPattern,
  },
  observer: by,
});
const marcus = observer('m1', 'Marcus Lee', TEAM);
const jordan = observer('h1', 'Jordan Okafor', 'unit-talent');
const evidenceData = {
  observations: {
    __typename: 'ObservationConnection',
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [
      observation('o1', 'delegation', 4, '2026-10-01', marcus),
      observation('o2', 'delegation', 2, '2026-09-01', marcus, 'MICROMANAGEMENT'),
      observation('o3', 'delegation', 4, '2026-08-01', jordan),
      observation('o4', 'coaching', 1, '2026-09-10', marcus),
      observation('o5', 'strategy', 3, '2026-07-01', jordan),
    ].map((node) => ({ __typename: 'ObservationModelEdge', node })),
  },
};

describe('ReadinessPage', () => {
  let fixture: ComponentFixture<ReadinessPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    drawn.length = 0;
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [ReadinessPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    startTestSession({ id: 'h1', name: 'Jordan Okafor', email: 'hr@acme.test', roles: [Role.HR] });
    fixture = TestBed.createComponent(ReadinessPage);
    fixture.componentRef.setInput('personId', CANDIDATE);
    element = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  async function load(): Promise<void> {
    const query = controller.expectOne('CandidateReadiness');
    expect(query.operation.variables).toEqual({ candidateId: CANDIDATE, transition: null });
    query.flushData(readinessData);
    controller.expectOne('ReadinessEvidence').flushData(evidenceData);
    await settle(fixture);
    await settle(fixture);
  }

  const card = (key: string) => element.querySelector<HTMLElement>(`#capability-${key}`);
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const figure = (key: string, label: string) =>
    Array.from(card(key)?.querySelectorAll<HTMLElement>('.figures > div') ?? [])
      .find((cell) => text(cell.querySelector('dt')) === label)
      ?.querySelector<HTMLButtonElement>('button');
  const shownObservations = (key: string) =>
    Array.from(card(key)?.querySelectorAll('.drill-down .evidence > li') ?? []).map((item) =>
      text(item.querySelector('.sbi span')),
    );

  it('shows the band big with its rule, and each capability’s figures, flags and warning signs', async () => {
    await load();
    expect(text(element.querySelector('h1'))).toBe('Readiness of Alex Rivera');
    expect(text(element.querySelector('.band-label'))).toBe('Not yet');
    expect(text(element.querySelector('.rule'))).toContain('Coaching has a rater-adjusted mean below 2');
    expect(text(element.querySelector('.covered'))).toBe('2 of 3 capabilities covered');

    const delegation = card('delegation');
    expect(text(figure('delegation', 'Observations'))).toBe('3');
    expect(text(figure('delegation', 'Observers'))).toBe('2');
    expect(text(figure('delegation', 'Outside team'))).toBe('1');
    expect(figure('delegation', 'Mean · adjusted')?.getAttribute('aria-label')).toBe(
      'Mean 3.4, rater-adjusted 3.2',
    );
    expect(text(figure('delegation', 'Last observed'))).toBe('1 Oct 2026');
    expect(Array.from(delegation?.querySelectorAll('.flag') ?? []).map(text)).toEqual([
      'One observer dominates One observer gave more than half of the evidence.',
      'Warning signs A warning sign was observed in the last 6 months.',
    ]);
    expect(text(delegation?.querySelector('.warning') ?? null)).toBe('Micromanagement × 1');
    expect(figure('alignment', 'Observations')?.disabled).toBe(true);
    expect(text(card('alignment')?.querySelector('.figures .none') ?? null)).toBe('Never');
  });

  it('hands Chart.js a radar of the raw and adjusted means, and a timeline of the transition’s evidence', async () => {
    await load();
    const radar = drawn.find((config) => config.type === 'radar');
    expect(radar?.data.labels).toEqual(['Delegation', 'Coaching', 'Alignment']);
    expect(radar?.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Mean rating', [3.42, 1.5, null]],
      ['Rater-adjusted mean', [3.18, 1.7, null]],
    ]);
    expect(radar?.options?.scales?.['r']).toMatchObject({ min: 0, max: 4 });

    const timeline = drawn.find((config) => config.type === 'scatter') as
      | ChartConfiguration<'scatter', { observation: { id: string; rating: number; observedOn: string } }[]>
      | undefined;
    const series = timeline?.data.datasets.map((dataset) => ({
      label: dataset.label,
      points: dataset.data.map((point) => [
        point.observation.id,
        point.observation.rating,
        point.observation.observedOn,
      ]),
      styles: dataset.pointStyle,
    }));
    // Only the capabilities the transition needs: the strategy observation is not on it.
    expect(series).toEqual([
      {
        label: 'Delegation',
        points: [
          ['o1', 4, '2026-10-01'],
          ['o2', 2, '2026-09-01'],
          ['o3', 4, '2026-08-01'],
        ],
        styles: ['circle', 'triangle', 'circle'],
      },
      { label: 'Coaching', points: [['o4', 1, '2026-09-10']], styles: ['circle'] },
    ]);

    const canvases = Array.from(element.querySelectorAll('canvas'));
    expect(canvases.map((canvas) => canvas.getAttribute('role'))).toEqual(['img', 'img']);
    expect(canvases[0].getAttribute('aria-label')).toContain('Delegation: mean 3.4, rater-adjusted 3.2');
    expect(canvases[0].getAttribute('aria-label')).toContain('Alignment: no evidence yet');
    expect(canvases[1].getAttribute('aria-label')).toContain('Timeline of 4 observations');
  });

  it('opens every figure onto the observations behind it', async () => {
    await load();
    figure('delegation', 'Observations')?.click();
    await settle(fixture);
    expect(shownObservations('delegation')).toEqual([
      'Situation Situation o1',
      'Situation Situation o2',
      'Situation Situation o3',
    ]);
    expect(text(card('delegation')?.querySelector('.hr-only') ?? null)).toBe('HR only');
    expect(figure('delegation', 'Observations')?.getAttribute('aria-expanded')).toBe('true');

    figure('delegation', 'Outside team')?.click();
    await settle(fixture);
    expect(shownObservations('delegation')).toEqual(['Situation Situation o3']);

    figure('delegation', 'Observers')?.click();
    await settle(fixture);
    expect(Array.from(card('delegation')?.querySelectorAll('.drill-down h4') ?? []).map(text)).toEqual([
      'Marcus Lee · 2',
      'Jordan Okafor · 1',
    ]);

    card('delegation')?.querySelector<HTMLButtonElement>('.warning')?.click();
    await settle(fixture);
    expect(shownObservations('delegation')).toEqual(['Situation Situation o2']);

    figure('coaching', 'Last observed')?.click();
    await settle(fixture);
    expect(card('delegation')?.querySelector('.drill-down')).toBeNull();
    expect(shownObservations('coaching')).toEqual(['Situation Situation o4']);

    figure('coaching', 'Last observed')?.click();
    await settle(fixture);
    expect(card('coaching')?.querySelector('.drill-down')).toBeNull();
  });

  it('says so when the reader may not see this readiness', async () => {
    controller.expectOne('CandidateReadiness').graphqlErrors([
      new GraphQLError("Only HR, the candidate and their manager see the candidate's readiness.", {
        extensions: { code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' },
      }),
    ]);
    controller.expectOne('ReadinessEvidence').flushData(evidenceData);
    await settle(fixture);
    expect(text(element.querySelector('.state-message strong'))).toBe('You cannot see this readiness');
    expect(text(element.querySelector('.state-message p'))).toContain(
      'Only HR, the candidate and their manager',
    );
    expect(drawn).toEqual([]);
  });
});
