import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { CandidatesWhoFitStub, RoundProposalsStub } from '../../testing/matching-stubs';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { CandidatesWhoFit } from '../matching/candidates-who-fit';
import { RoundProposals } from '../matching/round-proposals';
import { OpportunityApplicantsPage } from './opportunity-applicants-page';

const person = (id: string, name: string) => ({
  __typename: 'Person',
  id,
  name,
  title: 'Engineer',
  unit: { __typename: 'OrgUnit', id: 'u1', name: 'Payments' },
});

const application = (id: string, name: string, status: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Application',
  id,
  status,
  statusReason: null,
  motivation: `${name} wants to lead.`,
  createdAt: '2030-01-05T09:00:00.000Z',
  candidate: person(`p-${id}`, name),
  candidateProfile: {
    __typename: 'CandidateProfile',
    targetTransition: 'T1',
    skills: ['Kotlin'],
    capabilityKeys: ['delegation'],
    hoursPerWeek: 6,
    committedHours: 0,
    freeHours: 6,
    maxProjects: 1,
    activeProjects: 0,
    maxMentees: 2,
    activeMentees: 0,
  },
  acceptEligibility: { __typename: 'Eligibility', eligible: true, problems: [] },
  consentRequests: [],
  ...extra,
});

const consent = (status: string, approver: string, reason: string | null = null) => ({
  __typename: 'ConsentRequest',
  id: `cr-${status}`,
  status,
  dueAt: '2030-01-12T09:00:00.000Z',
  decidedAt: status === 'PENDING' ? null : '2030-01-06T09:00:00.000Z',
  reason,
  escalationLevel: 0,
  approver: { __typename: 'Person', id: `m-${approver}`, name: approver },
});

const placement = (id: string, name: string) => ({
  __typename: 'Placement',
  id,
  status: 'ACTIVE',
  hoursPerWeek: 4,
  startsOn: '2030-01-08',
  upcoming: false,
  startedAt: '2030-01-08T09:00:00.000Z',
  endedAt: null,
  endReason: null,
  candidate: { __typename: 'Person', id: `p-${id}`, name },
});

const applicantsPage = (
  applications: ReturnType<typeof application>[],
  placements: ReturnType<typeof placement>[] = [],
  mentee: { __typename: string; id: string } | null = null,
) => ({
  opportunity: {
    __typename: 'Opportunity',
    id: 'o1',
    title: 'Lead the billing migration',
    description: 'Move billing to the new platform without a missed invoice.',
    kind: 'STRETCH_PROJECT',
    status: 'OPEN',
    seats: 3,
    seatsFilled: placements.length,
    hoursPerWeek: 4,
    skills: ['Billing'],
    mentee,
    placements,
  },
  applications,
  leadershipFramework: {
    __typename: 'LeadershipFramework',
    capabilities: [{ __typename: 'Capability', key: 'delegation', name: 'Delegation' }],
    transitions: [{ __typename: 'Transition', key: 'T1', name: 'Managing others' }],
  },
});

