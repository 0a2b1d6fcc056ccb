import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ChartConfiguration } from 'chart.js';
import { BridgeChart, type ChartPoint } from './chart';

interface FakeChart {
  canvas: HTMLCanvasElement;
  config: ChartConfiguration;
  data: unknown;
  options: Record<string, unknown>;
  update: jest.Mock;
  destroy: jest.Mock;
}

const created: FakeChart[] = [];
const registered: unknown[] = [];

// Chart.js needs a real canvas; jsdom has none. It is replaced where BridgeChart imports it on demand.
jest.mock('chart.js', () => {
  class Chart {
    static register(...items: unknown[]) {
      registered.push(...items);
    }
    data: unknown;
    options: Record<string, unknown>;
    update = jest.fn();
    destroy = jest.fn();
    constructor(
      public canvas: HTMLCanvasElement,
      public config: ChartConfiguration,
    ) {
      this.data = config.data;
      this.options = config.options as Record<string, unknown>;
      created.push(this as unknown as FakeChart);
    }
  }
  const piece = (name: string) => ({ id: name });
  return {
    Chart,
    BarController: piece('bar'),
    BarElement: piece('barElement'),
    CategoryScale: piece('category'),
    LineController: piece('lineController'),
    Filler: piece('filler'),
    Legend: piece('legend'),
    LinearScale: piece('linear'),
    LineElement: piece('line'),
    PointElement: piece('point'),
    RadarController: piece('radar'),
    RadialLinearScale: piece('radialLinear'),
    ScatterController: piece('scatter'),
    Tooltip: piece('tooltip'),
  };
});

const radar = (data: number[]): ChartConfiguration => ({
  type: 'radar',
  data: { labels: ['Delegation', 'Coaching'], datasets: [{ label: 'Mean', data }] },
  options: { scales: { r: { min: 0, max: 4 } } },
});

@Component({
  imports: [BridgeChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (shown()) {
    <bridge-chart
      [config]="config()"
      summary="Delegation 3, coaching 2"
      (pointSelected)="picked.set($event)"
    />
  }`,
})
class Host {
  readonly shown = signal(true);
  readonly config = signal<ChartConfiguration>(radar([3, 2]));
  readonly picked = signal<ChartPoint | null>(null);
}

/** The dynamic import resolves on the microtask queue; let it, then let Angular render. */
async function drawn(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('BridgeChart', () => {
  beforeEach(() => {
    created.length = 0;
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    await drawn();
    return fixture;
  }

  it('draws the configuration it is given with Chart.js, loaded on demand, on an image described in words', async () => {
    const fixture = await render();
    expect(created).toHaveLength(1);
    const [chart] = created;
    const canvas: HTMLCanvasElement = fixture.nativeElement.querySelector('canvas');
    expect(chart.canvas).toBe(canvas);
    expect(chart.config.type).toBe('radar');
    expect(chart.config.data).toEqual(radar([3, 2]).data);
    expect(chart.config.options).toMatchObject({
      responsive: true,
      maintainAspectRatio: false,
      scales: { r: { min: 0, max: 4 } },
    });
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Delegation 3, coaching 2');
    expect(registered).toEqual(
      expect.arrayContaining([
        { id: 'radar' },
        { id: 'scatter' },
        { id: 'bar' },
        { id: 'category' },
        { id: 'tooltip' },
      ]),
    );
  });

  it('updates the same chart when the data changes, and draws anew when the type changes', async () => {
    const fixture = await render();
    fixture.componentInstance.config.set(radar([4, 1]));
    await fixture.whenStable();
    await drawn();
    expect(created).toHaveLength(1);
    expect(created[0].update).toHaveBeenCalledTimes(1);
    expect(created[0].data).toEqual(radar([4, 1]).data);

    fixture.componentInstance.config.set({ type: 'scatter', data: { datasets: [] } });
    await fixture.whenStable();
    await drawn();
    expect(created[0].destroy).toHaveBeenCalled();
    expect(created).toHaveLength(2);
    expect(created[1].config.type).toBe('scatter');
  });

  it('names the point clicked', async () => {
    const fixture = await render();
    const onClick = created[0].config.options?.onClick as unknown as (
      event: unknown,
      elements: ChartPoint[],
    ) => void;
    onClick({}, []);
    expect(fixture.componentInstance.picked()).toBeNull();
    onClick({}, [{ datasetIndex: 1, index: 0 }]);
    expect(fixture.componentInstance.picked()).toEqual({ datasetIndex: 1, index: 0 });
  });

  it('lets the chart go when it leaves the page', async () => {
    const fixture = await render();
    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    expect(created[0].destroy).toHaveBeenCalled();
  });
});
