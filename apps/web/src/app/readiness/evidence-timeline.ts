import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { BridgeChart, CHART_COLORS, type ChartPoint } from '../ui/charts/chart';

export interface TimelineObservation {
  id: string;
  /** YYYY-MM-DD. */
  observedOn: string;
  rating: number;
  capabilityKey: string;
  capabilityName: string;
  observerName: string;
  warningSign: boolean;
}

interface TimelinePoint {
  x: number;
  y: number;
  observation: TimelineObservation;
}

const DAY_MS = 86_400_000;
/** Capabilities sit a little apart on each rating line, so the same rating on the same day stays visible. */
const CAPABILITY_OFFSET = 0.09;
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): Date => new Date(day * DAY_MS);

/**
 * Every observation over time, by rating and capability (one colour each; warning signs as triangles).
 * Clicking a point names the observation.
 */
@Component({
  selector: 'bridge-evidence-timeline',
  imports: [BridgeChart],
  template: `<bridge-chart [config]="config()" [summary]="summary()" (pointSelected)="select($event)" />`,
  styles: `
    :host {
      display: block;
      --bridge-chart-height: 340px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceTimeline {
  readonly observations = input.required<readonly TimelineObservation[]>();
  /** The rating scale's labels, 1 to 4. */
  readonly ratingLabels = input<ReadonlyMap<number, string>>(new Map());
  readonly observationSelected = output<string>();

  private readonly series = computed(() => {
    const byCapability = new Map<string, TimelineObservation[]>();
    for (const observation of this.observations()) {
      const own = byCapability.get(observation.capabilityKey) ?? [];
      own.push(observation);
      byCapability.set(observation.capabilityKey, own);
    }
    const groups = [...byCapability.values()];
    return groups.map((observations, index) => ({
      name: observations[0].capabilityName,
      points: observations.map<TimelinePoint>((observation) => ({
        x: dayOf(observation.observedOn),
        y: observation.rating + (index - (groups.length - 1) / 2) * CAPABILITY_OFFSET,
        observation,
      })),
    }));
  });

  protected readonly config = computed<ChartConfiguration<'scatter', TimelinePoint[]>>(() => {
    const labels = this.ratingLabels();
    return {
      type: 'scatter',
      data: {
        datasets: this.series().map((series, index) => {
          const color = CHART_COLORS[index % CHART_COLORS.length];
          return {
            label: series.name,
            data: series.points,
            borderColor: color,
            backgroundColor: color,
            pointRadius: 6,
            pointHoverRadius: 8,
            pointStyle: series.points.map((point) => (point.observation.warningSign ? 'triangle' : 'circle')),
          };
        }),
      },
      options: {
        scales: {
          x: {
            type: 'linear',
            grace: '5%',
            ticks: { callback: (value) => monthYear.format(dateOf(Number(value))), maxTicksLimit: 6 },
          },
          y: {
            min: 0.5,
            max: 4.5,
            // One tick per rating: the axis runs half a point past 1 and 4 so the points are not cut.
            afterBuildTicks: (axis) => {
              axis.ticks = [1, 2, 3, 4].map((value) => ({ value }));
            },
            ticks: {
              callback: (value) =>
                Number.isInteger(value) ? `${value} ${labels.get(Number(value)) ?? ''}`.trim() : '',
            },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const { observation } = item.raw as TimelinePoint;
                const warning = observation.warningSign ? ' · warning sign' : '';
                return `${observation.capabilityName}: ${observation.rating}${warning} · ${observation.observerName} · ${fullDate.format(dateOf(dayOf(observation.observedOn)))}`;
              },
            },
          },
        },
      },
    };
  });

  protected readonly summary = computed(() => {
    const observations = this.observations();
    if (observations.length === 0) return 'Timeline of observations: none yet.';
    const dates = observations.map((observation) => observation.observedOn).sort();
    const counts = this.series()
      .map((series) => `${series.name} ${series.points.length}`)
      .join(', ');
    return `Timeline of ${observations.length} observations from ${fullDate.format(dateOf(dayOf(dates[0])))} to ${fullDate.format(dateOf(dayOf(dates[dates.length - 1])))}, by rating: ${counts}.`;
  });

  protected select(point: ChartPoint): void {
    const observation = this.series()[point.datasetIndex]?.points[point.index]?.observation;
    if (observation) this.observationSelected.emit(observation.id);
  }
}
