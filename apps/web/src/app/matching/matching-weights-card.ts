import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  DEFAULT_FIT_WEIGHTS,
  FIT_FACTOR_LABELS,
  FIT_FACTORS,
  type FitFactor,
  type FitWeights,
  MAX_FIT_WEIGHT,
  weightProblems,
} from '@bridge/matching';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import { Icon } from '../ui/icon';
import { SetMatchingWeightsDocument } from './matching.generated';

const FACTOR_HINTS: Readonly<Record<FitFactor, string>> = {
  DEVELOPMENT: 'The work exercises capabilities where the candidate’s evidence is thin.',
  SKILL: 'The candidate’s skills cover the ones the opportunity asks for.',
  INTEREST: 'The candidate applied for it or saved it.',
  NEW_OBSERVER: 'The sponsor has not observed the candidate yet.',
  FAIR_ACCESS: 'The candidate has had fewer stretch assignments so far.',
};

const pick = (weights: FitWeights): FitWeights =>
  Object.fromEntries(FIT_FACTORS.map((factor) => [factor, weights[factor]])) as FitWeights;

/**
 * How much each factor counts in a candidate's fit for an opportunity. The rule for a valid set is the
 * engine's own (`weightProblems`), checked here before saving and again by the API.
 */
@Component({
  selector: 'bridge-matching-weights-card',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, Icon],
  templateUrl: './matching-weights-card.html',
  styleUrl: './matching-weights-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchingWeightsCard {
  private readonly apollo = inject(Apollo);

  readonly weights = input.required<FitWeights>();

  protected readonly factors = FIT_FACTORS.map((factor) => ({
    factor,
    label: FIT_FACTOR_LABELS[factor],
    hint: FACTOR_HINTS[factor],
  }));
  protected readonly max = MAX_FIT_WEIGHT;
  protected readonly form = new FormGroup(
    Object.fromEntries(
      FIT_FACTORS.map((factor) => [factor, new FormControl<number | null>(DEFAULT_FIT_WEIGHTS[factor])]),
    ) as Record<FitFactor, FormControl<number | null>>,
  );
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly saving = signal(false);
  protected readonly saved = signal<string | null>(null);
  /** A problem with the set as a whole (all zero), or one the API found that no field owns. */
  protected readonly problem = signal<string | null>(null);

  constructor() {
    effect(() => {
      const weights = this.weights();
      // Only the factors: what the API sends may carry more (its __typename).
      if (!this.form.dirty) this.form.setValue(pick(weights));
    });
  }

  /** Each factor's share of a perfect score, as the engine weighs it: its weight over their sum. */
  protected share(factor: FitFactor): string {
    const values = this.values();
    const total = FIT_FACTORS.reduce((sum, each) => sum + Math.max(0, Number(values[each]) || 0), 0);
    const weight = Math.max(0, Number(values[factor]) || 0);
    return total > 0 ? `${Math.round((weight / total) * 100)}% of the score` : '';
  }

  protected resetToDefaults(): void {
    this.form.setValue(pick(DEFAULT_FIT_WEIGHTS));
    this.form.markAsDirty();
    this.problem.set(null);
    this.saved.set(null);
  }

  protected save(): void {
    if (this.saving()) return;
    const raw = this.form.getRawValue();
    // An emptied field is no weight at all: the rule names it like any other out-of-range value.
    const weights = Object.fromEntries(
      FIT_FACTORS.map((factor) => [factor, raw[factor] ?? Number.NaN]),
    ) as FitWeights;
    this.problem.set(null);
    this.saved.set(null);
    const problems = weightProblems(weights);
    for (const { field, message } of problems) {
      if (field === 'weights') this.problem.set(message);
      else {
        this.form.controls[field].setErrors({ rule: message });
        this.form.controls[field].markAsTouched();
      }
    }
    if (problems.length > 0) return;
    this.saving.set(true);
    this.apollo.mutate({ mutation: SetMatchingWeightsDocument, variables: { weights } }).subscribe({
      next: () => {
        this.saving.set(false);
        this.form.markAsPristine();
        this.saved.set('Matching now weighs the factors as set here.');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        let placed = false;
        for (const factor of FIT_FACTORS) {
          const message = fieldErrorMessage(error, `weights.${factor}`);
          if (message) {
            this.form.controls[factor].setErrors({ rule: message });
            placed = true;
          }
        }
        if (!placed) this.problem.set(fieldErrorMessage(error, 'weights') ?? describeError(error));
      },
    });
  }
}
