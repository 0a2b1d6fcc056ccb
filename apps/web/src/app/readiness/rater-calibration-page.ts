import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { CALIBRATION_RULES, raterTendency } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { Icon } from '../ui/icon';
import { RaterCalibrationDocument } from './readiness.generated';

/** Leniency bars reach the edge at this many rating points either way. */
const LENIENCY_SCALE = 1;

/**
 * For HR: each observer's level, spread and leniency against the organization's, and how much of the
 * ratings' variance says something about who rated rather than who was rated.
 */
@Component({
  selector: 'bridge-rater-calibration-page',
  imports: [DecimalPipe, RouterLink, MatProgressBarModule, Icon],
  templateUrl: './rater-calibration-page.html',
  styleUrl: './rater-calibration-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RaterCalibrationPage {
  private readonly result = toSignal(
    inject(Apollo).watchQuery({ query: RaterCalibrationDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges,
  );

  protected readonly notable = CALIBRATION_RULES.notableLeniency;
  protected readonly calibration = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.raterCalibration : null;
  });
  /** Most lenient first, harshest last: the ones to talk to are at either end. */
  protected readonly observers = computed(() =>
    [...(this.calibration()?.observers ?? [])]
      .sort((a, b) => b.leniency - a.leniency)
      .map((observer) => ({
        ...observer,
        tendency: raterTendency(observer.leniency),
        // Half the track per side; clamped so one outlier does not hide the others.
        barWidth: Math.min(Math.abs(observer.leniency) / LENIENCY_SCALE, 1) * 50,
      })),
  );
  protected percent(share: number): string {
    return `${Math.round(share * 100)}%`;
  }

  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });
}
