import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { Chart, ChartConfiguration } from 'chart.js';

/** The point of a dataset someone clicked. */
export interface ChartPoint {
  datasetIndex: number;
  index: number;
}

export const CHART_COLORS = [
  '#0b57d0',
  '#b25e00',
  '#00796b',
  '#8e24aa',
  '#c62828',
  '#4e5d6c',
  '#2e7d32',
  '#6d4c41',
];

/**
 * A Chart.js chart. Chart.js is imported on first use, so it lands in a lazy chunk of the pages that draw
 * charts and never in the first download. The canvas is an image to assistive technology, described by
 * `summary`; the page keeps the figures in text too.
 */
@Component({
  selector: 'bridge-chart',
  template: `
    <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
    @if (failed()) {
      <p class="failed">The chart could not be drawn. {{ summary() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      position: relative;
      height: var(--bridge-chart-height, 320px);
    }
    canvas {
      display: block;
      max-width: 100%;
    }
    .failed {
      position: absolute;
      inset: 0;
      margin: 0;
      padding: 16px;
      color: var(--bridge-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BridgeChart {
  readonly config = input.required<ChartConfiguration>();
  readonly summary = input.required<string>();
  readonly pointSelected = output<ChartPoint>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  protected readonly failed = signal(false);
  private chart: Chart | null = null;
  private drawnType: string | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
    effect(() => {
      const config = this.config();
      const canvas = this.canvas().nativeElement;
      import('./chart-js').then(
        ({ Chart }) => this.draw(Chart, canvas, config),
        () => this.failed.set(true),
      );
    });
  }

  private draw(ChartJs: typeof Chart, canvas: HTMLCanvasElement, config: ChartConfiguration): void {
    if (this.destroyed || config !== this.config()) return;
    const options = {
      responsive: true,
      maintainAspectRatio: false,
      ...config.options,
      onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
        const [first] = elements;
        if (first) this.pointSelected.emit({ datasetIndex: first.datasetIndex, index: first.index });
      },
    };
    if (this.chart && this.drawnType === config.type) {
      this.chart.data = config.data;
      this.chart.options = options;
      this.chart.update();
      return;
    }
    this.chart?.destroy();
    this.chart = new ChartJs(canvas, { ...config, options } as ChartConfiguration);
    this.drawnType = config.type;
  }
}
