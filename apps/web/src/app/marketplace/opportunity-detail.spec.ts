import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { APPLICATION_LIMITS, Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { OpportunityDetail } from './opportunity-detail';

const OPPORTUNITY = {
  __typename: 'Opportunity',
  id: 'o1',
  title: 'Lead the supplier onboarding redesign',
  kind: 'STRETCH_PROJECT',
  status: 'OPEN',
  hoursPerWeek: 4,
  startsOn: '2026-06-01',
  endsOn: null,
  seats: 1,
  seatsFilled: 0,
  capabilityKeys: ['delegation'],
  skills: ['Process improvement'],
  crossFunctional: true,
  savedByMe: false,
  hostUnit: { __typename: 'OrgUnit', id: 'u-ops', name: 'Operations' },
  myApplication: null,
  description: 'Cut supplier onboarding from six weeks to two.\nRun the weekly review.',
  applicantCount: 3,
  publishedAt: '2026-05-01T09:00:00.000Z',
  sponsor: { __typename: 'Person', id: 'p-sponsor', name: 'Dana Whitfield', title: 'Head of Operations' },
  mentee: null,
  myEligibility: { __typename: 'Eligibility', eligible: true, problems: [] },
};

const eligibility = (...problems: { reason: string; blocking: boolean; message: string }[]) => ({
  __typename: 'Eligibility',
  eligible: !problems.some((problem) => problem.blocking),
  problems: problems.map((problem) => ({
    __typename: 'EligibilityProblem',
    limit: null,
    inUse: null,
    needed: null,
    ...problem,
  })),
});

describe('OpportunityDetail', () => {
  let fixture: ComponentFixture<OpportunityDetail>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [OpportunityDetail, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  async function open(roles: Role[], opportunity: object = OPPORTUNITY): Promise<void> {
    startTestSession({
      id: 'p-candidate',
      name: 'Casey',
      email: 'c@acme.test',
      title: null,
      roles,
    });
    fixture = TestBed.createComponent(OpportunityDetail);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', 'o1');
    await fixture.whenStable();
    controller.expectOne('MarketplaceFramework').flushData({
      leadershipFramework: {
        __typename: 'LeadershipFramework',
        capabilities: [{ __typename: 'Capability', key: 'delegation', name: 'Delegation' }],
        transitions: [],
      },
    });
    const query = controller.expectOne('MarketplaceOpportunity');
    expect(query.operation.variables).toEqual({ id: 'o1' });
    query.flushData({ opportunity });
    await settle(fixture);
  }

  const motivation = () => element.querySelector<HTMLTextAreaElement>('textarea');
  const applyButton = () => element.querySelector<HTMLButtonElement>('button.submit');

  async function write(text: string): Promise<void> {
    const field = motivation();
    if (!field) throw new Error('no motivation field');
    field.value = text;
    field.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  it('shows the whole opportunity', async () => {
    await open([Role.CANDIDATE]);

    const text = element.textContent ?? '';
    expect(element.querySelector('h1')?.textContent).toContain('Lead the supplier onboarding redesign');
    expect(text).toContain('Lead a project');
    expect(text).toContain('Cross-functional');
    expect(text).toContain('Dana Whitfield');
    expect(text).toContain('Operations');
    expect(text).toContain('4 hours a week');
    expect(text).toContain('From Jun 1, 2026');
    expect(text).toContain('1 of 1 seat left');
    expect(text).toContain('Delegation');
    expect(text).toContain('Process improvement');
    expect(element.querySelector('.description')?.textContent).toContain('Run the weekly review.');
  });

  it('treats a malformed link like one to an opportunity that is gone', async () => {
    startTestSession({
      id: 'p1',
      name: 'Casey',
      email: 'c@acme.test',
      title: null,
      roles: [],
    });
    fixture = TestBed.createComponent(OpportunityDetail);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', 'not-an-id');
    await fixture.whenStable();
    controller.expectOne('MarketplaceFramework').flushData({
      leadershipFramework: { __typename: 'LeadershipFramework', capabilities: [], transitions: [] },
    });
    controller
      .expectOne('MarketplaceOpportunity')
      .graphqlErrors([
        { message: 'id is not a valid id', extensions: { code: 'BAD_USER_INPUT', field: 'id' } },
      ]);
    await settle(fixture);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'This opportunity is not in the marketplace',
    );
    expect(element.textContent).not.toContain('id is not a valid id');
  });

  it('will not send a motivation longer than 4,000 characters', async () => {
    await open([Role.CANDIDATE]);

    await write('x'.repeat(APPLICATION_LIMITS.maxMotivationLength));
    expect(element.querySelector('mat-hint')?.textContent).toContain('4,000 / 4,000');
    expect(element.querySelector('mat-hint.over')).toBeNull();

    await write('x'.repeat(APPLICATION_LIMITS.maxMotivationLength + 1));
    expect(element.querySelector('mat-hint.over')?.textContent).toContain('4,001 / 4,000');
    applyButton()?.click();
    await settle(fixture);

    controller.expectNone('ApplyToOpportunity');
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Keep it to 4,000 characters; this is 4,001.',
    );
  });

  it('applies with the motivation and says the manager is asked', async () => {
    await open([Role.CANDIDATE]);

    await write('  I ran our team offsite and want to lead across functions.  ');
    applyButton()?.click();
    await settle(fixture);

    const apply = controller.expectOne('ApplyToOpportunity');
    expect(apply.operation.variables).toEqual({
      opportunityId: 'o1',
      motivation: 'I ran our team offsite and want to lead across functions.',
    });
    apply.flushData({
      applyToOpportunity: {
        __typename: 'Application',
        id: 'a1',
        status: 'AWAITING_CONSENT',
        opportunity: {
          __typename: 'Opportunity',
          id: 'o1',
          applicantCount: 4,
          myApplication: { __typename: 'Application', id: 'a1', status: 'AWAITING_CONSENT' },
        },
      },
    });
    await settle(fixture);

    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Your manager has been asked to consent',
    );
    expect(motivation()).toBeNull();
  });

  it("shows the API's refusal of a cross-functional opportunity in the candidate's own function", async () => {
    await open([Role.CANDIDATE]);
    await write('I know this process well.');
    applyButton()?.click();
    await settle(fixture);

    const message =
      'This cross-functional opportunity is for people outside Operations; your profile cannot change that.';
    controller
      .expectOne('ApplyToOpportunity')
      .graphqlErrors([{ message, extensions: { code: 'FORBIDDEN', reason: 'OWN_FUNCTION' } }]);
    await settle(fixture);

    const alert = element.querySelector('.refusal[role="alert"]');
    expect(alert?.textContent).toContain(message);
    expect(alert?.querySelector('a')).toBeNull();
    expect(applyButton()?.disabled).toBe(false);
  });

  it('links a conflict about the profile to the profile page', async () => {
    await open([Role.CANDIDATE]);
    await write('Keen to lead.');
    applyButton()?.click();
    await settle(fixture);

    // The API names the rule; the client decides on it, not on the words.
    const message = 'Accepting would make 2 projects at once, 1 over your limit of 1.';
    controller
      .expectOne('ApplyToOpportunity')
      .graphqlErrors([{ message, extensions: { code: 'CONFLICT', reason: 'CAPACITY_PROJECTS' } }]);
    await settle(fixture);

    const alert = element.querySelector('.refusal[role="alert"]');
    expect(alert?.textContent).toContain(message);
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe(
      '/marketplace/profile?returnTo=%2Fmarketplace%2Fo1',
    );
  });

  it('shows a problem with the motivation next to the field', async () => {
    await open([Role.CANDIDATE]);
    await write('Keen to lead.');
    applyButton()?.click();
    await settle(fixture);

    controller.expectOne('ApplyToOpportunity').graphqlErrors([
      {
        message: 'motivation must be shorter than or equal to 4000 characters',
        extensions: { code: 'BAD_USER_INPUT', field: 'motivation' },
      },
    ]);
    await settle(fixture);

    expect(element.querySelector('mat-form-field mat-error')?.textContent).toContain(
      'motivation must be shorter than or equal to 4000 characters',
    );
    expect(element.querySelector('.refusal')).toBeNull();
  });

  it('asks a candidate without a profile to create one first', async () => {
    await open([Role.CANDIDATE], {
      ...OPPORTUNITY,
      myEligibility: eligibility({
        reason: 'PROFILE_REQUIRED',
        blocking: true,
        message: 'Set up your candidate profile (target transition and hours available) before applying.',
      }),
    });

    expect(motivation()).toBeNull();
    const prompt = element.querySelector('.profile-prompt');
    expect(prompt?.textContent).toContain('Create your candidate profile first');
    expect(prompt?.querySelector('a')?.getAttribute('href')).toBe(
      '/marketplace/profile?returnTo=%2Fmarketplace%2Fo1',
    );
  });

  it('shows where an existing application stands instead of the form', async () => {
    await open([Role.CANDIDATE], {
      ...OPPORTUNITY,
      myApplication: { __typename: 'Application', id: 'a1', status: 'SHORTLISTED' },
    });

    expect(motivation()).toBeNull();
    expect(element.querySelector('bridge-apply-panel')?.textContent).toContain('You applied: Shortlisted');
  });

  it('tells someone without the candidate role how to get it, without asking for a profile', async () => {
    await open([Role.SPONSOR], { ...OPPORTUNITY, myEligibility: null });

    expect(motivation()).toBeNull();
    expect(element.querySelector('bridge-apply-panel')?.textContent).toContain(
      'open to people with the candidate role',
    );
  });

  it('does not invite applying to a full opportunity, and offers a way on', async () => {
    await open([Role.CANDIDATE], {
      ...OPPORTUNITY,
      seatsFilled: 1,
      myEligibility: eligibility({
        reason: 'SEATS_FULL',
        blocking: true,
        message: 'All 1 seat of “Lead the supplier onboarding redesign” are taken.',
      }),
    });

    expect(motivation()).toBeNull();
    expect(element.querySelector('.full-badge')?.textContent).toContain('Full');
    const panel = element.querySelector('bridge-apply-panel');
    expect(panel?.querySelector('li.blocking')?.textContent).toContain('are taken');
    expect(panel?.querySelector('a.elsewhere')?.getAttribute('href')).toBe('/marketplace');
    expect(panel?.querySelector('a.profile-link')).toBeNull();
  });

  it('warns before applying what would stop accepting an offer, and links to the profile', async () => {
    await open([Role.CANDIDATE], {
      ...OPPORTUNITY,
      myEligibility: eligibility({
        reason: 'CAPACITY_PROJECTS',
        blocking: false,
        message:
          'You can apply now, but you could not accept an offer yet. Accepting would make 2 projects at once.',
      }),
    });

    expect(motivation()).not.toBeNull();
    const warning = element.querySelector('bridge-eligibility-notes li:not(.blocking)');
    expect(warning?.textContent).toContain('you could not accept an offer yet');
    expect(element.querySelector('a.profile-link')?.getAttribute('href')).toBe(
      '/marketplace/profile?returnTo=%2Fmarketplace%2Fo1',
    );
  });
});
