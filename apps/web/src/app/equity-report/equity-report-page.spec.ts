import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ChartConfiguration } from 'chart.js';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { EquityReportPage } from './equity-report-page';

const drawn: ChartConfiguration[] = [];

// jsdom has no canvas: Chart.js is replaced where the chart component imports it on demand.
jest.mock('chart.js', () => {
  class Chart {
    static register(): void {
      // Nothing to register in a fake.
    }
    data: unknown;
    options: unknown;
    constructor(_canvas: HTMLCanvasElement, config: ChartConfiguration) {
      drawn.push(config);
      this.data = config.data;
      this.options = config.options;
    }
    update(): void {
      drawn.push({ type: 'bar', data: this.data, options: this.options } as ChartConfiguration);
    }
    destroy(): void {
      // Nothing to release in a fake.
    }
  }
  return { Chart };
});

const shown = (
  key: string,
  label: string,
  eligible: number,
  applied: number,
  offered: number,
  placed: number,
) => ({
  __typename: 'EquityGroup',
  key,
  label,
  eligible,
  applied,
  offered,
  placed,
  appliedRate: applied / eligible,
  offeredRate: offered / eligible,
  placedRate: placed / eligible,
  suppressed: false,
  suppression: null,
  placedRatioToOverall: null,
  placedRatioToBest: null,
  belowFourFifths: false,
});
const hidden = (key: string, label: string, suppression: string) => ({
  ...shown(key, label, 1, 0, 0, 0),
  eligible: null,
  applied: null,
  offered: null,
  placed: null,
  appliedRate: null,
  offeredRate: null,
  placedRate: null,
  suppressed: true,
  suppression,
});

const REPORT = {
  __typename: 'EquityReport',
  from: '2025-12-03',
  to: '2026-12-02',
  kind: null,
  suppressionThreshold: 5,
  fourFifths: 0.8,
  dimensions: [
    {
      __typename: 'EquityDimensionReport',
      dimension: 'FUNCTION',
      population: 'Active people with a candidate profile, by function.',
      overall: shown('all', 'Organization', 40, 20, 8, 4),
      groups: [
        { ...shown('eng', 'Engineering', 20, 12, 6, 4), placedRatioToOverall: 2, placedRatioToBest: 1 },
        {
          ...shown('ops', 'Operations', 12, 6, 2, 0),
          placedRatioToOverall: 0,
          placedRatioToBest: 0,
          belowFourFifths: true,
        },
        hidden('legal', 'Legal', 'SMALL_GROUP'),
        hidden('sales', 'Sales', 'COMPLEMENT'),
      ],
    },
    {
      __typename: 'EquityDimensionReport',
      dimension: 'LOCATION',
      population: 'Active people with a candidate profile, by location.',
      overall: shown('all', 'Organization', 40, 20, 8, 4),
      groups: [shown('austin', 'Austin', 40, 20, 8, 4)],
    },
    {
      __typename: 'EquityDimensionReport',
      dimension: 'LEVEL',
      population: 'p',
      overall: shown('all', 'Organization', 40, 20, 8, 4),
      groups: [],
    },
    {
      __typename: 'EquityDimensionReport',
      dimension: 'SPONSOR',
      population: 'p',
      overall: hidden('all', 'Organization', 'SMALL_GROUP'),
      groups: [],
    },
  ],
};

