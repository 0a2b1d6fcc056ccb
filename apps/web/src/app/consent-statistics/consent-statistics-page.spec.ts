import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { ConsentStatisticsPage, formatDecisionTime } from './consent-statistics-page';

const statistics = (
  id: string,
  name: string,
  counts: { approved: number; declined: number; escalated: number; pending: number },
  medianHoursToDecide: number | null,
) => {
  const answered = counts.approved + counts.declined + counts.escalated;
  return {
    __typename: 'ManagerConsentStatistics',
    manager: { __typename: 'Person', id, name, title: 'Engineering Manager' },
    requested: answered + counts.pending,
    ...counts,
    approvalRate: answered ? counts.approved / answered : null,
    refusalRate: answered ? (counts.declined + counts.escalated) / answered : null,
    medianHoursToDecide,
  };
};

describe('ConsentStatisticsPage', () => {
  let fixture: ComponentFixture<ConsentStatisticsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [ConsentStatisticsPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ConsentStatisticsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  const rows = () => Array.from(element.querySelectorAll<HTMLTableRowElement>('tbody tr'));
  const cell = (row: HTMLElement, selector: string) => row.querySelector(selector)?.textContent?.trim();

  it('lists managers by refusal rate with their rates, median time and a bar of their answers', async () => {
    controller.expectOne('ConsentStatistics').flushData({
      consentStatistics: [
        statistics('m1', 'Ada Approver', { approved: 4, declined: 0, escalated: 0, pending: 1 }, 5),
        statistics('m2', 'Hal Hoarder', { approved: 1, declined: 2, escalated: 1, pending: 0 }, 70),
        statistics('m3', 'Nia New', { approved: 0, declined: 0, escalated: 0, pending: 2 }, null),
      ],
    });
    await settle(fixture);

    expect(rows().map((row) => row.querySelector('.manager strong')?.textContent)).toEqual([
      'Hal Hoarder',
      'Ada Approver',
      'Nia New',
    ]);
    const [hoarder, approver, newcomer] = rows();
    expect(cell(hoarder, '.refusal-rate')).toBe('75%');
    expect(cell(hoarder, '.approval-rate')).toBe('25%');
    expect(cell(hoarder, '.median')).toBe('2.9 days');
    expect(hoarder.classList).toContain('notable');
    expect(hoarder.querySelector('.bar')?.getAttribute('aria-label')).toBe(
      '1 approved, 2 declined, 1 lapsed',
    );
    expect(hoarder.querySelector<HTMLElement>('.bar .approved')?.style.width).toBe('25%');
    expect(hoarder.querySelector<HTMLElement>('.bar .declined')?.style.width).toBe('50%');
    expect(hoarder.querySelector<HTMLElement>('.bar .escalated')?.style.width).toBe('25%');

    expect(cell(approver, '.refusal-rate')).toBe('0%');
    expect(cell(approver, '.approval-rate')).toBe('100%');
    expect(cell(approver, '.median')).toBe('5 h');
    expect(cell(approver, '.pending')).toBe('1');
    expect(approver.classList).not.toContain('notable');

    expect(cell(newcomer, '.refusal-rate')).toBe('—');
    expect(newcomer.querySelector('.bar')).toBeNull();
    expect(cell(newcomer, '.answers')).toBe('No answers yet');
    expect(element.querySelector('.explanation')?.textContent).toContain('lapse');
  });

  it('says so when no manager has been asked yet', async () => {
    controller.expectOne('ConsentStatistics').flushData({ consentStatistics: [] });
    await settle(fixture);

    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('.empty')?.textContent).toContain('No manager has been asked yet');
  });
});

describe('formatDecisionTime', () => {
  it('words decision times from under an hour to days', () => {
    expect(formatDecisionTime(0.4)).toBe('under 1 h');
    expect(formatDecisionTime(30)).toBe('30 h');
    expect(formatDecisionTime(96)).toBe('4.0 days');
    expect(formatDecisionTime(null)).toBe('—');
  });
});
