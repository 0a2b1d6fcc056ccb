import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { RoundSetup } from './round-setup';

describe('RoundSetup', () => {
  let fixture: ComponentFixture<RoundSetup>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const started: string[] = [];

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [RoundSetup, ApolloTestingModule],
      providers: [{ provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RoundSetup);
    fixture.componentInstance.started.subscribe((id) => started.push(id));
    element = fixture.nativeElement;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(fixture);
    controller.expectOne('RoundChoices').flushData({
      opportunities: { __typename: 'OpportunityConnection', totalCount: 0, edges: [] },
      people: { __typename: 'PersonConnection', totalCount: 0, edges: [] },
    });
    // The organization's own weights, where a round starts.
    controller.expectOne('OrganizationMatchingWeights').flushData({
      me: {
        __typename: 'Person',
        id: 'hr',
        organization: {
          __typename: 'Organization',
          id: 'org',
          matchingWeights: {
            __typename: 'FitWeights',
            DEVELOPMENT: 0.5,
            SKILL: 0.2,
            INTEREST: 0.1,
            NEW_OBSERVER: 0.1,
            FAIR_ACCESS: 0.1,
          },
        },
      },
    });
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const weightInput = (label: string) =>
    element.querySelector<HTMLInputElement>(
      `input.weight-value[aria-label="${label} weight"]`,
    ) as HTMLInputElement;
  const submit = () => element.querySelector<HTMLButtonElement>('button[type=submit]') as HTMLButtonElement;

  async function setWeight(label: string, value: number): Promise<void> {
    weightInput(label).value = String(value);
    weightInput(label).dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  it('says what is wrong with the weights, as the engine would, and will not start', async () => {
    await setWeight('Skill fit', -1);
    expect(element.textContent).toMatch(/Skill fit/);
    expect(element.querySelectorAll('.field-error').length).toBeGreaterThan(0);
    expect(submit().disabled).toBe(true);
  });

  it("starts a round over everyone with the organization's weights and hands over its id", async () => {
    submit().click();
    const run = controller.expectOne('RunMatchingRound');
    expect(run.operation.variables['input']).toMatchObject({
      opportunityIds: null,
      candidateIds: null,
      topK: 50,
      weights: { DEVELOPMENT: 0.5, SKILL: 0.2, INTEREST: 0.1, NEW_OBSERVER: 0.1, FAIR_ACCESS: 0.1 },
    });
    run.flushData({
      runMatchingRound: {
        __typename: 'MatchingRound',
        id: 'r9',
        status: 'QUEUED',
        progress: 0,
        phase: 'QUEUED',
        opportunityCount: 1,
        candidateCount: 1,
        topK: 50,
        totalScore: null,
        greedyScore: null,
        proposalCount: null,
        eligiblePairs: null,
        edges: null,
        firstStretchShare: null,
        scoringMs: null,
        solvingMs: null,
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
      },
    });
    await settle(fixture);
    expect(started).toContain('r9');
  });

  it('shows the API’s refusal when a round is already running', async () => {
    submit().click();
    controller.expectOne('RunMatchingRound').graphqlErrors([
      new GraphQLError('A matching round is already queued or running.', {
        extensions: { code: 'CONFLICT', reason: 'ROUND_RUNNING' },
      }),
    ]);
    await settle(fixture);
    expect(element.querySelector('[role=alert]')?.textContent).toContain('already queued or running');
  });
});
