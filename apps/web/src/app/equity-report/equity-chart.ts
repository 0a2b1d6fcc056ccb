import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { BridgeChart, CHART_COLORS } from '../ui/charts/chart';
import type { EquityGroupFiguresFragment } from './equity-report.generated';
import { formatShare } from './equity-labels';

const [APPLIED_COLOR, OFFERED_COLOR, PLACED_COLOR, , , OVERALL_COLOR] = CHART_COLORS;

/**
 * Each group's applied, offered and placed rates as grouped bars, and the organization's placement
 * rate as a dashed line across them. Hidden groups keep their place, without bars, so the chart says
 * they exist; the table beside it says why they are hidden.
 */
@Component({
  selector: 'bridge-equity-chart',
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
export class EquityChart {
  readonly groups = input.required<readonly EquityGroupFiguresFragment[]>();
  readonly overall = input.required<EquityGroupFiguresFragment>();

  protected readonly config = computed<ChartConfiguration<'bar' | 'line'>>(() => {
    const groups = this.groups();
    const percent = (rate: number | null | undefined) =>
      rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
    return {
      type: 'bar',
      data: {
        labels: groups.map((group) => (group.suppressed ? `${group.label} (hidden)` : group.label)),
        datasets: [
          {
            type: 'bar',
            label: 'Applied',
            data: groups.map((group) => percent(group.appliedRate)),
            backgroundColor: APPLIED_COLOR,
          },
          {
            type: 'bar',
            label: 'Offered',
            data: groups.map((group) => percent(group.offeredRate)),
            backgroundColor: OFFERED_COLOR,
          },
          {
            type: 'bar',
            label: 'Placed',
            data: groups.map((group) => percent(group.placedRate)),
            backgroundColor: PLACED_COLOR,
          },
          {
            type: 'line',
            label: 'Placed, whole organization',
            data: groups.map(() => percent(this.overall().placedRate)),
            borderColor: OVERALL_COLOR,
            borderDash: [6, 4],
            pointRadius: 0,
            fill: false,
          },
        ],
      },
      options: {
        scales: {
          // Rates of stretch work are often small: the axis fits them rather than always running to 100%.
          y: {
            min: 0,
            suggestedMax: 20,
            ticks: { callback: (value) => `${value}%` },
          },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label}: ${item.formattedValue}%` },
          },
        },
      },
    };
  });

  protected readonly summary = computed(() => {
    const shown = this.groups()
      .filter((group) => !group.suppressed)
      .map(
        (group) =>
          `${group.label}: ${formatShare(group.appliedRate)} applied, ${formatShare(group.offeredRate)} offered, ${formatShare(group.placedRate)} placed`,
      );
    const hidden = this.groups().length - shown.length;
    return [
      `Rates by group against the eligible population; the whole organization placed ${formatShare(this.overall().placedRate)}.`,
      ...shown,
      hidden ? `${hidden} ${hidden === 1 ? 'group is' : 'groups are'} hidden.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  });
}
