import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { ConsentRequestsPage } from './consent-requests-page';

const DAY = 86_400_000;

function consentRequest(id: string, status: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ConsentRequest',
    id,
    status,
    dueAt: new Date(Date.now() + 3 * DAY).toISOString(),
    requestedAt: new Date(Date.now() - DAY).toISOString(),
    decidedAt: status === 'PENDING' ? null : new Date().toISOString(),
    escalationLevel: 0,
    reason: null,
    application: {
      __typename: 'Application',
      id: `a-${id}`,
      motivation: 'I want to learn to lead across teams.',
      candidate: { __typename: 'Person', id: `p-${id}`, name: `Candidate ${id}`, title: 'Analyst' },
      opportunity: {
        __typename: 'Opportunity',
        id: `o-${id}`,
        title: `Opportunity ${id}`,
        hoursPerWeek: 4,
        startsOn: '2026-06-01',
        endsOn: '2026-09-30',
        sponsor: { __typename: 'Person', id: 'p-sponsor', name: 'Dana Whitfield' },
      },
    },
    ...overrides,
  };
}

describe('ConsentRequestsPage', () => {
  let fixture: ComponentFixture<ConsentRequestsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [ConsentRequestsPage, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ConsentRequestsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
  });

  async function show(requests: ReturnType<typeof consentRequest>[]): Promise<void> {
    controller.expectOne('ConsentRequests').flushData({ consentRequests: requests });
    await settle(fixture);
  }

  const pending = () => Array.from(element.querySelectorAll<HTMLElement>('li.request'));
  const button = (root: ParentNode | null, text: string) =>
    Array.from(root?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((candidate) =>
      candidate.textContent?.includes(text),
    );
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const decided = (id: string, status: string, reason: string | null) => ({
    decideConsent: {
      __typename: 'Application',
      id: `a-${id}`,
      status: status === 'APPROVED' ? 'SUBMITTED' : 'DECLINED',
      consentRequests: [
        { __typename: 'ConsentRequest', id, status, decidedAt: new Date().toISOString(), reason },
      ],
    },
  });

  it('lists pending requests first with the time asked, and flags overdue and escalated ones', async () => {
    await show([
      consentRequest('c1', 'PENDING', {
        dueAt: new Date(Date.now() - DAY).toISOString(),
        escalationLevel: 1,
      }),
      consentRequest('c2', 'PENDING'),
      consentRequest('c3', 'DECLINED', { reason: 'Quarter-end close.' }),
    ]);

    expect(pending()).toHaveLength(2);
    const [overdue, onTime] = pending();
    expect(overdue.textContent).toContain('Candidate c1');
    expect(overdue.textContent).toContain('4 hours a week');
    expect(overdue.textContent).toMatch(/Jun 1\s–\sSep 30, 2026/);
    expect(overdue.textContent).toContain('Dana Whitfield');
    expect(overdue.textContent).toContain('I want to learn to lead across teams.');
    expect(overdue.querySelector('.due.overdue')?.textContent).toContain('Overdue since');
    expect(overdue.textContent).toContain('Passed up to you');
    expect(overdue.classList).toContain('urgent');
    expect(onTime.querySelector('.due.overdue')).toBeNull();
    expect(onTime.querySelector('.due')?.textContent).toContain('Answer by');
    expect(onTime.classList).not.toContain('urgent');

    const answered = element.querySelector('.answered-list')?.textContent ?? '';
    expect(answered).toContain('Candidate c3');
    expect(answered).toContain('Declined');
    expect(answered).toContain('Quarter-end close.');
  });

  it('asks before approving, saying what is approved and where the application goes', async () => {
    await show([consentRequest('c1', 'PENDING')]);

    button(pending()[0], 'Approve')?.click();
    await settle(fixture);

    expect(dialog()?.querySelector('h2')?.textContent).toContain('Approve the time?');
    expect(dialog()?.textContent).toMatch(
      /Approve 4 hours a week for Candidate c1 on “Opportunity c1” \(Jun 1\s–\sSep 30, 2026\)\? The application goes to the sponsor, Dana Whitfield\./,
    );
    button(dialog(), 'Cancel')?.click();
    await settle(fixture);

    controller.expectNone('DecideConsent');
    expect(dialog()).toBeNull();
    expect(pending()).toHaveLength(1);
  });

  it('approves with decideConsent once confirmed, and moves the request to the answered ones', async () => {
    await show([consentRequest('c1', 'PENDING')]);

    button(pending()[0], 'Approve')?.click();
    await settle(fixture);
    dialog()?.querySelector<HTMLButtonElement>('button.confirm')?.click();
    await settle(fixture);
    const decision = controller.expectOne('DecideConsent');
    expect(decision.operation.variables).toEqual({ applicationId: 'a-c1', approve: true });
    decision.flushData(decided('c1', 'APPROVED', null));
    await settle(fixture);

    expect(pending()).toHaveLength(0);
    expect(element.textContent).toContain('You have answered every request.');
    expect(element.querySelector('.answered-list')?.textContent).toContain('Approved');
  });

  it('requires a reason to decline, then sends it with decideConsent', async () => {
    await show([consentRequest('c1', 'PENDING')]);

    button(pending()[0], 'Decline')?.click();
    await settle(fixture);
    expect(dialog()?.textContent).toContain('Decline Candidate c1');
    const confirm = () => dialog()?.querySelector<HTMLButtonElement>('button.confirm');
    confirm()?.focus();
    confirm()?.click();
    await settle(fixture);

    controller.expectNone('DecideConsent');
    expect(dialog()?.querySelector('mat-error')?.textContent).toContain('A reason is needed to decline.');

    const reason = dialog()?.querySelector<HTMLTextAreaElement>('textarea');
    if (!reason) throw new Error('no reason field');
    expect(document.activeElement).toBe(reason);
    reason.value = '  The quarter-end close needs the whole team.  ';
    reason.dispatchEvent(new Event('input'));
    confirm()?.click();
    await settle(fixture);

    const decision = controller.expectOne('DecideConsent');
    expect(decision.operation.variables).toEqual({
      applicationId: 'a-c1',
      approve: false,
      reason: 'The quarter-end close needs the whole team.',
    });
    decision.flushData(decided('c1', 'DECLINED', 'The quarter-end close needs the whole team.'));
    await settle(fixture);

    expect(dialog()).toBeNull();
    expect(pending()).toHaveLength(0);
    expect(element.querySelector('.answered-list')?.textContent).toContain(
      'The quarter-end close needs the whole team.',
    );
  });

  it("shows the API's refusal of the reason next to the field and keeps the dialog open", async () => {
    await show([consentRequest('c1', 'PENDING')]);
    button(pending()[0], 'Decline')?.click();
    await settle(fixture);
    const reason = dialog()?.querySelector<HTMLTextAreaElement>('textarea');
    if (!reason) throw new Error('no reason field');
    reason.value = 'No.';
    reason.dispatchEvent(new Event('input'));
    const confirm = dialog()?.querySelector<HTMLButtonElement>('button.confirm');
    confirm?.focus();
    confirm?.click();
    await settle(fixture);

    controller.expectOne('DecideConsent').graphqlErrors([
      {
        message: 'reason is required when declining: the candidate deserves to know why',
        extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
      },
    ]);
    await settle(fixture);

    expect(dialog()?.querySelector('mat-error')?.textContent).toContain('the candidate deserves to know why');
    expect(document.activeElement).toBe(reason);
  });

  it('says so when no one has asked', async () => {
    await show([]);

    expect(element.querySelector('.state-message')?.textContent).toContain(
      'No one has asked for your consent',
    );
  });
});
