import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { OPPORTUNITY_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import { Session } from '../core/session';
import { MyMentorRequestsDocument, RequestMentorDocument } from '../graphql/generated';
import { CandidatesWhoFit } from '../matching/candidates-who-fit';
import { formatDateRange, OPPORTUNITY_STATUS_LABELS } from '../opportunities/opportunity-labels';
import { inFieldWords, notBefore, wholeNumber } from '../opportunities/opportunity-validators';
import { maxSkills, SkillsInput } from '../opportunities/skills-input';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { FullDate, PARTIAL_DATE_MESSAGE } from '../ui/full-date';
import { Icon } from '../ui/icon';
import { TrackUnsavedChanges } from '../ui/unsaved-changes';

/** What the API allows for a mentor's time, which is less than a project's. */
export const MENTOR_HOURS = { min: OPPORTUNITY_LIMITS.minHoursPerWeek, max: 8, default: 2 } as const;
export const MIN_GOALS_LENGTH = 10;

const FIELD_LABELS = {
  goals: 'Goals',
  skills: 'Skills',
  hoursPerWeek: 'Hours per week',
  startsOn: 'Start date',
  endsOn: 'End date',
} as const;
type FieldName = keyof typeof FIELD_LABELS;
const FIELD_NAMES = Object.keys(FIELD_LABELS) as FieldName[];

interface RequestedMentor {
  id: string;
  title: string;
}

@Component({
  selector: 'bridge-mentor-request-page',
  imports: [
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    FocusInvalid,
    FullDate,
    Icon,
    CandidatesWhoFit,
    SkillsInput,
    TrackUnsavedChanges,
  ],
  templateUrl: './mentor-request-page.html',
  styleUrl: './mentor-request-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorRequestPage {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  // The form is hidden while a request is open, until the mentee asks to write another.
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly focusInvalid = viewChild(FocusInvalid);

  protected readonly hours = MENTOR_HOURS;
  protected readonly minGoalsLength = MIN_GOALS_LENGTH;
  protected readonly maxGoalsLength = OPPORTUNITY_LIMITS.maxDescriptionLength;
  protected readonly statusLabels = OPPORTUNITY_STATUS_LABELS;
  protected readonly dateRange = formatDateRange;
  protected readonly partialDate = PARTIAL_DATE_MESSAGE;

  protected readonly form = inject(NonNullableFormBuilder).group({
    goals: [
      '',
      [
        Validators.required,
        Validators.minLength(MIN_GOALS_LENGTH),
        Validators.maxLength(OPPORTUNITY_LIMITS.maxDescriptionLength),
      ],
    ],
    skills: [[] as string[], maxSkills()],
    hoursPerWeek: new FormControl<number | null>(MENTOR_HOURS.default, [
      Validators.required,
      Validators.min(MENTOR_HOURS.min),
      Validators.max(MENTOR_HOURS.max),
      wholeNumber,
    ]),
    startsOn: [''],
    endsOn: ['', notBefore('startsOn')],
  });
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly requested = signal<RequestedMentor | null>(null);

  private readonly requestsQuery = this.apollo.watchQuery({
    query: MyMentorRequestsDocument,
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.requestsQuery.valueChanges);
  /** Sponsored mentorships include ones a sponsor offers others; only requests for this mentee are theirs to choose in. */
  protected readonly requests = computed(() => {
    const result = this.result();
    const me = this.session.person()?.id;
    if (result?.dataState !== 'complete') return [];
    return result.data.opportunities.edges
      .map((edge) => edge.node)
      .filter((request) => request.mentee?.id === me);
  });
  protected readonly openRequests = computed(() =>
    this.requests().filter((request) => request.status === 'OPEN'),
  );
  protected readonly pastRequests = computed(() =>
    this.requests().filter((request) => request.status !== 'OPEN'),
  );
  /** With a request open, asking again is a choice, not the page's first invitation. */
  protected readonly composing = signal(false);
  protected readonly showForm = computed(() => this.composing() || this.openRequests().length === 0);
  protected readonly loadingRequests = computed(() => this.result()?.loading ?? true);
  protected readonly requestsFailure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  constructor() {
    this.form.controls.startsOn.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endsOn.updateValueAndValidity({ emitEvent: false }));
  }

  protected send(): void {
    if (this.sending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    this.sending.set(true);
    this.failure.set(null);
    this.requested.set(null);
    this.apollo
      .mutate({
        mutation: RequestMentorDocument,
        variables: {
          input: {
            goals: value.goals.trim(),
            skills: value.skills,
            hoursPerWeek: value.hoursPerWeek ?? MENTOR_HOURS.default,
            startsOn: value.startsOn || null,
            endsOn: value.endsOn || null,
          },
        },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.sending.set(false);
          if (data) this.requested.set(data.requestMentor);
          this.formDirective()?.resetForm({
            goals: '',
            skills: [],
            hoursPerWeek: MENTOR_HOURS.default,
            startsOn: '',
            endsOn: '',
          });
          this.composing.set(false);
          void this.requestsQuery.refetch();
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.showRefusal(error);
        },
      });
  }

  private showRefusal(error: unknown): void {
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
