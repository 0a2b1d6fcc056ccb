import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { ReviewPage } from './review-page';

const evidence = (id: string, capabilityKey: string, rating: number, warning = false) => ({
  __typename: 'ReviewEvidence',
  id,
  observerName: `Observer of ${id}`,
  capabilityKey,
  capabilityName: capabilityKey === 'delegation' ? 'Delegation' : 'Coaching',
  indicatorText: warning ? 'Takes the work back' : 'Agrees what done looks like',
  indicatorKind: warning ? 'WARNING_SIGN' : 'POSITIVE',
  warningPattern: warning ? 'MICROMANAGEMENT' : null,
  rating,
  situation: `Situation ${id}`,
  behaviour: `Behaviour ${id}`,
  impact: `Impact ${id}`,
  observedOn: '2026-10-01',
  visibility: id === 'o3' ? 'HR_ONLY' : 'SHARED',
});

const capability = (key: string, name: string, ids: string[], warningIds: string[] = []) => ({
  __typename: 'CapabilityReadiness',
  key,
  name,
  observationCount: ids.length,
  distinctObservers: ids.length,
  observersOutsideTeam: 1,
  meanRating: 3.2,
  adjustedMeanRating: 3,
  lastObservedOn: '2026-10-01',
  flags: ['THIN'],
  covered: true,
  observationIds: ids,
  warningSigns: warningIds.length
    ? [
        {
          __typename: 'WarningSignCount',
          pattern: 'MICROMANAGEMENT',
          count: warningIds.length,
          observationIds: warningIds,
        },
      ]
    : [],
});

const review = (hr: boolean, status: 'OPEN' | 'DECIDED') => ({
  promotionReview: {
    __typename: 'PromotionReview',
    id: 'r1',
    status,
    transition: 'T1',
    transitionName: 'First-time manager',
    decision: status === 'DECIDED' ? 'READY_WITH_SUPPORT' : null,
    openedAt: '2026-11-30T10:00:00.000Z',
    decidedAt: status === 'DECIDED' ? '2026-12-01T10:00:00.000Z' : null,
    candidate: { __typename: 'Person', id: 'c1', name: 'Alex Rivera', title: 'Engineer' },
    developmentPlan: status === 'DECIDED' ? 'Lead the Q1 mentoring circle' : null,
    rationale: hr && status === 'DECIDED' ? 'Delegation strong' : null,
    packetUrl: hr ? '/promotion-reviews/r1/packet.pdf' : null,
    snapshot: hr
      ? {
          __typename: 'ReviewSnapshot',
          takenOn: '2026-11-30',
          candidateName: 'Alex Rivera',
          transitionName: 'First-time manager',
          readiness: {
            __typename: 'Readiness',
            band: 'EMERGING',
            rule: 'Most capabilities are covered.',
            flags: ['THIN'],
            coveredCapabilities: 2,
            capabilities: [
              capability('delegation', 'Delegation', ['o1', 'o2'], ['o2']),
              capability('coaching', 'Coaching', ['o3']),
            ],
          },
          evidence: [
            evidence('o1', 'delegation', 3),
            evidence('o2', 'delegation', 1, true),
            evidence('o3', 'coaching', 4),
          ],
        }
      : null,
  },
});

describe('ReviewPage', () => {
  let fixture: ComponentFixture<ReviewPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function open(roles: Role[], status: 'OPEN' | 'DECIDED'): Promise<void> {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [ReviewPage, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } },
      ],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    startTestSession({ id: roles.includes(Role.HR) ? 'hr-1' : 'c1', roles });
    fixture = TestBed.createComponent(ReviewPage);
    fixture.componentRef.setInput('reviewId', 'r1');
    element = fixture.nativeElement;
    await settle(fixture);
    controller.expectOne('PromotionReview').flushData(review(roles.includes(Role.HR), status));
    await settle(fixture);
  }

  afterEach(() => controller.verify());

  it('shows HR the frozen readiness, and every figure drills down to its numbered observations', async () => {
    await open([Role.HR], 'OPEN');
    expect(element.textContent).toContain('Readiness: Emerging');
    expect(element.textContent).toContain('Most capabilities are covered.');
    expect(element.querySelectorAll('.evidence-list li')).toHaveLength(3);
    element.querySelector<HTMLButtonElement>('button.flag.warning')?.click();
    await settle(fixture);
    const shown = Array.from(element.querySelectorAll('.evidence-list li'));
    expect(shown).toHaveLength(1);
    expect(shown[0].textContent).toContain('E2');
    expect(shown[0].textContent).toContain('Micromanagement');
    expect(element.querySelector('#evidence-heading')?.textContent).toContain('Delegation: Micromanagement');
  });

  it('asks for a plan when the decision is short of Ready, and sends the decision once confirmed', async () => {
    await open([Role.HR], 'OPEN');
    const page = fixture.componentInstance as unknown as {
      form: { controls: Record<string, { setValue(value: string): void }> };
    };
    page.form.controls['decision'].setValue('NOT_YET');
    page.form.controls['rationale'].setValue('Coaching unobserved');
    element.querySelector<HTMLFormElement>('form.decide')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(element.textContent).toContain('needs a development plan');
    controller.expectNone('DecidePromotionReview');

    page.form.controls['developmentPlan'].setValue('Mentor a new joiner');
    element.querySelector<HTMLFormElement>('form.decide')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const operation = controller.expectOne('DecidePromotionReview');
    expect(operation.operation.variables).toEqual({
      id: 'r1',
      decision: 'NOT_YET',
      rationale: 'Coaching unobserved',
      developmentPlan: 'Mentor a new joiner',
    });
  });

  it('shows the candidate the outcome and the plan, with no evidence, rationale or packet', async () => {
    await open([Role.CANDIDATE], 'DECIDED');
    expect(element.querySelector('#outcome-heading')?.textContent).toContain('Ready with support');
    expect(element.textContent).toContain('Lead the Q1 mentoring circle');
    expect(element.textContent).not.toContain('Rationale');
    expect(element.querySelector('.evidence-list')).toBeNull();
    expect(element.textContent).not.toContain('Download packet');
  });
});
