import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { OBSERVATION_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeError, errorReason, fieldErrorMessage } from '../core/api-errors';
import {
  ObservationFormDocument,
  ObservationRequestsForMeDocument,
  RecordObservationDocument,
} from './evidence.generated';
import { inFieldWords } from '../opportunities/opportunity-validators';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { FullDate, PARTIAL_DATE_MESSAGE } from '../ui/full-date';
import { Icon } from '../ui/icon';
import { TrackUnsavedChanges } from '../ui/unsaved-changes';
import { WARNING_PATTERN_LABELS } from './evidence-labels';

const FIELD_LABELS = {
  capabilityKey: 'Capability',
  indicatorKey: 'Behaviour',
  rating: 'Rating',
  situation: 'Situation',
  behaviour: 'Behaviour',
  impact: 'Impact',
  observedOn: 'Date observed',
  placementId: 'Placement',
  visibility: 'Who reads it',
} as const;
type FieldName = keyof typeof FIELD_LABELS;
const FIELD_NAMES = Object.keys(FIELD_LABELS) as FieldName[];

const today = () => new Date().toISOString().slice(0, 10);
const notBlank = Validators.pattern(/\S/);
const text = () => [
  '',
  [Validators.required, notBlank, Validators.maxLength(OBSERVATION_LIMITS.maxTextLength)],
];

/**
 * The observation form: built to be filled in under a minute, on a phone too. The anchors of the rating scale
 * are on screen, the behaviours are those of the chosen capability, and a request for evidence fills in who
 * it is about.
 */
