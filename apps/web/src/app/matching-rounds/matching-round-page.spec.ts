import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { MatchingRoundPage } from './matching-round-page';

const reason = (factor: string, label: string, value: number) => ({
  __typename: 'FitReason',
  factor,
  label,
  weight: 0.2,
  value,
  contribution: value / 5,
  explanation: `${label} explained`,
});

const proposal = (id: string, name: string, opportunity: string, score: number, status = 'PROPOSED') => ({
  __typename: 'MatchProposal',
  id,
  score,
  status,
  suggestions: [],
  reasons: [reason('DEVELOPMENT', 'Development fit', 0.8), reason('SKILL', 'Skill fit', 0.5)],
  candidate: { __typename: 'Person', id: `c-${id}`, name, title: 'Engineer' },
  opportunity: { __typename: 'Opportunity', id: `o-${opportunity}`, title: opportunity },
  application: null,
});

const round = (status: string, proposals: ReturnType<typeof proposal>[]) => ({
  matchingRound: {
    __typename: 'MatchingRound',
    id: 'r1',
    status,
    progress: status === 'COMPLETED' ? 1 : 0.4,
    phase: status === 'COMPLETED' ? 'DONE' : 'SOLVING',
    opportunityCount: 2,
    candidateCount: 3,
    topK: 50,
    totalScore: status === 'COMPLETED' ? 1.9 : null,
    greedyScore: status === 'COMPLETED' ? 1.8 : null,
    proposalCount: proposals.length,
    eligiblePairs: 6,
    edges: 6,
    firstStretchShare: 0.5,
    scoringMs: 3,
    solvingMs: 1,
    failureReason: null,
    createdAt: '2026-12-02T10:00:00.000Z',
    finishedAt: null,
    startedBy: { __typename: 'Person', id: 'hr-1', name: 'Jordan Okafor' },
    weights: {
      __typename: 'FitWeights',
      DEVELOPMENT: 0.35,
      SKILL: 0.25,
      INTEREST: 0.1,
      NEW_OBSERVER: 0.1,
      FAIR_ACCESS: 0.2,
    },
    proposals,
  },
});

describe('MatchingRoundPage', () => {
  let fixture: ComponentFixture<MatchingRoundPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function open(data: ReturnType<typeof round>): Promise<void> {
    await TestBed.configureTestingModule({
      imports: [MatchingRoundPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(MatchingRoundPage);
    fixture.componentRef.setInput('roundId', 'r1');
    element = fixture.nativeElement;
    await settle(fixture);
    controller.expectOne('MatchingRound').flushData(data);
    await settle(fixture);
  }

  afterEach(() => controller.verify());

  const rows = () => Array.from(element.querySelectorAll<HTMLTableRowElement>('tbody tr'));

  it('shows a running round’s progress as the subscription pushes it, and reads the results when it ends', async () => {
    await open(round('RUNNING', []));
    const live = controller.expectOne('MatchingRoundProgress');
    live.flushData({
      matchingRoundProgress: {
        __typename: 'MatchingRoundProgress',
        id: 'r1',
        status: 'RUNNING',
        progress: 0.6,
        phase: 'SOLVING',
        failureReason: null,
      },
    });
    await settle(fixture);
    expect(element.textContent).toContain('Finding the best set of placements');
    expect(element.textContent).toContain('60% done');
    expect(element.querySelector('button')?.textContent).toContain('Cancel the round');
    live.flushData({
      matchingRoundProgress: {
        __typename: 'MatchingRoundProgress',
        id: 'r1',
        status: 'COMPLETED',
        progress: 1,
        phase: 'DONE',
        failureReason: null,
      },
    });
    await settle(fixture);
    controller
      .expectOne('MatchingRound')
      .flushData(round('COMPLETED', [proposal('p1', 'Alex Rivera', 'Returns redesign', 0.9)]));
    await settle(fixture);
    expect(element.textContent).toContain('Optimal total 1.90 vs greedy 1.80 (+5.6%)');
    expect(rows()).toHaveLength(1);
  });

  it('filters the proposals, and accepts the selected ones in bulk, saying which were refused and why', async () => {
    await open(
      round('COMPLETED', [
        proposal('p1', 'Alex Rivera', 'Returns redesign', 0.9),
        proposal('p2', 'Sam Lee', 'Returns redesign', 0.7),
        proposal('p3', 'Kim Cho', 'Onboarding guild', 0.6, 'ACCEPTED'),
      ]),
    );
    controller.expectOne('MatchingRoundProgress');
    expect(rows()).toHaveLength(3);
    expect(rows()[0].textContent).toContain('90%');
    expect(rows()[0].textContent).toContain('Development fit explained');

    const search = element.querySelector<HTMLInputElement>('.filters input');
    if (!search) throw new Error('no candidate filter');
    search.value = 'sam';
    search.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(rows().map((row) => row.querySelector('th')?.textContent)).toEqual([
      expect.stringContaining('Sam Lee'),
    ]);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await settle(fixture);

    element.querySelector<HTMLInputElement>('.bulk input[type=checkbox]')?.click();
    await settle(fixture);
    const bulk = element.querySelector<HTMLButtonElement>('.bulk button');
    expect(bulk?.textContent).toContain('Accept 2 selected');
    bulk?.click();
    const accept = controller.expectOne('AcceptMatchProposals');
    expect(accept.operation.variables).toEqual({ ids: ['p1', 'p2'] });
    accept.flushData({
      acceptMatchProposals: [
        {
          __typename: 'MatchProposalAcceptance',
          proposalId: 'p1',
          accepted: true,
          reason: null,
          message: null,
          proposal: { ...proposal('p1', 'Alex Rivera', 'Returns redesign', 0.9, 'ACCEPTED') },
        },
        {
          __typename: 'MatchProposalAcceptance',
          proposalId: 'p2',
          accepted: false,
          reason: 'SEATS_FULL',
          message: 'Every seat is taken.',
          proposal: null,
        },
      ],
    });
    await settle(fixture);
    expect(element.querySelector('.outcome')?.textContent).toContain('1 accepted');
    expect(element.querySelector('.outcome')?.textContent).toContain('Sam Lee: Every seat is taken.');
    expect(rows()[0].textContent).toContain('Accepted');
  });
});
