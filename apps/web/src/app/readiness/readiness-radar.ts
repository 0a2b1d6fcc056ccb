import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { BridgeChart, CHART_COLORS } from '../ui/charts/chart';
import { formatRating } from './readiness-labels';

export interface RadarCapability {
  name: string;
  meanRating?: number | null;
  adjustedMeanRating?: number | null;
}

const [MEAN_COLOR, ADJUSTED_COLOR] = CHART_COLORS;
/** Names are wrapped at about this many characters, so the labels fit around the chart on a phone. */
const LABEL_LINE_LENGTH = 16;

function labelLines(name: string): string | string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length < LABEL_LINE_LENGTH) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? lines[0] : lines;
}

/**
 * The capabilities a transition needs on the 1–4 scale: the recency-weighted mean and the rater-adjusted
 * mean as two series. A capability without evidence has no point, so the shape shows the gap.
 */
@Component({
  selector: 'bridge-readiness-radar',
  imports: [BridgeChart],
  template: `<bridge-chart [config]="config()" [summary]="summary()" />`,
  styles: `
    :host {
      display: block;
      --bridge-chart-height: 340px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReadinessRadar {
  readonly capabilities = input.required<readonly RadarCapability[]>();

  protected readonly config = computed<ChartConfiguration<'radar'>>(() => {
    const capabilities = this.capabilities();
    return {
      type: 'radar',
      data: {
        labels: capabilities.map((capability) => labelLines(capability.name)),
        datasets: [
          {
            label: 'Mean rating',
            data: capabilities.map((capability) => capability.meanRating ?? null),
            borderColor: MEAN_COLOR,
            backgroundColor: `${MEAN_COLOR}26`,
            pointBackgroundColor: MEAN_COLOR,
            fill: true,
          },
          {
            label: 'Rater-adjusted mean',
            data: capabilities.map((capability) => capability.adjustedMeanRating ?? null),
            borderColor: ADJUSTED_COLOR,
            backgroundColor: 'transparent',
            pointBackgroundColor: ADJUSTED_COLOR,
            pointStyle: 'rectRot',
            borderDash: [6, 4],
            fill: false,
          },
        ],
      },
      options: {
        scales: {
          r: {
            min: 0,
            max: 4,
            ticks: {
              stepSize: 1,
              backdropColor: 'transparent',
              callback: (value) => (value === 0 ? '' : value),
            },
            // Smaller labels on a phone leave the chart itself some room.
            pointLabels: { font: (context) => ({ size: context.chart.width < 420 ? 10 : 12 }) },
          },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${formatRating(item.raw as number | null)}`,
            },
          },
        },
      },
    };
  });

  protected readonly summary = computed(
    () =>
      `Radar chart of mean ratings on the 1 to 4 scale. ${this.capabilities()
        .map((capability) =>
          capability.meanRating === null || capability.meanRating === undefined
            ? `${capability.name}: no evidence yet`
            : `${capability.name}: mean ${formatRating(capability.meanRating)}, rater-adjusted ${formatRating(capability.adjustedMeanRating)}`,
        )
        .join('; ')}.`,
  );
}
