import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { MyOpportunitiesPage, SPONSORED_PAGE_SIZE } from './my-opportunities-page';

type Status = 'DRAFT' | 'OPEN' | 'CLOSED';

const opportunity = (id: string, title: string, status: Status, extra: Record<string, unknown> = {}) => ({
  __typename: 'Opportunity',
  id,
  title,
  kind: 'STRETCH_PROJECT',
  status,
  seats: 3,
  seatsFilled: 1,
  hoursPerWeek: 4,
  startsOn: '2030-03-02',
  endsOn: '2030-06-30',
  applicantCount: 5,
  publishedAt: status === 'DRAFT' ? null : '2030-01-10T09:00:00.000Z',
  hostUnit: { __typename: 'OrgUnit', id: 'u1', name: 'Platform' },
  mentee: null,
  ...extra,
});

const page = (
  opportunities: ReturnType<typeof opportunity>[],
  totalCount = opportunities.length,
  endCursor: string | null = null,
) => ({
  opportunities: {
    __typename: 'OpportunityConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    edges: opportunities.map((node, index) => ({
      __typename: 'OpportunityModelEdge',
      cursor: `c${index}`,
      node,
    })),
  },
});

describe('MyOpportunitiesPage', () => {
  let fixture: ComponentFixture<MyOpportunitiesPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [MyOpportunitiesPage, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    }).compileComponents();
    fixture = TestBed.createComponent(MyOpportunitiesPage);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  const rows = () => Array.from(element.querySelectorAll<HTMLElement>('li.opportunity'));
  const buttonIn = (row: HTMLElement, selector: string) => row.querySelector<HTMLButtonElement>(selector);

  it('shows a loading bar, then each opportunity with its status, seats, hours, dates, applicants and host', async () => {
    await settle(fixture);
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();

    const list = controller.expectOne('SponsoredOpportunities');
    expect(list.operation.variables).toEqual({ first: SPONSORED_PAGE_SIZE });
    list.flushData(page([opportunity('o1', 'Lead the billing migration', 'OPEN')]));
    await settle(fixture);

    expect(element.querySelector('mat-progress-bar')).toBeNull();
    const [row] = rows();
    expect(row.querySelector('.status-chip')?.textContent?.trim()).toBe('Open');
    expect(row.querySelector('h2')?.textContent).toContain('Lead the billing migration');
    expect(row.textContent).toContain('Lead a project');
    expect(row.querySelector('.seats')?.textContent).toContain('1/3 filled');
    expect(row.textContent).toContain('4 h/week');
    expect(row.textContent).toContain('Mar 2, 2030 – Jun 30, 2030');
    expect(row.querySelector('.applicants')?.textContent?.trim()).toBe('5');
    expect(row.textContent).toContain('Platform');
    expect(row.querySelector('.applicants-link')?.getAttribute('href')).toBe('/opportunities/o1/applicants');
  });

  it('offers publish for a draft, close for an open one, and no edit once closed', async () => {
    controller
      .expectOne('SponsoredOpportunities')
      .flushData(
        page([
          opportunity('d1', 'Draft', 'DRAFT'),
          opportunity('o1', 'Open', 'OPEN'),
          opportunity('c1', 'Closed', 'CLOSED'),
        ]),
      );
    await settle(fixture);

    const [draft, open, closed] = rows();
    expect(buttonIn(draft, '.publish')).not.toBeNull();
    expect(buttonIn(draft, '.close')).toBeNull();
    expect(draft.querySelector('.edit')?.getAttribute('href')).toBe('/opportunities/d1/edit');
    expect(buttonIn(open, '.publish')).toBeNull();
    expect(buttonIn(open, '.close')).not.toBeNull();
    expect(closed.querySelector('.edit')).toBeNull();
    expect(buttonIn(closed, '.close')).toBeNull();
  });

  it('publishes a draft and shows it open', async () => {
    controller.expectOne('SponsoredOpportunities').flushData(page([opportunity('d1', 'Draft', 'DRAFT')]));
    await settle(fixture);

    buttonIn(rows()[0], '.publish')?.click();
    await settle(fixture);
    const publish = controller.expectOne('PublishOpportunity');
    expect(publish.operation.variables).toEqual({ id: 'd1' });
    publish.flushData({
      publishOpportunity: {
        __typename: 'Opportunity',
        id: 'd1',
        status: 'OPEN',
        publishedAt: '2030-01-11T09:00:00.000Z',
      },
    });
    await settle(fixture);

    expect(rows()[0].querySelector('.status-chip')?.textContent?.trim()).toBe('Open');
  });

  it('asks before closing, saying open applications will be rejected, then closes', async () => {
    controller
      .expectOne('SponsoredOpportunities')
      .flushData(page([opportunity('o1', 'Mentor a new lead', 'OPEN')]));
    await settle(fixture);

    buttonIn(rows()[0], '.close')?.click();
    await settle(fixture);
    const dialog = document.querySelector<HTMLElement>('bridge-close-opportunity-dialog');
    expect(dialog?.textContent).toContain('Open applications will be rejected');
    controller.expectNone('CloseOpportunity');

    dialog?.querySelector<HTMLButtonElement>('button.confirm')?.click();
    await settle(fixture);
    const close = controller.expectOne('CloseOpportunity');
    expect(close.operation.variables).toEqual({ id: 'o1' });
    close.flushData({
      closeOpportunity: {
        __typename: 'Opportunity',
        id: 'o1',
        status: 'CLOSED',
        closedAt: '2030-01-12T09:00:00.000Z',
        applicantCount: 1,
      },
    });
    await settle(fixture);

    expect(rows()[0].querySelector('.status-chip')?.textContent?.trim()).toBe('Closed');
  });

  it('deletes a draft only after asking, and drops it from the list', async () => {
    controller
      .expectOne('SponsoredOpportunities')
      .flushData(page([opportunity('d1', 'Half an idea', 'DRAFT'), opportunity('o1', 'Out there', 'OPEN')]));
    await settle(fixture);
    expect(buttonIn(rows()[1], '.delete')).toBeNull();

    buttonIn(rows()[0], '.delete')?.click();
    await settle(fixture);
    const dialog = () => document.querySelector<HTMLElement>('bridge-confirm-dialog');
    expect(dialog()?.textContent).toContain('“Half an idea” was never published');
    dialog()?.querySelector<HTMLButtonElement>('button.cancel')?.click();
    await settle(fixture);
    controller.expectNone('DeleteOpportunity');

    buttonIn(rows()[0], '.delete')?.click();
    await settle(fixture);
    dialog()?.querySelector<HTMLButtonElement>('button.confirm')?.click();
    await settle(fixture);
    const deletion = controller.expectOne('DeleteOpportunity');
    expect(deletion.operation.variables).toEqual({ id: 'd1' });
    deletion.flushData({ deleteOpportunity: 'd1' });
    await settle(fixture);

    expect(rows().map((row) => row.querySelector('h2')?.textContent?.trim())).toEqual(['Out there']);
  });

  it('loads the next page after the ones shown', async () => {
    controller
      .expectOne('SponsoredOpportunities')
      .flushData(page([opportunity('o1', 'First', 'OPEN')], 2, 'cursor-1'));
    await settle(fixture);
    expect(element.querySelector('.more')?.textContent).toContain('Showing 1 of 2');

    element.querySelector<HTMLButtonElement>('.more button')?.click();
    await settle(fixture);
    const next = controller.expectOne((operation) => operation.variables['after'] === 'cursor-1');
    expect(next.operation.variables).toEqual({ first: SPONSORED_PAGE_SIZE, after: 'cursor-1' });
    next.flushData(page([opportunity('o2', 'Second', 'DRAFT')], 2));
    await settle(fixture);

    expect(rows().map((row) => row.querySelector('h2')?.textContent?.trim())).toEqual(['First', 'Second']);
    expect(element.querySelector('.more')).toBeNull();
  });

  it('invites a sponsor with no opportunities to post one', async () => {
    controller.expectOne('SponsoredOpportunities').flushData(page([]));
    await settle(fixture);

    const empty = element.querySelector('.empty');
    expect(empty?.textContent).toContain('You have not posted an opportunity yet');
    expect(empty?.querySelector('a')?.getAttribute('href')).toBe('/opportunities/new');
  });
});
