import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { MyApplicationsPage } from './my-applications-page';

type Status =
  | 'AWAITING_CONSENT'
  | 'SUBMITTED'
  | 'SHORTLISTED'
  | 'OFFERED'
  | 'PLACED'
  | 'DECLINED'
  | 'REJECTED'
  | 'WITHDRAWN';

function application(id: string, status: Status, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Application',
    id,
    status,
    origin: 'APPLIED',
    statusReason: null,
    createdAt: '2026-05-04T09:00:00.000Z',
    updatedAt: '2026-05-05T09:00:00.000Z',
    opportunity: {
      __typename: 'Opportunity',
      id: `o-${id}`,
      title: `Opportunity ${id}`,
      kind: 'STRETCH_PROJECT',
      hoursPerWeek: 4,
      startsOn: null,
      endsOn: null,
      sponsor: { __typename: 'Person', id: 'p-sponsor', name: 'Dana Whitfield' },
    },
    consentRequests: [
      {
        __typename: 'ConsentRequest',
        id: `c-${id}`,
        status: status === 'AWAITING_CONSENT' ? 'PENDING' : 'APPROVED',
        dueAt: '2026-05-11T09:00:00.000Z',
        decidedAt: null,
        escalationLevel: 0,
        approver: { __typename: 'Person', id: 'p-manager', name: 'Morgan Manager' },
      },
    ],
    placement: null,
    acceptEligibility: { __typename: 'Eligibility', eligible: true, problems: [] },
    recommendation: null,
    ...overrides,
  };
}