@Component({
  selector: 'bridge-record-observation-page',
  imports: [
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    DecorativeSpinner,
    FocusInvalid,
    FullDate,
    Icon,
    TrackUnsavedChanges,
  ],
  templateUrl: './record-observation-page.html',
  styleUrl: './record-observation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordObservationPage {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly focusInvalid = viewChild(FocusInvalid);

  /** From the route: `/evidence/record/:candidateId`, or `/evidence/requests/:requestId`. */
  readonly candidateId = input<string>();
  readonly requestId = input<string>();
  /** From the query string: the placement it happened in, when the form is opened from one. */
  readonly placement = input<string>();

  protected readonly maxTextLength = OBSERVATION_LIMITS.maxTextLength;
  protected readonly partialDate = PARTIAL_DATE_MESSAGE;
  protected readonly patternLabels = WARNING_PATTERN_LABELS;
  protected readonly today = today();
  protected readonly sbiFields = [
    { name: 'situation', label: 'Situation', hint: 'What was happening, and where?' },
    { name: 'behaviour', label: 'Behaviour', hint: 'What did they do or say?' },
    { name: 'impact', label: 'Impact', hint: 'What did it change for others?' },
  ] as const;

  protected readonly form = inject(NonNullableFormBuilder).group({
    capabilityKey: ['', Validators.required],
    indicatorKey: ['', Validators.required],
    rating: [
      0,
      [
        Validators.required,
        Validators.min(OBSERVATION_LIMITS.minRating),
        Validators.max(OBSERVATION_LIMITS.maxRating),
      ],
    ],
    situation: text(),
    behaviour: text(),
    impact: text(),
    observedOn: [today(), Validators.required],
    placementId: [''],
    visibility: ['SHARED' as 'SHARED' | 'HR_ONLY', Validators.required],
  });

  protected readonly request = toSignal(
    toObservable(this.requestId).pipe(
      switchMap((requestId) =>
        requestId
          ? this.apollo
              .query({ query: ObservationRequestsForMeDocument, fetchPolicy: 'network-only' })
              .pipe(map(({ data }) => data?.observationRequestsForMe.find((r) => r.id === requestId) ?? null))
          : of(null),
      ),
    ),
  );
  /** Whom the observation is about: named by the route, or by the request being answered. */
  protected readonly subjectId = computed(() => this.candidateId() ?? this.request()?.candidate.id ?? null);
  protected readonly requestMissing = computed(
    () => this.requestId() !== undefined && this.request() === null,
  );

  private readonly formData = toSignal(
    toObservable(this.subjectId).pipe(
      switchMap((candidateId) =>
        candidateId
          ? this.apollo.query({ query: ObservationFormDocument, variables: { candidateId } }).pipe(
              map((result) => ({ data: result.data ?? null, error: null as unknown })),
              catchError((error: unknown) => of({ data: null, error })),
            )
          : of(null),
      ),
    ),
  );
  protected readonly candidate = computed(() => this.formData()?.data?.person ?? null);
  protected readonly capabilities = computed(
    () => this.formData()?.data?.leadershipFramework.capabilities ?? [],
  );
  protected readonly scale = computed(() => this.formData()?.data?.leadershipFramework.scale ?? []);
  protected readonly placements = computed(() => this.formData()?.data?.placementsToObserve ?? []);
  private readonly capabilityKey = toSignal(this.form.controls.capabilityKey.valueChanges, {
    initialValue: '',
  });
  protected readonly capability = computed(
    () => this.capabilities().find((capability) => capability.key === this.capabilityKey()) ?? null,
  );
  protected readonly behaviours = computed(
    () => this.capability()?.indicators.filter((indicator) => indicator.kind === 'POSITIVE') ?? [],
  );
  protected readonly warningSigns = computed(
    () => this.capability()?.indicators.filter((indicator) => indicator.kind === 'WARNING_SIGN') ?? [],
  );

  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** Refused because the person may not observe this candidate: the form cannot help, so it says what can. */
  protected readonly notAnObserver = signal(false);
  protected readonly recorded = signal<{ correctableUntil: string } | null>(null);

  constructor() {
    // A new capability offers other behaviours: a behaviour of the previous one would be refused.
    this.form.controls.capabilityKey.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.indicatorKey.setValue(''));
    effect(() => {
      const error = this.formData()?.error;
      if (error) this.failure.set(describeError(error));
    });
    // Opened from a placement: that placement is chosen, if it is one the observer may tie it to.
    effect(() => {
      const placementId = this.placement();
      if (placementId && this.placements().some((placement) => placement.id === placementId))
        this.form.controls.placementId.setValue(placementId);
    });
  }

  protected record(): void {
    const candidateId = this.subjectId();
    if (this.sending() || !candidateId) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    this.sending.set(true);
    this.failure.set(null);
    this.notAnObserver.set(false);
    this.apollo
      .mutate({
        mutation: RecordObservationDocument,
        variables: {
          input: {
            candidateId,
            capabilityKey: value.capabilityKey,
            indicatorKey: value.indicatorKey,
            rating: value.rating,
            situation: value.situation.trim(),
            behaviour: value.behaviour.trim(),
            impact: value.impact.trim(),
            observedOn: value.observedOn,
            placementId: value.placementId || null,
            visibility: value.visibility,
          },
        },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.sending.set(false);
          if (!data) return;
          this.recorded.set({ correctableUntil: data.recordObservation.correctableUntil });
          this.formDirective()?.resetForm({
            ...this.form.getRawValue(),
            situation: '',
            behaviour: '',
            impact: '',
            rating: 0,
          });
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.showRefusal(error);
        },
      });
  }

  protected recordAnother(): void {
    this.recorded.set(null);
  }

  private showRefusal(error: unknown): void {
    const reason = errorReason(error);
    if (reason === 'NOT_AN_OBSERVER' || reason === 'OWN_EVIDENCE') {
      this.notAnObserver.set(true);
      this.failure.set(describeError(error));
      return;
    }
    let named = false;
    for (const field of FIELD_NAMES) {
      const message = fieldErrorMessage(error, `input.${field}`);
      if (message === null) continue;
      this.form.controls[field].setErrors({ api: inFieldWords(message, FIELD_LABELS) });
      named = true;
    }
    if (named) this.focusInvalid()?.focusFirstInvalid();
    else this.failure.set(describeError(error));
  }
}
