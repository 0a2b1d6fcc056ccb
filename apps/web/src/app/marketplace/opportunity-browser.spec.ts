import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { RecommendedOpportunitiesStub } from '../../testing/matching-stubs';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { RecommendedOpportunities } from '../matching/recommended-opportunities';
import { SUGGESTION_COUNT, SUGGESTION_DEBOUNCE_MS } from '../opportunities/skill-suggestions';
import { MARKETPLACE_PAGE_SIZE, OpportunityBrowser } from './opportunity-browser';

function opportunity(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Opportunity',
    id,
    title: `Opportunity ${id}`,
    kind: 'STRETCH_PROJECT',
    status: 'OPEN',
    hoursPerWeek: 4,
    startsOn: '2026-06-01',
    endsOn: '2026-09-30',
    seats: 2,
    seatsFilled: 1,
    capabilityKeys: ['delegation'],
    skills: ['Facilitation'],
    crossFunctional: false,
    savedByMe: false,
    sponsor: { __typename: 'Person', id: 'p-sponsor', name: 'Dana Whitfield' },
    hostUnit: { __typename: 'OrgUnit', id: 'u-ops', name: 'Operations' },
    myApplication: null,
    ...overrides,
  };
}

const page = (opportunities: ReturnType<typeof opportunity>[], totalCount: number, hasNextPage = false) => ({
  opportunities: {
    __typename: 'OpportunityConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
    edges: opportunities.map((node, index) => ({
      __typename: 'OpportunityModelEdge',
      cursor: `c${index}`,
      node,
    })),
  },
});

const NO_FILTER = {
  status: 'OPEN',
  search: null,
  kind: null,
  capabilityKey: null,
  skill: null,
  unitId: null,
  maxHoursPerWeek: null,
};

