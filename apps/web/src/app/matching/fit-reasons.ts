import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FitReasonPartsFragment } from './matching.generated';

/** One factor as drawn: its track is as long as its weight allows, its fill is its value. */
export interface FitBar {
  factor: string;
  label: string;
  /** Points of the score (of 100) this factor brings. */
  points: number;
  /** The track's length, % of the widest (the heaviest factor's). */
  track: number;
  /** The fill, % of the track: the factor's value. */
  fill: number;
  /** In words for a screen reader, which skips the drawing. */
  spoken: string;
  explanation: string;
}

/** A fit score as a person reads it: 0.724 → 72. */
export function fitPercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

/** The bars of a fit's factors; the filled length is proportional to each factor's contribution. */
export function fitBars(reasons: readonly FitReasonPartsFragment[]): FitBar[] {
  const heaviest = Math.max(0, ...reasons.map((reason) => reason.weight));
  return reasons.map((reason) => {
    const value = fitPercent(reason.value);
    const points = Math.round(reason.contribution * 100);
    return {
      factor: reason.factor,
      label: reason.label,
      points,
      track: heaviest > 0 ? (reason.weight / heaviest) * 100 : 0,
      fill: value,
      spoken: `${points} points: ${value}% of its weight ${Math.round(reason.weight * 100) / 100}.`,
      explanation: reason.explanation,
    };
  });
}

/**
 * A fit's reasons: each factor labelled, with a small bar of what it contributes and the points in
 * figures. The explanations speak to the candidate ("you"), so only their own pages show them.
 */
@Component({
  selector: 'bridge-fit-reasons',
  template: `
    <ul class="reasons" [attr.aria-label]="caption()">
      @for (bar of bars(); track bar.factor) {
        <li [class]="'reason ' + bar.factor.toLowerCase()">
          <span class="label">{{ bar.label }}</span>
          <span class="bar" aria-hidden="true">
            <span class="track" [style.width.%]="bar.track">
              <span class="fill" [style.width.%]="bar.fill"></span>
            </span>
          </span>
          <span class="points" aria-hidden="true">+{{ bar.points }}</span>
          <span class="visually-hidden">{{ bar.spoken }}</span>
          @if (explained()) {
            <span class="explanation">{{ bar.explanation }}</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }

    .reasons {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }

    .reason {
      display: grid;
      grid-template-columns: 8.5rem minmax(48px, 1fr) 3ch;
      gap: 0 10px;
      align-items: center;
    }

    .label {
      color: var(--bridge-ink);
    }

    .bar {
      display: block;
      height: 8px;
    }

    .track {
      display: block;
      height: 100%;
      border-radius: 4px;
      background: #e3e9f1;
      overflow: hidden;
    }

    .fill {
      display: block;
      height: 100%;
      border-radius: 4px;
      background: var(--bridge-ink-soft);
    }

    .points {
      color: var(--bridge-muted);
      text-align: right;
      font-variant-numeric: tabular-nums;
    }

    .explanation {
      grid-column: 1 / -1;
      margin-bottom: 4px;
      color: var(--bridge-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FitReasons {
  readonly reasons = input.required<readonly FitReasonPartsFragment[]>();
  /** Show each factor's words too (addressed to the candidate). */
  readonly explained = input(false);
  readonly caption = input('Why it fits');

  protected readonly bars = computed(() => fitBars(this.reasons()));
}
