import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { OPPORTUNITY_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { EMPTY, finalize, map, type Observable, of, switchMap, tap } from 'rxjs';
import { describeError, fieldErrorMessage, isNotFound } from '../core/api-errors';
import {
  CreateOpportunityDocument,
  type EditableOpportunityFragment,
  EditableOpportunityDocument,
  OpportunityEditorChoicesDocument,
  type OpportunityKind,
  PublishOpportunityDocument,
  UpdateOpportunityDocument,
} from '../graphql/generated';
import { buildUnitTree, flattenUnitTree } from '../org-chart/unit-tree';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { FullDate, PARTIAL_DATE_MESSAGE } from '../ui/full-date';
import { Icon } from '../ui/icon';
import { TrackUnsavedChanges } from '../ui/unsaved-changes';
import { OPPORTUNITY_KIND_LABELS } from './opportunity-labels';
import { inFieldWords, maxItems, notBefore, wholeNumber } from './opportunity-validators';
import { maxSkills, SkillsInput } from './skills-input';

/** The form's fields, by the name the API gives them under `input.`. */
const FIELD_LABELS = {
  title: 'Title',
  description: 'Description',
  hostUnitId: 'Host unit',
  seats: 'Seats',
  hoursPerWeek: 'Hours per week',
  startsOn: 'Start date',
  endsOn: 'End date',
  capabilityKeys: 'Capabilities',
  skills: 'Skills',
  crossFunctional: 'Cross-functional',
} as const;
type FieldName = keyof typeof FIELD_LABELS;
const FIELD_NAMES = Object.keys(FIELD_LABELS) as FieldName[];

const KIND_DESCRIPTIONS: Readonly<Record<OpportunityKind, string>> = {
  STRETCH_PROJECT: 'Someone leads a real piece of work, with you as sponsor.',
  MENTORSHIP: 'Someone mentors a colleague and practises coaching.',
};

type Saving = 'draft' | 'publish' | null;

@Component({
  selector: 'bridge-opportunity-editor-page',
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
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    FocusInvalid,
    FullDate,
    Icon,
    SkillsInput,
    TrackUnsavedChanges,
  ],
  templateUrl: './opportunity-editor-page.html',
  styleUrl: './opportunity-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpportunityEditorPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focusInvalid = viewChild(FocusInvalid);

  /** Absent for a new opportunity (/opportunities/new). */
  readonly id = input<string>();

  protected readonly limits = OPPORTUNITY_LIMITS;
  protected readonly partialDate = PARTIAL_DATE_MESSAGE;
  protected readonly kinds = (['STRETCH_PROJECT', 'MENTORSHIP'] as const).map((kind) => ({
    value: kind,
    label: OPPORTUNITY_KIND_LABELS[kind],
    description: KIND_DESCRIPTIONS[kind],
  }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['STRETCH_PROJECT' as OpportunityKind],
    title: [
      '',
      [Validators.required, Validators.minLength(3), Validators.maxLength(OPPORTUNITY_LIMITS.maxTitleLength)],
    ],
    description: ['', [Validators.required, Validators.maxLength(OPPORTUNITY_LIMITS.maxDescriptionLength)]],
    // null: the sponsor's own unit, which the API fills in.
    hostUnitId: new FormControl<string | null>(null),
    seats: new FormControl<number | null>(1, [
      Validators.required,
      Validators.min(OPPORTUNITY_LIMITS.minSeats),
      Validators.max(OPPORTUNITY_LIMITS.maxSeats),
      wholeNumber,
    ]),
    hoursPerWeek: new FormControl<number | null>(4, [
      Validators.required,
      Validators.min(OPPORTUNITY_LIMITS.minHoursPerWeek),
      Validators.max(OPPORTUNITY_LIMITS.maxHoursPerWeek),
      wholeNumber,
    ]),
    startsOn: [''],
    endsOn: ['', notBefore('startsOn')],
    capabilityKeys: [[] as string[], maxItems(OPPORTUNITY_LIMITS.maxCapabilities)],
    skills: [[] as string[], maxSkills()],
    crossFunctional: [false],
  });

  private readonly choices = toSignal(
    this.apollo.query({ query: OpportunityEditorChoicesDocument }).pipe(map(({ data }) => data ?? null)),
    {
      initialValue: null,
    },
  );
  protected readonly unitOptions = computed(() =>
    flattenUnitTree(buildUnitTree(this.choices()?.orgUnits ?? [])).map((node) => ({
      id: node.unit.id,
      label: node.path,
      depth: node.depth,
    })),
  );
  protected readonly capabilities = computed(() => this.choices()?.leadershipFramework.capabilities ?? []);

  /** The opportunity as last saved or loaded; null until a new one is first saved. */
  protected readonly existing = signal<EditableOpportunityFragment | null>(null);
  protected readonly loadingExisting = signal(false);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly saving = signal<Saving>(null);
  protected readonly failure = signal<string | null>(null);

  protected readonly seatsFilled = computed(() => this.existing()?.seatsFilled ?? 0);
  protected readonly minSeats = computed(() => Math.max(OPPORTUNITY_LIMITS.minSeats, this.seatsFilled()));
  protected readonly isDraft = computed(() => (this.existing()?.status ?? 'DRAFT') === 'DRAFT');
  protected readonly isClosed = computed(() => this.existing()?.status === 'CLOSED');
  protected readonly heading = computed(() => {
    if (!this.id()) return 'Post an opportunity';
    return this.existing()?.status === 'OPEN' ? 'Edit open opportunity' : 'Edit draft';
  });

  constructor() {
    this.form.controls.startsOn.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endsOn.updateValueAndValidity({ emitEvent: false }));

    toObservable(this.id)
      .pipe(
        switchMap((id) => (id ? this.load(id) : EMPTY)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected save(publish: boolean): void {
    if (this.saving() || this.isClosed()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      // "Save and publish" is no submit button, so the form does not move focus by itself.
      this.focusInvalid()?.focusFirstInvalid();
      return;
    }
    this.saving.set(publish ? 'publish' : 'draft');
    this.failure.set(null);
    let saved = false;
    this.saveFields()
      .pipe(
        tap((opportunity) => {
          saved = true;
          // A later retry updates this opportunity instead of creating another.
          this.existing.set(opportunity);
          // What the form holds is saved now: leaving loses nothing, so the unsaved-changes guard lets go.
          this.form.markAsPristine();
        }),
        switchMap((opportunity) =>
          publish && opportunity.status === 'DRAFT'
            ? this.apollo.mutate({ mutation: PublishOpportunityDocument, variables: { id: opportunity.id } })
            : of(opportunity),
        ),
        finalize(() => this.saving.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => void this.router.navigate(['/opportunities']),
        error: (error: unknown) => {
          if (saved) {
            this.failure.set(`Saved as a draft, but not published: ${describeError(error)}`);
            return;
          }
          this.showRefusal(error);
        },
      });
  }

  private load(id: string): Observable<unknown> {
    this.loadingExisting.set(true);
    this.loadFailure.set(null);
    this.notFound.set(false);
    return this.apollo
      .query({ query: EditableOpportunityDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(
        tap({
          next: ({ data }) => {
            this.loadingExisting.set(false);
            if (data) this.fill(data.opportunity);
          },
          error: (error: unknown) => {
            this.loadingExisting.set(false);
            if (isNotFound(error)) this.notFound.set(true);
            else this.loadFailure.set(describeError(error));
          },
        }),
      );
  }

  private fill(opportunity: EditableOpportunityFragment): void {
    this.existing.set(opportunity);
    this.form.reset({
      kind: opportunity.kind,
      title: opportunity.title,
      description: opportunity.description,
      hostUnitId: opportunity.hostUnit?.id ?? null,
      seats: opportunity.seats,
      hoursPerWeek: opportunity.hoursPerWeek,
      startsOn: opportunity.startsOn ?? '',
      endsOn: opportunity.endsOn ?? '',
      capabilityKeys: opportunity.capabilityKeys,
      skills: opportunity.skills,
      crossFunctional: opportunity.crossFunctional,
    });
    // The API cannot change an opportunity's kind, nor take seats below those already filled.
    this.form.controls.kind.disable();
    this.form.controls.seats.addValidators(
      Validators.min(Math.max(OPPORTUNITY_LIMITS.minSeats, opportunity.seatsFilled)),
    );
    this.form.controls.seats.updateValueAndValidity();
  }

  private saveFields(): Observable<EditableOpportunityFragment> {
    const value = this.form.getRawValue();
    const fields = {
      title: value.title.trim(),
      description: value.description.trim(),
      hostUnitId: value.hostUnitId,
      seats: value.seats ?? OPPORTUNITY_LIMITS.minSeats,
      hoursPerWeek: value.hoursPerWeek ?? OPPORTUNITY_LIMITS.minHoursPerWeek,
      startsOn: value.startsOn || null,
      endsOn: value.endsOn || null,
      capabilityKeys: value.capabilityKeys,
      skills: value.skills,
      crossFunctional: value.crossFunctional,
    };
    const existing = this.existing();
    if (existing) {
      return this.apollo
        .mutate({ mutation: UpdateOpportunityDocument, variables: { input: { id: existing.id, ...fields } } })
        .pipe(switchMap(({ data }) => (data ? of(data.updateOpportunity) : EMPTY)));
    }
    return this.apollo
      .mutate({ mutation: CreateOpportunityDocument, variables: { input: { kind: value.kind, ...fields } } })
      .pipe(switchMap(({ data }) => (data ? of(data.createOpportunity) : EMPTY)));
  }

  private showRefusal(error: unknown): void {
    let named = false;
    for (const field of FIELD_NAMES) {
      const message = fieldErrorMessage(error, `input.${field}`);
      if (message === null) continue;
      const control = this.form.controls[field];
      control.setErrors({ api: inFieldWords(message, FIELD_LABELS) });
      control.markAsTouched();
      named = true;
    }
    if (named) this.focusInvalid()?.focusFirstInvalid();
    else this.failure.set(inFieldWords(describeError(error), FIELD_LABELS));
  }
}
