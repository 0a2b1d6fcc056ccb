import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { HomePage } from './home-page';

const HOUR = 3_600_000;

function home(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Home',
    consentRequests: [],
    overdueConsentRequests: 0,
    offers: [],
    applicantsToReview: [],
    placements: [],
    observationRequestsWaiting: 0,
    observationRequests: [],
    overdueConsentRequestsInOrganization: null,
    ...overrides,
  };
}

const opportunity = (id: string, title: string) => ({
  __typename: 'Opportunity',
  id,
  title,
  hoursPerWeek: 4,
  endsOn: '2031-06-30',
  mentee: null,
  sponsor: { __typename: 'Person', id: 'p-sponsor', name: 'Dana Whitfield' },
});

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function open(roles: Role[], data: ReturnType<typeof home>): Promise<void> {
    await TestBed.configureTestingModule({
      imports: [HomePage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    startTestSession({ name: 'Marcus Lee', roles });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(HomePage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    controller.expectOne('Home').flushData({ home: data });
    await settle(fixture);
  }

  afterEach(() => controller.verify());

  const section = (heading: string) =>
    Array.from(element.querySelectorAll<HTMLElement>('section')).find((candidate) =>
      candidate.querySelector('h2')?.textContent?.includes(heading),
    );

  it('shows a manager the consents waiting for them, the overdue ones marked, with a way to answer', async () => {
    await open(
      [],
      home({
        overdueConsentRequests: 1,
        consentRequests: [
          {
            __typename: 'ConsentRequest',
            id: 'c1',
            dueAt: new Date(Date.now() - HOUR).toISOString(),
            escalationLevel: 0,
            application: {
              __typename: 'Application',
              id: 'a1',
              candidate: { __typename: 'Person', id: 'p1', name: 'Alex Rivera' },
              opportunity: opportunity('o1', 'Lead the returns redesign'),
            },
          },
        ],
      }),
    );
    expect(element.querySelector('h1')?.textContent).toContain('Welcome, Marcus');
    expect(element.querySelector('.page-header p')?.textContent).toContain('1 thing waits for you');
    const consents = section('Consents to give');
    expect(consents?.textContent).toContain(
      'Alex Rivera asks for 4 hours a week on “Lead the returns redesign”',
    );
    expect(consents?.textContent).toContain('1 overdue');
    expect(consents?.querySelector('li.urgent')?.textContent).toContain('Overdue since');
    expect(consents?.querySelector('a')?.getAttribute('href')).toBe('/consent-requests');
  });

  it('tells a candidate what accepting an offer needs before they try', async () => {
    await open(
      [Role.CANDIDATE],
      home({
        offers: [
          {
            __typename: 'Application',
            id: 'a2',
            opportunity: opportunity('o2', 'Second project'),
            acceptEligibility: {
              __typename: 'Eligibility',
              eligible: false,
              problems: [
                {
                  __typename: 'EligibilityProblem',
                  reason: 'CAPACITY_PROJECTS',
                  blocking: true,
                  message: 'Accepting would make 2 projects at once, 1 over your limit of 1.',
                },
              ],
            },
          },
        ],
      }),
    );
    const offers = section('Offers to answer');
    expect(offers?.textContent).toContain('Second project from Dana Whitfield');
    expect(offers?.querySelector('.problem')?.textContent).toContain('1 over your limit of 1');
  });

  it('lists applicants to review and placements, upcoming ones marked', async () => {
    await open(
      [Role.SPONSOR],
      home({
        applicantsToReview: [
          {
            __typename: 'OpportunityToReview',
            waiting: 2,
            opportunity: opportunity('o3', 'Supplier review'),
          },
        ],
        placements: [
          {
            __typename: 'Placement',
            id: 'pl1',
            kind: 'STRETCH_PROJECT',
            hoursPerWeek: 2,
            startsOn: '2031-02-03',
            upcoming: true,
            opportunity: opportunity('o4', 'Starts next year'),
          },
        ],
      }),
    );
    const applicants = section('Applicants to review');
    expect(applicants?.textContent).toContain('2 waiting for you');
    expect(applicants?.querySelector('a')?.getAttribute('href')).toBe('/opportunities/o3/applicants');
    expect(section('Your placements')?.querySelector('.chip')?.textContent?.trim()).toBe('Upcoming');
  });

  it('lists the observations asked of the person, each linked to its form, with a way to all of them', async () => {
    await open(
      [Role.SPONSOR],
      home({
        observationRequestsWaiting: 4,
        observationRequests: [
          {
            __typename: 'ObservationRequest',
            id: 'r1',
            question: 'How did Alex lead in “Supplier review”?',
            requestedAt: '2031-01-10T09:00:00.000Z',
            candidate: { __typename: 'Person', id: 'p1', name: 'Alex Rivera' },
          },
        ],
      }),
    );
    expect(element.querySelector('.page-header p')?.textContent).toContain('4 things wait for you');
    const requests = section('Observations asked of you');
    expect(requests?.querySelector('.count')?.textContent).toBe('4');
    const link = requests?.querySelector('li a');
    expect(link?.textContent).toContain('Alex Rivera: “How did Alex lead in “Supplier review”?”');
    expect(link?.getAttribute('href')).toBe('/evidence/requests/r1');
    expect(requests?.querySelector('a[mat-stroked-button]')?.textContent).toContain('See all 4 requests');
  });

  it('says when nothing waits, and offers what the person can start', async () => {
    await open([Role.MENTEE], home());
    expect(element.textContent).toContain('You are all caught up');
    const links = Array.from(element.querySelectorAll('.quick-links a')).map((link) =>
      link.textContent?.trim(),
    );
    expect(links).toContain('Write a mentor request');
    expect(links).not.toContain('Post a new opportunity');
  });
});