describe('OpportunityBrowser', () => {
  let fixture: ComponentFixture<OpportunityBrowser>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [OpportunityBrowser, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    })
      .overrideComponent(OpportunityBrowser, {
        remove: { imports: [RecommendedOpportunities] },
        add: { imports: [RecommendedOpportunitiesStub] },
      })
      .compileComponents();
    startTestSession({
      id: 'p-candidate',
      name: 'Casey Candidate',
      email: 'candidate@acme.test',
      title: 'Analyst',
      roles: [Role.CANDIDATE],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(OpportunityBrowser);
    element = fixture.nativeElement;
  });

  afterEach(() => controller.verify());

  async function open(inputs: Record<string, unknown> = {}): Promise<void> {
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    controller.expectOne('MarketplaceFramework').flushData({
      leadershipFramework: {
        __typename: 'LeadershipFramework',
        capabilities: [
          { __typename: 'Capability', key: 'delegation', name: 'Delegation' },
          { __typename: 'Capability', key: 'alignment', name: 'Alignment' },
        ],
        transitions: [],
      },
    });
    controller.expectOne('MarketplaceFunctions').flushData({
      orgUnits: [
        { __typename: 'OrgUnit', id: 'u-ops', name: 'Operations', kind: 'FUNCTION' },
        { __typename: 'OrgUnit', id: 'u-team', name: 'Warehouse', kind: 'TEAM' },
      ],
    });
  }

  it('shows a candidate what fits them above the browser, not on the Saved tab', async () => {
    await open();
    controller.expectOne('MarketplaceOpportunities').flushData(page([], 0, false));
    await settle(fixture);
    expect(element.querySelector('bridge-recommended-opportunities')).not.toBeNull();
    fixture.componentRef.setInput('savedOnly', true);
    await settle(fixture);
    controller.expectOne('MarketplaceOpportunities').flushData(page([], 0, false));
    await settle(fixture);
    expect(element.querySelector('bridge-recommended-opportunities')).toBeNull();
  });

  it('asks for open opportunities and shows each as a card', async () => {
    await open();
    const operation = controller.expectOne('MarketplaceOpportunities');
    expect(operation.operation.variables).toEqual({ filter: NO_FILTER, first: MARKETPLACE_PAGE_SIZE });
    operation.flushData(
      page(
        [
          opportunity('o1', {
            title: 'Lead the supplier onboarding redesign',
            crossFunctional: true,
            savedByMe: true,
            capabilityKeys: ['delegation', 'alignment'],
            skills: ['Process improvement'],
            myApplication: { __typename: 'Application', id: 'a1', status: 'AWAITING_CONSENT' },
          }),
          opportunity('o2', { kind: 'MENTORSHIP', seats: 1, seatsFilled: 1, hostUnit: null }),
        ],
        14,
        true,
      ),
    );
    await settle(fixture);

    expect(element.querySelector('.count')?.textContent).toContain('14 open opportunities');
    const cards = Array.from(element.querySelectorAll('bridge-opportunity-card'));
    expect(cards).toHaveLength(2);
    const first = cards[0].textContent ?? '';
    expect(first).toContain('Lead a project');
    expect(first).toContain('Cross-functional');
    expect(first).toContain('Lead the supplier onboarding redesign');
    expect(first).toContain('Dana Whitfield');
    expect(first).toContain('Operations');
    expect(first).toContain('4 h/week');
    expect(first).toMatch(/Jun 1\s–\sSep 30, 2026/);
    expect(first).toContain('1 of 2 seats left');
    expect(first).toContain('Delegation');
    expect(first).toContain('Alignment');
    expect(first).toContain('Process improvement');
    expect(first).toContain('You applied: Waiting for manager consent');
    expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/marketplace/o1');
    expect(cards[0].querySelector('button[aria-pressed="true"]')).not.toBeNull();
    const second = cards[1].textContent ?? '';
    expect(second).toContain('Mentor someone');
    expect(second).toContain('No seats left');
    expect(second).not.toContain('Cross-functional');
    expect(second).not.toContain('You applied');
    expect(element.textContent).toContain('Load more');
  });

  it('sends every filter from the URL as the API expects it', async () => {
    await open({
      q: ' supplier ',
      kind: 'MENTORSHIP',
      capability: 'delegation',
      skill: 'SQL',
      unit: 'u-ops',
      hours: '6',
    });

    const operation = controller.expectOne('MarketplaceOpportunities');
    expect(operation.operation.variables).toEqual({
      filter: {
        status: 'OPEN',
        search: 'supplier',
        kind: 'MENTORSHIP',
        capabilityKey: 'delegation',
        skill: 'SQL',
        unitId: 'u-ops',
        maxHoursPerWeek: 6,
      },
      first: MARKETPLACE_PAGE_SIZE,
    });
    operation.flushData(page([], 0));
    await settle(fixture);

    expect(element.querySelector('.empty')?.textContent).toContain('No open opportunities match “supplier”');
  });

  it('ignores a kind or hours in the URL that the API would refuse', async () => {
    await open({ kind: 'PARTY', hours: '99' });

    expect(controller.expectOne('MarketplaceOpportunities').operation.variables['filter']).toEqual(NO_FILTER);
  });

  it('puts the search in the URL once typing pauses', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open();
    controller.expectOne('MarketplaceOpportunities').flushData(page([], 0));
    await settle(fixture);
    jest.useFakeTimers();
    try {
      const search = element.querySelector<HTMLInputElement>('input[type="search"]');
      if (!search) throw new Error('no search box');
      for (const text of ['men', 'mentor']) {
        search.value = text;
        search.dispatchEvent(new Event('input'));
      }
      jest.advanceTimersByTime(299);
      expect(navigate).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);

      expect(navigate).toHaveBeenCalledTimes(1);
      expect(navigate).toHaveBeenCalledWith(
        [],
        expect.objectContaining({
          queryParams: { q: 'mentor' },
          queryParamsHandling: 'merge',
          replaceUrl: true,
        }),
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('suggests skills in use as one is typed, and filters by the one picked', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open();
    controller.expectOne('MarketplaceOpportunities').flushData(page([], 0));
    await settle(fixture);

    const skill = element.querySelector<HTMLInputElement>('input[placeholder="e.g. Facilitation"]');
    if (!skill) throw new Error('no skill box');
    skill.focus();
    skill.value = 'fac';
    skill.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SUGGESTION_DEBOUNCE_MS + 10));
    const suggestions = controller.expectOne('SkillSuggestions');
    expect(suggestions.operation.variables).toEqual({ search: 'fac', first: SUGGESTION_COUNT });
    suggestions.flushData({ skillSuggestions: ['Facilitation', 'Face-to-face sales'] });
    await settle(fixture);

    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'Facilitation',
      'Face-to-face sales',
    ]);
    options[0].click();
    await settle(fixture);
    expect(skill.value).toBe('Facilitation');

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(navigate).toHaveBeenLastCalledWith(
      [],
      expect.objectContaining({ queryParams: { skill: 'Facilitation' }, queryParamsHandling: 'merge' }),
    );
  });

  it('lists only saved opportunities on the Saved tab, without filters', async () => {
    await open({ savedOnly: true });

    const operation = controller.expectOne('MarketplaceOpportunities');
    expect(operation.operation.variables).toEqual({
      filter: { savedByMe: true },
      first: MARKETPLACE_PAGE_SIZE,
    });
    operation.flushData(page([], 0));
    await settle(fixture);

    expect(element.querySelector('h1')?.textContent).toContain('Saved opportunities');
    expect(element.querySelector('.filters')).toBeNull();
    expect(element.querySelector('.empty')?.textContent).toContain('Nothing saved yet');
  });

  it('saves an opportunity from its card', async () => {
    await open();
    controller.expectOne('MarketplaceOpportunities').flushData(page([opportunity('o1')], 1));
    await settle(fixture);

    element.querySelector<HTMLButtonElement>('bridge-save-toggle button')?.click();
    await settle(fixture);

    const save = controller.expectOne('SaveOpportunity');
    expect(save.operation.variables).toEqual({ id: 'o1' });
    expect(element.querySelector('bridge-save-toggle button')?.getAttribute('aria-pressed')).toBe('true');
    save.flushData({ saveOpportunity: { __typename: 'Opportunity', id: 'o1', savedByMe: true } });
    await settle(fixture);
    expect(element.querySelector('bridge-save-toggle button')?.getAttribute('aria-pressed')).toBe('true');
  });
});