describe('OpportunityApplicantsPage', () => {
  let fixture: ComponentFixture<OpportunityApplicantsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [OpportunityApplicantsPage, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    })
      .overrideComponent(OpportunityApplicantsPage, {
        remove: { imports: [CandidatesWhoFit, RoundProposals] },
        add: { imports: [CandidatesWhoFitStub, RoundProposalsStub] },
      })
      .compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(OpportunityApplicantsPage);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', 'o1');
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
  });

  async function load(page: ReturnType<typeof applicantsPage>): Promise<void> {
    const query = controller.expectOne('OpportunityApplicants');
    expect(query.operation.variables).toEqual({ id: 'o1' });
    query.flushData(page);
    await settle(fixture);
  }

  const card = (name: string) => {
    const found = Array.from(element.querySelectorAll<HTMLElement>('bridge-applicant-card')).find(
      (candidate) => candidate.querySelector('.name')?.textContent?.includes(name),
    );
    if (!found) throw new Error(`no applicant ${name}`);
    return found;
  };
  const actionsOf = (name: string) =>
    Array.from(card(name).querySelectorAll('.actions button')).map((button) => button.textContent?.trim());

  const confirmation = () => document.querySelector<HTMLElement>('bridge-confirm-dialog');
  async function answerConfirmation(button: 'confirm' | 'cancel'): Promise<void> {
    confirmation()?.querySelector<HTMLButtonElement>(`button.${button}`)?.click();
    await settle(fixture);
  }

  async function rejectWith(reason: string): Promise<void> {
    const dialog = document.querySelector<HTMLElement>('bridge-reason-dialog');
    if (!dialog) throw new Error('no reason dialog');
    const textarea = dialog.querySelector<HTMLTextAreaElement>('textarea');
    if (!textarea) throw new Error('no reason field');
    textarea.value = reason;
    textarea.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button.confirm')?.click();
    await settle(fixture);
  }

  it('shows who fits an open opportunity with a seat left, as mentors for a mentee’s request', async () => {
    await load(applicantsPage([]));
    const panel = fixture.debugElement.query(By.directive(CandidatesWhoFitStub));
    expect(panel.componentInstance.opportunityId()).toBe('o1');
    expect(panel.componentInstance.mentorRequest()).toBe(false);
    const proposals = fixture.debugElement.query(By.directive(RoundProposalsStub));
    expect(proposals.componentInstance.opportunityId()).toBe('o1');
  });

  it('offers each applicant only the actions their status allows', async () => {
    await load(
      applicantsPage([
        application('a1', 'Sam Submitted', 'SUBMITTED'),
        application('a2', 'Sasha Shortlisted', 'SHORTLISTED'),
        application('a3', 'Ola Offered', 'OFFERED'),
        application('a4', 'Ari Awaiting', 'AWAITING_CONSENT', {
          consentRequests: [consent('PENDING', 'Will Costa')],
        }),
        application('a5', 'Rae Rejected', 'REJECTED', { statusReason: 'Not this time.' }),
        application('a6', 'Dee Declined', 'DECLINED', {
          statusReason: 'Quarter-end close.',
          consentRequests: [consent('DECLINED', 'Will Costa', 'Quarter-end close.')],
        }),
      ]),
    );

    expect(actionsOf('Sam Submitted')).toEqual(['Offer a seat', 'Shortlist', 'Reject…']);
    expect(actionsOf('Sasha Shortlisted')).toEqual(['Offer a seat', 'Reject…']);
    expect(actionsOf('Ola Offered')).toEqual(['Reject…']);
    expect(actionsOf('Ari Awaiting')).toEqual(['Reject…']);
    expect(actionsOf('Rae Rejected')).toEqual([]);
    expect(card('Ari Awaiting').querySelector('.status-chip')?.textContent?.trim()).toBe(
      'Waiting for manager consent',
    );
    expect(card('Ari Awaiting').querySelector('.consents')?.textContent).toContain('Waiting for Will Costa');
    expect(card('Rae Rejected').closest('section')?.querySelector('h2')?.textContent).toContain(
      'No longer in play',
    );
    expect(card('Rae Rejected').querySelector('.status-reason')?.textContent).toContain('Not this time.');
    expect(card('Rae Rejected').querySelector('.motivation')).toBeNull();
    expect(card('Dee Declined').querySelector('.status-reason')).toBeNull();
    expect(card('Dee Declined').querySelector('.consents')?.textContent).toContain(
      'Declined by Will Costa — “Quarter-end close.”',
    );
    expect(card('Sam Submitted').textContent).toContain('Managing others');
    expect(card('Sam Submitted').textContent).toContain('Delegation');
  });

  it('shortlists an applicant and shows the new status', async () => {
    await load(applicantsPage([application('a1', 'Sam Submitted', 'SUBMITTED')]));

    card('Sam Submitted').querySelector<HTMLButtonElement>('button.shortlist')?.click();
    await settle(fixture);
    const shortlist = controller.expectOne('ShortlistApplication');
    expect(shortlist.operation.variables).toEqual({ id: 'a1' });
    shortlist.flushData({
      shortlistApplication: { __typename: 'Application', id: 'a1', status: 'SHORTLISTED' },
    });
    await settle(fixture);

    expect(card('Sam Submitted').querySelector('.status-chip')?.textContent?.trim()).toBe('Shortlisted');
    expect(actionsOf('Sam Submitted')).toEqual(['Offer a seat', 'Reject…']);
  });

  it('asks for a reason before rejecting and sends it with rejectApplication', async () => {
    await load(applicantsPage([application('a1', 'Sam Submitted', 'SUBMITTED')]));

    card('Sam Submitted').querySelector<HTMLButtonElement>('button.reject')?.click();
    await settle(fixture);
    await rejectWith('   ');
    expect(document.querySelector('bridge-reason-dialog mat-error')?.textContent).toContain('required');
    controller.expectNone('RejectApplication');

    await rejectWith('We chose someone with payments experience.');
    const reject = controller.expectOne('RejectApplication');
    expect(reject.operation.variables).toEqual({
      id: 'a1',
      reason: 'We chose someone with payments experience.',
    });
    reject.flushData({
      rejectApplication: {
        __typename: 'Application',
        id: 'a1',
        status: 'REJECTED',
        statusReason: 'We chose someone with payments experience.',
        opportunity: { __typename: 'Opportunity', id: 'o1', applicantCount: 0 },
      },
    });
    await settle(fixture);

    expect(card('Sam Submitted').closest('section')?.querySelector('h2')?.textContent).toContain(
      'No longer in play',
    );
    expect(card('Sam Submitted').textContent).toContain('We chose someone with payments experience.');
  });

  it('asks before offering a seat, and offers nothing when the sponsor thinks again', async () => {
    await load(applicantsPage([application('a1', 'Sam Submitted', 'SUBMITTED')]));

    card('Sam Submitted').querySelector<HTMLButtonElement>('button.offer')?.click();
    await settle(fixture);

    expect(confirmation()?.querySelector('h2')?.textContent).toContain('Offer Sam Submitted a seat?');
    expect(confirmation()?.textContent).toContain(
      'Sam Submitted is told of the offer on “Lead the billing migration”. Once they accept, the placement starts and takes a seat.',
    );
    await answerConfirmation('cancel');

    controller.expectNone('OfferPlacement');
    expect(confirmation()).toBeNull();
  });

  it("shows an applicant's project limit and, before the offer, what would stop them accepting", async () => {
    const limit = 'Accepting would make 2 projects at once for Sam Submitted, 1 over their limit of 1.';
    const busy = application('a1', 'Sam Submitted', 'SUBMITTED', {
      candidateProfile: {
        __typename: 'CandidateProfile',
        targetTransition: 'T1',
        skills: [],
        capabilityKeys: [],
        hoursPerWeek: 6,
        committedHours: 2,
        freeHours: 4,
        maxProjects: 1,
        activeProjects: 1,
        maxMentees: 2,
        activeMentees: 0,
      },
      acceptEligibility: {
        __typename: 'Eligibility',
        eligible: false,
        problems: [
          {
            __typename: 'EligibilityProblem',
            reason: 'CAPACITY_PROJECTS',
            blocking: true,
            message: limit,
            limit: 1,
            inUse: 1,
            needed: 1,
          },
        ],
      },
    });
    await load(applicantsPage([busy]));

    expect(card('Sam Submitted').querySelector('dd.limit')?.textContent).toContain('1 of 1 at once');
    expect(card('Sam Submitted').querySelector('dd.limit')?.textContent).toContain('at their limit');
    expect(card('Sam Submitted').querySelector('bridge-eligibility-notes')?.textContent).toContain(limit);
    // The sponsor cannot change the candidate's profile: no link offered.
    expect(card('Sam Submitted').querySelector('a.profile-link')).toBeNull();

    card('Sam Submitted').querySelector<HTMLButtonElement>('button.offer')?.click();
    await settle(fixture);
    expect(confirmation()?.textContent).toContain(`Note: ${limit}`);
    await answerConfirmation('cancel');
    controller.expectNone('OfferPlacement');
  });

  it('shows a CONFLICT on the applicant it concerns and reads the page again', async () => {
    await load(applicantsPage([application('a1', 'Sam Submitted', 'SUBMITTED')]));

    card('Sam Submitted').querySelector<HTMLButtonElement>('button.offer')?.click();
    await settle(fixture);
    await answerConfirmation('confirm');
    controller.expectOne('OfferPlacement').graphqlErrors([
      {
        message: 'All 3 seats of “Lead the billing migration” are filled.',
        extensions: { code: 'CONFLICT' },
      },
    ]);
    await settle(fixture);

    expect(card('Sam Submitted').querySelector('[role="alert"]')?.textContent).toContain('All 3 seats');
    controller
      .expectOne('OpportunityApplicants')
      .flushData(applicantsPage([application('a1', 'Sam Submitted', 'SUBMITTED')]));
    await settle(fixture);
  });

  it('marks a placement completed, and ends one early only with a reason', async () => {
    await load(applicantsPage([], [placement('pl1', 'Pat Placed'), placement('pl2', 'Kim Placed')]));
    const placements = () => Array.from(element.querySelectorAll<HTMLElement>('li.placement'));

    placements()[0].querySelector<HTMLButtonElement>('button.complete')?.click();
    await settle(fixture);
    const complete = controller.expectOne('EndPlacement');
    expect(complete.operation.variables).toEqual({ placementId: 'pl1', completed: true });
    complete.flushData({
      endPlacement: {
        ...placement('pl1', 'Pat Placed'),
        status: 'COMPLETED',
        endedAt: '2030-02-01T09:00:00.000Z',
        opportunity: { __typename: 'Opportunity', id: 'o1', seatsFilled: 1 },
      },
    });
    await settle(fixture);
    expect(placements()[0].querySelector('.status-chip')?.textContent?.trim()).toBe('Completed');
    expect(placements()[0].querySelector('button.complete')).toBeNull();

    placements()[1].querySelector<HTMLButtonElement>('button.end-early')?.click();
    await settle(fixture);
    await rejectWith('The project was cancelled.');
    const endEarly = controller.expectOne('EndPlacement');
    expect(endEarly.operation.variables).toEqual({
      placementId: 'pl2',
      completed: false,
      reason: 'The project was cancelled.',
    });
    endEarly.flushData({
      endPlacement: {
        ...placement('pl2', 'Kim Placed'),
        status: 'ENDED_EARLY',
        endedAt: '2030-02-01T09:00:00.000Z',
        endReason: 'The project was cancelled.',
        opportunity: { __typename: 'Opportunity', id: 'o1', seatsFilled: 0 },
      },
    });
    await settle(fixture);
    expect(placements()[1].querySelector('.status-chip')?.textContent?.trim()).toBe('Ended early');
  });

  it('lets a mentee choose a mentor for their own request', async () => {
    await load(
      applicantsPage([application('a1', 'Mia Mentor', 'SUBMITTED')], [], {
        __typename: 'Person',
        id: 'mentee-1',
      }),
    );

    expect(element.querySelector('h2')?.textContent).toContain('Mentors who offered');
    expect(element.querySelector('a.back')?.getAttribute('href')).toBe('/mentor-request');
    card('Mia Mentor').querySelector<HTMLButtonElement>('button.offer')?.click();
    await settle(fixture);
    expect(confirmation()?.querySelector('h2')?.textContent).toContain('Choose Mia Mentor as your mentor?');
    await answerConfirmation('confirm');
    const offer = controller.expectOne('OfferPlacement');
    expect(offer.operation.variables).toEqual({ applicationId: 'a1' });
    expect(card('Mia Mentor').querySelector('button.offer')?.textContent).toContain('Choose as mentor');
    offer.flushData({ offerPlacement: { __typename: 'Application', id: 'a1', status: 'OFFERED' } });
    await settle(fixture);
  });

  it("reads as the mentee's own request, not a job post, and can be cancelled after asking", async () => {
    const mine = applicantsPage([], [], { __typename: 'Person', id: 'mentee-1' });
    await load({
      ...mine,
      opportunity: {
        ...mine.opportunity,
        kind: 'MENTORSHIP',
        title: 'Mentor Mo Mentee in Billing',
        seats: 1,
      },
    });

    expect(element.querySelector('h1')?.textContent).toContain('Your request for a mentor');
    expect(element.querySelector('.page-header')?.textContent).toContain('“Move billing to the new platform');
    expect(element.textContent).not.toContain('seat filled');
    expect(element.textContent).toContain('No one has offered to mentor you yet');

    element.querySelector<HTMLButtonElement>('button.cancel-request')?.click();
    await settle(fixture);
    expect(confirmation()?.querySelector('h2')?.textContent).toContain('Cancel your request for a mentor?');
    await answerConfirmation('confirm');
    const close = controller.expectOne('CloseOpportunity');
    expect(close.operation.variables).toEqual({ id: 'o1' });
    close.flushData({
      closeOpportunity: {
        __typename: 'Opportunity',
        id: 'o1',
        status: 'CLOSED',
        closedAt: '2030-01-12T09:00:00.000Z',
        applicantCount: 0,
      },
    });
    await settle(fixture);
    controller.expectOne('OpportunityApplicants').flushData({
      ...mine,
      opportunity: { ...mine.opportunity, kind: 'MENTORSHIP', status: 'CLOSED', seats: 1 },
    });
    await settle(fixture);
    expect(element.querySelector('button.cancel-request')).toBeNull();
  });

  it('says so when the applicants are not the viewer’s to see', async () => {
    controller.expectOne('OpportunityApplicants').graphqlErrors([
      {
        message: 'Only the sponsor of this opportunity (or HR) can do this.',
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    await settle(fixture);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'These applicants are not yours to see',
    );
  });
});