describe('EquityReportPage', () => {
  let fixture: ComponentFixture<EquityReportPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    drawn.length = 0;
    await TestBed.configureTestingModule({
      imports: [EquityReportPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(EquityReportPage);
    element = fixture.nativeElement;
    await settle(fixture);
    const first = controller.expectOne('EquityReport');
    expect(first.operation.variables).toEqual({ filter: {} });
    first.flushData({ equityReport: REPORT });
    await settle(fixture);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  afterEach(() => controller.verify());

  const rows = () => Array.from(element.querySelectorAll<HTMLTableRowElement>('tbody tr'));
  const button = (text: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((item) =>
      item.textContent?.includes(text),
    ) as HTMLButtonElement;

  it('shows each group’s rates with counts, the organization first, and the period it covers', () => {
    expect(rows().map((row) => row.querySelector('th')?.textContent?.trim())).toEqual([
      'Whole organization',
      'Engineering',
      'Operations',
      'Legal',
      'Sales',
    ]);
    expect(rows()[1].textContent).toContain('60% (12)');
    expect(rows()[1].textContent).toContain('20% (4)');
    expect(element.querySelector<HTMLInputElement>('input[formControlName="from"]')?.value).toBe(
      '2025-12-03',
    );
    expect(element.textContent).toContain('Active people with a candidate profile, by function.');
  });

  it('says “fewer than 5” for hidden groups, with why', () => {
    const legal = rows()[3];
    expect(legal.textContent).toContain('Fewer than 5');
    expect(legal.textContent).toContain('would point at individuals');
    expect(rows()[4].textContent).toContain('cannot be worked out');
    expect(legal.textContent).not.toMatch(/\d+%/);
  });

  it('flags a group placed at under four fifths of the best one', () => {
    expect(rows()[2].classList).toContain('flagged');
    expect(rows()[2].textContent).toContain('Under four fifths');
    expect(element.querySelector('.flag-note')?.textContent).toContain('four-fifths rule');
  });

  it('draws grouped bars of the three rates with the organization’s placement rate as a line', () => {
    const config = drawn.at(-1) as ChartConfiguration;
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Engineering', 'Operations', 'Legal (hidden)', 'Sales (hidden)']);
    expect(config.data.datasets.map((set) => set.label)).toEqual([
      'Applied',
      'Offered',
      'Placed',
      'Placed, whole organization',
    ]);
    expect(config.data.datasets[0].data).toEqual([60, 50, null, null]);
    expect(config.data.datasets[3].data).toEqual([10, 10, 10, 10]);
  });

  it('switches dimension without asking again', async () => {
    button('Location').click();
    await settle(fixture);
    expect(rows().map((row) => row.querySelector('th')?.textContent?.trim())).toEqual([
      'Whole organization',
      'Austin',
    ]);
    button('Sponsor').click();
    await settle(fixture);
    expect(element.textContent).toContain('Fewer than 5 people in the whole population');
    expect(element.querySelector('bridge-equity-chart')).toBeNull();
    controller.expectNone('EquityReport');
  });

  it('refuses a period that ends before it starts at the end date, asking nothing', async () => {
    const page = fixture.componentInstance as unknown as {
      form: { patchValue(value: Record<string, string>): void; markAsDirty(): void };
    };
    page.form.patchValue({ from: '2026-05-02', to: '2026-05-01' });
    page.form.markAsDirty();
    element.querySelector<HTMLFormElement>('form.filters')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    controller.expectNone('EquityReport');
    expect(element.querySelector('form.filters')?.textContent).toContain('before it starts');

    page.form.patchValue({ from: '2026-01-01', to: '2026-06-30' });
    element.querySelector<HTMLFormElement>('form.filters')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const sent = controller.expectOne('EquityReport');
    expect(sent.operation.variables).toEqual({
      filter: { from: '2026-01-01', to: '2026-06-30', kind: null },
    });
    sent.flushData({ equityReport: { ...REPORT, from: '2026-01-01', to: '2026-06-30' } });
    await settle(fixture);
  });

  it('exports the CSV the API writes as a file named for the period', async () => {
    const createObjectURL = jest.fn(() => 'blob:equity');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    button('Export CSV').click();
    await settle(fixture);
    expect(button('Exporting CSV')).toBeDefined();
    controller.expectOne('EquityReportCsv').flushData({
      equityReport: {
        __typename: 'EquityReport',
        from: '2025-12-03',
        to: '2026-12-02',
        csv: 'Dimension,Group\r\n',
      },
    });
    await settle(fixture);
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe('equity-report-2025-12-03-to-2026-12-02.csv');
    click.mockRestore();
  });
});