describe('MyApplicationsPage', () => {
  let fixture: ComponentFixture<MyApplicationsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [MyApplicationsPage, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    }).compileComponents();
    startTestSession({
      id: 'p1',
      name: 'Casey',
      email: 'c@acme.test',
      title: null,
      roles: [Role.CANDIDATE],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(MyApplicationsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
  });

  async function show(applications: ReturnType<typeof application>[]): Promise<void> {
    controller.expectOne('MyApplications').flushData({ myApplications: applications });
    await settle(fixture);
  }

  const card = (id: string) => element.querySelector<HTMLElement>(`li[aria-labelledby="application-${id}"]`);
  const button = (root: ParentNode | null, text: string) =>
    Array.from(root?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((candidate) =>
      candidate.textContent?.includes(text),
    );
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');

  it('shows each application with its status, and Accept / Decline only on an offer', async () => {
    await show([
      application('a1', 'OFFERED'),
      application('a2', 'AWAITING_CONSENT'),
      application('a3', 'PLACED', {
        placement: {
          __typename: 'Placement',
          id: 'pl1',
          status: 'ACTIVE',
          startsOn: '2026-05-20',
          upcoming: false,
          startedAt: '2026-05-20T09:00:00.000Z',
          endedAt: null,
        },
      }),
      application('a4', 'DECLINED', { statusReason: 'Quarter-end close needs the whole team.' }),
    ]);

    expect(card('a1')?.querySelector('.status')?.textContent).toContain('Offered');
    expect(button(card('a1'), 'Accept offer')).toBeDefined();
    expect(button(card('a1'), 'Decline')).toBeDefined();
    expect(button(card('a1'), 'Withdraw')).toBeDefined();

    expect(card('a2')?.querySelector('.status')?.textContent).toContain('Waiting for manager consent');
    expect(card('a2')?.textContent).toContain('Waiting for Morgan Manager to consent');
    expect(button(card('a2'), 'Accept offer')).toBeUndefined();
    expect(button(card('a2'), 'Decline')).toBeUndefined();
    expect(button(card('a2'), 'Withdraw')).toBeDefined();
    expect(card('a2')?.querySelector('li[aria-current="step"]')?.textContent).toContain('Manager consent');

    expect(card('a3')?.querySelector('.actions')).toBeNull();
    expect(card('a3')?.textContent).toContain('Placement under way');

    expect(card('a4')?.querySelector('.actions')).toBeNull();
    expect(card('a4')?.textContent).toContain('Quarter-end close needs the whole team.');
    expect(card('a4')?.querySelector('li.stopped')?.textContent).toContain('Declined');
  });

  it('shows an offer from a matching round with why the candidate was recommended', async () => {
    await show([
      application('a1', 'OFFERED', {
        origin: 'MATCH_PROPOSAL',
        recommendation: {
          __typename: 'Fit',
          score: 0.72,
          reasons: [
            {
              __typename: 'FitReason',
              factor: 'DEVELOPMENT',
              label: 'Development fit',
              weight: 0.35,
              value: 0.8,
              contribution: 0.28,
              explanation: 'It exercises 2 of the 3 capabilities where your evidence is thinnest.',
            },
          ],
        },
      }),
      application('a2', 'AWAITING_CONSENT'),
    ]);

    expect(card('a1')?.textContent).toContain('Proposed to you by a matching round');
    expect(card('a1')?.textContent).toContain('Why you were recommended · 72% fit');
    expect(card('a1')?.textContent).toContain('Development fit');
    expect(card('a1')?.textContent).toContain('where your evidence is thinnest');
    expect(card('a2')?.textContent).toContain('Applied');
    expect(card('a2')?.querySelector('.recommendation')).toBeNull();
  });

  it('asks before accepting, saying what the person commits to', async () => {
    await show([application('a1', 'OFFERED')]);

    button(card('a1'), 'Accept offer')?.click();
    await settle(fixture);

    expect(dialog()?.querySelector('h2')?.textContent).toContain('Accept the offer?');
    expect(dialog()?.textContent).toContain(
      'You commit 4 hours a week to “Opportunity a1” (Dates to agree). Accepting places you on it, and Dana Whitfield is told.',
    );
    button(dialog(), 'Cancel')?.click();
    await settle(fixture);

    controller.expectNone('RespondToOffer');
    expect(button(card('a1'), 'Accept offer')).toBeDefined();
  });

  it('accepts an offer with respondToOffer once confirmed', async () => {
    await show([application('a1', 'OFFERED')]);

    button(card('a1'), 'Accept offer')?.click();
    await settle(fixture);
    dialog()?.querySelector<HTMLButtonElement>('button.confirm')?.click();
    await settle(fixture);

    const response = controller.expectOne('RespondToOffer');
    expect(response.operation.variables).toEqual({ applicationId: 'a1', accept: true });
    response.flushData({
      respondToOffer: application('a1', 'PLACED', {
        placement: {
          __typename: 'Placement',
          id: 'pl1',
          status: 'ACTIVE',
          startsOn: '2026-05-20',
          upcoming: false,
          startedAt: '2026-05-20T09:00:00.000Z',
          endedAt: null,
        },
      }),
    });
    await settle(fixture);

    expect(card('a1')?.querySelector('.status')?.textContent).toContain('Placed');
    expect(button(card('a1'), 'Accept offer')).toBeUndefined();
  });

  it('says clearly when the seats were taken before the offer was accepted, and reloads', async () => {
    await show([application('a1', 'OFFERED')]);

    button(card('a1'), 'Accept offer')?.click();
    await settle(fixture);
    dialog()?.querySelector<HTMLButtonElement>('button.confirm')?.click();
    await settle(fixture);
    const message = 'All 1 seats of “Opportunity a1” are already taken.';
    controller.expectOne('RespondToOffer').graphqlErrors([{ message, extensions: { code: 'CONFLICT' } }]);
    await settle(fixture);

    expect(card('a1')?.querySelector('[role="alert"]')?.textContent).toContain(message);
    controller.expectOne('MyApplications').flushData({ myApplications: [application('a1', 'OFFERED')] });
    await settle(fixture);
    expect(card('a1')?.querySelector('[role="alert"]')?.textContent).toContain(message);
  });

  it('says which limit stops accepting, before and after trying, and links to the profile', async () => {
    const limit =
      'Accepting would make 2 projects at once, 1 over your limit of 1. Raise your project limit in your profile, or finish a placement first.';
    await show([
      application('a1', 'OFFERED', {
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
      }),
    ]);
    // Warned before trying, with the way out one click away.
    expect(card('a1')?.querySelector('bridge-eligibility-notes li.blocking')?.textContent).toContain(
      '1 over your limit of 1',
    );
    expect(card('a1')?.querySelector('bridge-eligibility-notes a.profile-link')?.getAttribute('href')).toBe(
      '/marketplace/profile?returnTo=%2Fmarketplace%2Fapplications',
    );

    button(card('a1'), 'Accept offer')?.click();
    await settle(fixture);
    dialog()?.querySelector<HTMLButtonElement>('button.confirm')?.click();
    await settle(fixture);
    controller
      .expectOne('RespondToOffer')
      .graphqlErrors([
        { message: limit, extensions: { code: 'CONFLICT', reason: 'CAPACITY_PROJECTS', limit: 1 } },
      ]);
    await settle(fixture);
    const alert = card('a1')?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('1 over your limit of 1');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe(
      '/marketplace/profile?returnTo=%2Fmarketplace%2Fapplications',
    );
    controller.expectOne('MyApplications').flushData({ myApplications: [application('a1', 'OFFERED')] });
    await settle(fixture);
  });

  it('shows a placement that starts later as upcoming', async () => {
    await show([
      application('a1', 'PLACED', {
        placement: {
          __typename: 'Placement',
          id: 'pl1',
          status: 'ACTIVE',
          startsOn: '2031-02-03',
          upcoming: true,
          startedAt: '2026-12-02T09:00:00.000Z',
          endedAt: null,
        },
      }),
    ]);
    expect(card('a1')?.querySelector('.placement')?.textContent).toContain(
      'Placement upcoming · starts Feb 3, 2031',
    );
  });

  it('declines an offer with the reason given in the dialog', async () => {
    await show([application('a1', 'OFFERED')]);

    button(card('a1'), 'Decline')?.click();
    await settle(fixture);
    const reason = dialog()?.querySelector<HTMLTextAreaElement>('textarea');
    if (!reason) throw new Error('no reason field');
    reason.value = 'The timing clashes with my exams.';
    reason.dispatchEvent(new Event('input'));
    button(dialog(), 'Decline the offer')?.click();
    await settle(fixture);

    const response = controller.expectOne('RespondToOffer');
    expect(response.operation.variables).toEqual({
      applicationId: 'a1',
      accept: false,
      reason: 'The timing clashes with my exams.',
    });
    response.flushData({
      respondToOffer: application('a1', 'DECLINED', { statusReason: 'The timing clashes with my exams.' }),
    });
    await settle(fixture);
    expect(card('a1')?.querySelector('.status')?.textContent).toContain('Declined');
  });

  it('withdraws only after the person confirms', async () => {
    await show([application('a1', 'SUBMITTED')]);

    button(card('a1'), 'Withdraw')?.click();
    await settle(fixture);
    expect(dialog()?.textContent).toContain('Withdraw your application?');
    button(dialog(), 'Keep it')?.click();
    await settle(fixture);
    controller.expectNone('WithdrawApplication');

    button(card('a1'), 'Withdraw')?.click();
    await settle(fixture);
    button(dialog()?.querySelector('mat-dialog-actions') ?? null, 'Withdraw')?.click();
    await settle(fixture);

    const withdrawal = controller.expectOne('WithdrawApplication');
    expect(withdrawal.operation.variables).toEqual({ id: 'a1' });
    withdrawal.flushData({ withdrawApplication: application('a1', 'WITHDRAWN') });
    await settle(fixture);
    expect(card('a1')?.querySelector('.status')?.textContent).toContain('Withdrawn');
    expect(button(card('a1'), 'Withdraw')).toBeUndefined();
  });

  it('points to the marketplace when there are no applications', async () => {
    await show([]);

    const empty = element.querySelector('.empty');
    expect(empty?.textContent).toContain('You have not applied to anything yet');
    expect(empty?.querySelector('a')?.getAttribute('href')).toBe('/marketplace');
  });
});
