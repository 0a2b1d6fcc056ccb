import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { OBSERVATION_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import { Session } from '../core/session';
import {
  ColleagueSearchDocument,
  RequestObservationDocument,
  SharedObservationsDocument,
} from './evidence.generated';
import { GrowthCharts } from '../readiness/growth-charts';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';
import { WARNING_PATTERN_LABELS } from './evidence-labels';
import { ReflectionsPanel } from './reflections-panel';

const TYPING_DEBOUNCE_MS = 250;

interface Colleague {
  id: string;
  name: string;
  title?: string | null;
}

/** A candidate's own view of their evidence: what observers shared with them, and asking for more. */
@Component({
  selector: 'bridge-my-growth-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    FocusInvalid,
    GrowthCharts,
    Icon,
    ReflectionsPanel,
  ],
  templateUrl: './my-growth-page.html',
  styleUrl: './my-growth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyGrowthPage {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly focusInvalid = viewChild(FocusInvalid);

  protected readonly patternLabels = WARNING_PATTERN_LABELS;
  protected readonly maxQuestionLength = OBSERVATION_LIMITS.maxQuestionLength;

  private readonly evidence = toSignal(
    toObservable(computed(() => this.session.person()?.id ?? null)).pipe(
      switchMap((candidateId) =>
        candidateId
          ? this.apollo
              .watchQuery({
                query: SharedObservationsDocument,
                variables: { candidateId },
                fetchPolicy: 'cache-and-network',
              })
              .valueChanges.pipe(
                map((result) => ({
                  data: result.dataState === 'complete' ? result.data : null,
                  error: result.error ?? null,
                })),
              )
          : of(null),
      ),
    ),
  );
  protected readonly observations = computed(
    () => this.evidence()?.data?.observations.edges.map((edge) => edge.node) ?? null,
  );
  protected readonly failure = computed(() => {
    const error = this.evidence()?.error;
    return error ? describeError(error) : null;
  });
  private readonly capabilityNames = computed(
    () => new Map(this.evidence()?.data?.leadershipFramework.capabilities.map((c) => [c.key, c.name]) ?? []),
  );
  private readonly ratingLabels = computed(
    () => new Map(this.evidence()?.data?.leadershipFramework.scale.map((a) => [a.rating, a.label]) ?? []),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    colleague: [null as Colleague | string | null, Validators.required],
    question: [
      '',
      [
        Validators.required,
        Validators.pattern(/\S/),
        Validators.maxLength(OBSERVATION_LIMITS.maxQuestionLength),
      ],
    ],
  });
  protected readonly suggestions = toSignal(
    this.form.controls.colleague.valueChanges.pipe(
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(TYPING_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((search) =>
        search.length < 2
          ? of([])
          : this.apollo.query({ query: ColleagueSearchDocument, variables: { search } }).pipe(
              map(({ data }) =>
                (data?.people.edges.map((edge) => edge.node) ?? []).filter(
                  (person) => person.id !== this.session.person()?.id,
                ),
              ),
              catchError(() => of([])),
            ),
      ),
    ),
    { initialValue: [] as Colleague[] },
  );
  protected readonly asking = signal(false);
  protected readonly asked = signal<string | null>(null);
  protected readonly askFailure = signal<string | null>(null);

  protected capabilityName(key: string): string {
    return this.capabilityNames().get(key) ?? key;
  }

  protected ratingLabel(rating: number): string {
    return this.ratingLabels().get(rating) ?? String(rating);
  }

  protected colleagueName(value: Colleague | string | null): string {
    return typeof value === 'string' ? value : (value?.name ?? '');
  }

  protected ask(): void {
    const candidateId = this.session.person()?.id;
    if (this.asking() || !candidateId) return;
    this.form.markAllAsTouched();
    const colleague = this.form.controls.colleague.value;
    if (typeof colleague === 'string' || colleague === null) {
      this.form.controls.colleague.setErrors({ notChosen: true });
    }
    if (this.form.invalid || typeof colleague === 'string' || colleague === null) return;
    this.asking.set(true);
    this.asked.set(null);
    this.askFailure.set(null);
    this.apollo
      .mutate({
        mutation: RequestObservationDocument,
        variables: {
          candidateId,
          observerId: colleague.id,
          question: this.form.controls.question.value.trim(),
        },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.asking.set(false);
          this.asked.set(colleague.name);
          this.formDirective()?.resetForm({ colleague: null, question: '' });
        },
        error: (error: unknown) => {
          this.asking.set(false);
          const onQuestion = fieldErrorMessage(error, 'question');
          const onColleague = fieldErrorMessage(error, 'observerId');
          if (onQuestion) this.form.controls.question.setErrors({ api: onQuestion });
          if (onColleague) this.form.controls.colleague.setErrors({ api: onColleague });
          if (onQuestion || onColleague) this.focusInvalid()?.focusFirstInvalid();
          else this.askFailure.set(describeError(error));
        },
      });
  }
}
