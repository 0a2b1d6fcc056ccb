import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSliderModule } from '@angular/material/slider';
import {
  DEFAULT_FIT_WEIGHTS,
  FIT_FACTORS,
  type FitFactor,
  type FitWeights,
  weightProblems,
} from '@bridge/matching';
import { Apollo } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, switchMap } from 'rxjs';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import type { RunMatchingRoundInput } from '../graphql/generated';
import { Icon } from '../ui/icon';
import {
  OrganizationMatchingWeightsDocument,
  RoundChoicesDocument,
  RunMatchingRoundDocument,
} from './matching-rounds.generated';
import { WEIGHT_FIELDS } from './round-format';

const MIN_TOP_K = 1;
const MAX_TOP_K = 1000;

/**
 * HR's choices for a round: which open opportunities and which candidates (all by default, or only
 * those ticked), the factor weights and K; checked as the API checks them before it is sent.
 */
@Component({
  selector: 'bridge-round-setup',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSliderModule,
    Icon,
  ],
  templateUrl: './round-setup.html',
  styleUrl: './round-setup.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundSetup {
  private readonly apollo = inject(Apollo);
  readonly started = output<string>();

  protected readonly weightFields = WEIGHT_FIELDS;
  protected readonly minTopK = MIN_TOP_K;
  protected readonly maxTopK = MAX_TOP_K;
  protected readonly weights = signal<FitWeights>({ ...DEFAULT_FIT_WEIGHTS });
  /** Set once HR moves a weight: the organization's own weights, loaded after, then leave it alone. */
  private weightsEdited = false;
  protected readonly topK = signal(50);
  protected readonly opportunityMode = signal<'ALL' | 'CHOSEN'>('ALL');
  protected readonly candidateMode = signal<'ALL' | 'CHOSEN'>('ALL');
  protected readonly chosenOpportunities = signal<ReadonlySet<string>>(new Set());
  protected readonly chosenCandidates = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly candidateSearch = signal('');
  protected readonly starting = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly apiFieldErrors = signal<ReadonlyMap<string, string>>(new Map());

  private readonly choices = toSignal(
    toObservable(this.candidateSearch).pipe(
      debounceTime(250),
      distinctUntilChanged(),
      switchMap(
        (search) =>
          this.apollo.watchQuery({
            query: RoundChoicesDocument,
            variables: { search: search.trim() || null },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );
  constructor() {
    // The organization's own weights are where a round starts, unless HR has already moved one.
    this.apollo
      .query({ query: OrganizationMatchingWeightsDocument })
      .pipe(takeUntilDestroyed())
      .subscribe((result) => {
        const weights = result.data?.me.organization.matchingWeights;
        if (!weights || this.weightsEdited) return;
        this.weights.set(
          Object.fromEntries(FIT_FACTORS.map((factor) => [factor, weights[factor]])) as FitWeights,
        );
      });
  }

  protected readonly opportunities = computed(() => {
    const result = this.choices();
    return result?.dataState === 'complete' ? result.data.opportunities.edges.map((edge) => edge.node) : [];
  });
  protected readonly openCount = computed(() => {
    const result = this.choices();
    return result?.dataState === 'complete' ? result.data.opportunities.totalCount : null;
  });
  protected readonly candidates = computed(() => {
    const result = this.choices();
    return result?.dataState === 'complete' ? result.data.people.edges.map((edge) => edge.node) : [];
  });

  /** The engine's own rule for weights, so the form says what the API would. */
  protected readonly weightErrors = computed(() => {
    const errors = new Map<string, string>();
    for (const problem of weightProblems(this.weights())) errors.set(problem.field, problem.message);
    return errors;
  });
  protected readonly topKError = computed(() => {
    const k = this.topK();
    return Number.isInteger(k) && k >= MIN_TOP_K && k <= MAX_TOP_K
      ? (this.apiFieldErrors().get('input.topK') ?? null)
      : `K is a whole number from ${MIN_TOP_K} to ${MAX_TOP_K}.`;
  });
  protected readonly selectionError = computed(() => {
    if (this.opportunityMode() === 'CHOSEN' && this.chosenOpportunities().size === 0)
      return 'Tick at least one opportunity, or take all open ones.';
    if (this.candidateMode() === 'CHOSEN' && this.chosenCandidates().size === 0)
      return 'Tick at least one candidate, or take everyone with a candidate profile.';
    return (
      this.apiFieldErrors().get('input.opportunityIds') ??
      this.apiFieldErrors().get('input.candidateIds') ??
      null
    );
  });
  protected readonly invalid = computed(
    () => this.weightErrors().size > 0 || this.topKError() !== null || this.selectionError() !== null,
  );

  protected weightError(factor: FitFactor): string | null {
    return this.weightErrors().get(factor) ?? this.apiFieldErrors().get(`input.weights.${factor}`) ?? null;
  }

  protected setWeight(factor: FitFactor, value: number): void {
    this.weightsEdited = true;
    this.weights.update((weights) => ({ ...weights, [factor]: Number(value) }));
    this.apiFieldErrors.set(new Map());
  }

  protected toggleOpportunity(id: string, checked: boolean): void {
    this.chosenOpportunities.update((chosen) => {
      const next = new Set(chosen);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected toggleCandidate(id: string, name: string, checked: boolean): void {
    this.chosenCandidates.update((chosen) => {
      const next = new Map(chosen);
      if (checked) next.set(id, name);
      else next.delete(id);
      return next;
    });
  }

  protected start(): void {
    if (this.invalid() || this.starting()) return;
    const input: RunMatchingRoundInput = {
      weights: this.weights(),
      topK: this.topK(),
      opportunityIds: this.opportunityMode() === 'CHOSEN' ? [...this.chosenOpportunities()] : null,
      candidateIds: this.candidateMode() === 'CHOSEN' ? [...this.chosenCandidates().keys()] : null,
    };
    this.starting.set(true);
    this.problem.set(null);
    this.apiFieldErrors.set(new Map());
    this.apollo.mutate({ mutation: RunMatchingRoundDocument, variables: { input } }).subscribe({
      next: (result) => {
        this.starting.set(false);
        const round = result.data?.runMatchingRound;
        if (round) this.started.emit(round.id);
      },
      error: (error: unknown) => {
        this.starting.set(false);
        const fields = [
          'input.topK',
          'input.opportunityIds',
          'input.candidateIds',
          'input.weights',
          ...WEIGHT_FIELDS.map(({ factor }) => `input.weights.${factor}`),
        ];
        const errors = new Map<string, string>();
        for (const field of fields) {
          const message = fieldErrorMessage(error, field);
          if (message) errors.set(field, message);
        }
        this.apiFieldErrors.set(errors);
        if (errors.size === 0) this.problem.set(describeError(error));
      },
    });
  }

  protected allWeightsError(): string | null {
    return this.weightErrors().get('weights') ?? this.apiFieldErrors().get('input.weights') ?? null;
  }
}
