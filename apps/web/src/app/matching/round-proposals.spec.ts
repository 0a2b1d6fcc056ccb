import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { RoundProposals } from './round-proposals';

const proposal = (id: string, name: string) => ({
  __typename: 'MatchProposal',
  id,
  score: 0.81,
  reasons: [
    {
      __typename: 'FitReason',
      factor: 'DEVELOPMENT',
      label: 'Development fit',
      weight: 0.35,
      value: 0.8,
      contribution: 0.28,
      explanation: 'Exercises delegation, which your evidence lacks.',
    },
  ],
  candidate: { __typename: 'Person', id: `p-${id}`, name, title: 'Analyst' },
});

describe('RoundProposals', () => {
  let fixture: ComponentFixture<RoundProposals>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [RoundProposals, ApolloTestingModule],
      providers: [
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RoundProposals);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('opportunityId', 'o1');
  });

  afterEach(() => controller.verify());

  async function load(proposals: ReturnType<typeof proposal>[]): Promise<void> {
    await fixture.whenStable();
    const query = controller.expectOne('RoundProposalsForSponsor');
    // The API answers this opportunity's open proposals only.
    expect(query.operation.variables).toEqual({ opportunityId: 'o1' });
    query.flushData({ myMatchProposals: proposals });
    await settle(fixture);
  }

  it('shows the opportunity’s open proposals, with their reasons', async () => {
    await load([proposal('m1', 'Sam Lee'), proposal('m2', 'Kim Park')]);
    const items = Array.from(element.querySelectorAll('li.proposal'));
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Sam Lee', 'Kim Park']);
    expect(items[0].querySelector('small')?.textContent).toContain('81% fit');
    expect(items[0].querySelector('bridge-fit-reasons ul')?.getAttribute('aria-label')).toBe('Why Sam Lee');
  });

  it('shows nothing when no round proposed anyone for the opportunity', async () => {
    await load([]);
    expect(element.querySelector('section')).toBeNull();
  });

  it('accepts a proposal and says the manager is asked next', async () => {
    await load([proposal('m1', 'Sam Lee')]);
    element.querySelector<HTMLButtonElement>('li.proposal button')?.click();
    const mutation = controller.expectOne('AcceptRoundProposal');
    expect(mutation.operation.variables).toEqual({ id: 'm1' });
    mutation.flushData({
      acceptMatchProposal: {
        __typename: 'MatchProposal',
        id: 'm1',
        status: 'ACCEPTED',
        application: { __typename: 'Application', id: 'a1', status: 'AWAITING_CONSENT' },
      },
    });
    await settle(fixture);
    // The list is read again: the accepted proposal leaves it, and the outcome stays in view.
    controller.expectOne('RoundProposalsForSponsor').flushData({ myMatchProposals: [] });
    await settle(fixture);
    expect(element.querySelector('li.proposal')).toBeNull();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('manager is asked to agree');
  });

  it('says the offer is the candidate’s at once when they have no manager to ask', async () => {
    await load([proposal('m1', 'Sam Lee')]);
    element.querySelector<HTMLButtonElement>('li.proposal button')?.click();
    controller.expectOne('AcceptRoundProposal').flushData({
      acceptMatchProposal: {
        __typename: 'MatchProposal',
        id: 'm1',
        status: 'ACCEPTED',
        application: { __typename: 'Application', id: 'a1', status: 'OFFERED' },
      },
    });
    await settle(fixture);
    controller.expectOne('RoundProposalsForSponsor').flushData({ myMatchProposals: [] });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'the offer is with Sam Lee to answer',
    );
  });

  it('accepts every proposal shown at once, naming any refused with the reason', async () => {
    await load([proposal('m1', 'Sam Lee'), proposal('m2', 'Kim Park')]);
    const all = Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((button) =>
      button.textContent?.includes('Accept all'),
    );
    expect(all?.textContent?.trim()).toBe('Accept all 2');
    all?.click();
    const mutation = controller.expectOne('AcceptMatchProposals');
    expect(mutation.operation.variables).toEqual({ ids: ['m1', 'm2'] });
    mutation.flushData({
      acceptMatchProposals: [
        {
          __typename: 'MatchProposalAcceptance',
          proposalId: 'm1',
          accepted: true,
          reason: null,
          message: null,
          proposal: null,
        },
        {
          __typename: 'MatchProposalAcceptance',
          proposalId: 'm2',
          accepted: false,
          reason: 'SEATS_FULL',
          message: 'Every seat of “Lead it” is taken.',
          proposal: null,
        },
      ],
    });
    await settle(fixture);
    controller
      .expectOne('RoundProposalsForSponsor')
      .flushData({ myMatchProposals: [proposal('m2', 'Kim Park')] });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('1 accepted');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Kim Park: Every seat of “Lead it” is taken.',
    );
  });

  it('offers no bulk accept for a single proposal', async () => {
    await load([proposal('m1', 'Sam Lee')]);
    expect(element.textContent).not.toContain('Accept all');
  });

  it('says why an acceptance was refused, keeping the proposal', async () => {
    await load([proposal('m1', 'Sam Lee')]);
    element.querySelector<HTMLButtonElement>('li.proposal button')?.click();
    controller.expectOne('AcceptRoundProposal').graphqlErrors([
      {
        message:
          'Sam Lee has reached their limit of concurrent projects since the round; propose someone else.',
        extensions: { code: 'CONFLICT', reason: 'PROPOSAL_STALE' },
      },
    ]);
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('limit of concurrent projects');
    expect(element.querySelector<HTMLButtonElement>('li.proposal button')?.disabled).toBe(false);
  });
});
