import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { Apollo } from 'apollo-angular';
import type { Observable } from 'rxjs';
import { describeError, fieldErrorMessage } from '../../core/api-errors';
import { WARNING_PATTERN_LABELS } from '../../evidence/evidence-labels';
import { type IndicatorKind, type WarningPattern } from '../../graphql/generated';
import {
  AddFrameworkCapabilityDocument,
  AddFrameworkIndicatorDocument,
  type EditableCapabilityFragment,
  type EditableIndicatorFragment,
  EditCapabilityDocument,
  EditIndicatorDocument,
  FrameworkEditorDocument,
  RetireIndicatorDocument,
} from './framework.generated';
import { inFieldWords } from '../../opportunities/opportunity-validators';
import { askToConfirm } from '../../ui/confirm-dialog';
import { DecorativeSpinner } from '../../ui/decorative-spinner';
import { Icon } from '../../ui/icon';
import { type Transition, TransitionNeeds } from './transition-needs';

/** What is open for editing: one thing at a time, so the page never holds two half-typed changes. */
type Editing =
  | { what: 'capability'; key: string }
  | { what: 'new-capability' }
  | { what: 'indicator'; capabilityKey: string; indicator: EditableIndicatorFragment }
  | { what: 'new-indicator'; capabilityKey: string; kind: IndicatorKind };

/** The limits the API enforces, so the form says so before sending. */
const LIMITS = {
  name: { min: 2, max: 80 },
  description: { min: 10, max: 500 },
  text: { min: 10, max: 300 },
} as const;

const FIELD_LABELS = {
  name: 'Name',
  description: 'Description',
  text: 'Wording',
  warningPattern: 'Pattern',
} as const;

const ANNOUNCEMENT_MS = 6000;

const notBlank = Validators.pattern(/\S/);
const textValidators = (limits: { min: number; max: number }) => [
  Validators.required,
  notBlank,
  Validators.minLength(limits.min),
  Validators.maxLength(limits.max),
];

function editorId(editing: Editing): string {
  switch (editing.what) {
    case 'capability':
      return `capability-${editing.key}`;
    case 'new-capability':
      return 'new-capability';
    case 'indicator':
      return `indicator-${editing.indicator.id}`;
    case 'new-indicator':
      return `new-${editing.kind === 'WARNING_SIGN' ? 'warning' : 'indicator'}-${editing.capabilityKey}`;
  }
}

/**
 * The organization's leadership framework, edited by its admins: each capability's name, description,
 * behavioural indicators and warning signs, and which capabilities each transition needs. Observations keep
 * the words they were recorded against, so rewording or retiring here never changes recorded evidence.
 */
@Component({
  selector: 'bridge-framework-editor-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    DecorativeSpinner,
    Icon,
    TransitionNeeds,
  ],
  templateUrl: './framework-editor-page.html',
  styleUrl: './framework-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkEditorPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly limits = LIMITS;
  protected readonly patternLabels = WARNING_PATTERN_LABELS;
  protected readonly patterns = Object.keys(WARNING_PATTERN_LABELS) as WarningPattern[];
  protected readonly WARNING_SIGN: IndicatorKind = 'WARNING_SIGN';
  protected readonly POSITIVE: IndicatorKind = 'POSITIVE';

  protected readonly loading = signal(true);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly capabilities = signal<EditableCapabilityFragment[]>([]);
  protected readonly transitions = signal<Transition[]>([]);

  protected readonly editing = signal<Editing | null>(null);
  protected readonly editingId = computed(() => {
    const editing = this.editing();
    return editing ? editorId(editing) : null;
  });
  protected readonly saving = signal(false);
  /** A refusal of the open editor that names no field of it. */
  protected readonly editorFailure = signal<string | null>(null);
  /** Said to screen readers (and shown) after each save. */
  protected readonly announcement = signal<{ text: string; error: boolean } | null>(null);
  private announcementTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly capabilityForm = this.fb.group({
    name: ['', textValidators(LIMITS.name)],
    description: ['', textValidators(LIMITS.description)],
  });
  protected readonly indicatorForm = this.fb.group({
    text: ['', textValidators(LIMITS.text)],
    warningPattern: ['' as WarningPattern | ''],
  });

  constructor() {
    this.destroyRef.onDestroy(() => clearTimeout(this.announcementTimer));
    this.apollo
      .query({ query: FrameworkEditorDocument, fetchPolicy: 'network-only' })
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ({ data }) => {
          this.loading.set(false);
          if (!data) return;
          this.capabilities.set(data.leadershipFramework.capabilities);
          this.transitions.set(data.leadershipFramework.transitions);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.loadFailure.set(describeError(error));
        },
      });
  }

  protected positives(capability: EditableCapabilityFragment): EditableIndicatorFragment[] {
    return capability.indicators.filter((indicator) => indicator.kind === 'POSITIVE');
  }

  protected warningSigns(capability: EditableCapabilityFragment): EditableIndicatorFragment[] {
    return capability.indicators.filter((indicator) => indicator.kind === 'WARNING_SIGN');
  }

  protected isEditing(id: string): boolean {
    return this.editingId() === id;
  }

  protected editCapability(capability: EditableCapabilityFragment): void {
    this.capabilityForm.reset({ name: capability.name, description: capability.description });
    this.open({ what: 'capability', key: capability.key });
  }

  protected startNewCapability(): void {
    this.capabilityForm.reset({ name: '', description: '' });
    this.open({ what: 'new-capability' });
  }

  protected editIndicator(capabilityKey: string, indicator: EditableIndicatorFragment): void {
    this.indicatorForm.reset({ text: indicator.text, warningPattern: indicator.warningPattern ?? '' });
    this.requirePattern(indicator.kind === 'WARNING_SIGN');
    this.open({ what: 'indicator', capabilityKey, indicator });
  }

  protected startNewIndicator(capabilityKey: string, kind: IndicatorKind): void {
    this.indicatorForm.reset({ text: '', warningPattern: '' });
    this.requirePattern(kind === 'WARNING_SIGN');
    this.open({ what: 'new-indicator', capabilityKey, kind });
  }

  /** Closes the editor without saving and gives focus back to the button that opened it. */
  protected cancel(): void {
    const editing = this.editing();
    if (!editing || this.saving()) return;
    this.close(editing);
  }

  protected saveCapability(): void {
    const editing = this.editing();
    if (!editing || this.saving() || !this.valid(this.capabilityForm)) return;
    const { name, description } = this.capabilityForm.getRawValue();
    if (editing.what === 'capability') {
      this.save(
        this.apollo.mutate({
          mutation: EditCapabilityDocument,
          variables: { input: { key: editing.key, name: name.trim(), description: description.trim() } },
        }),
        this.capabilityForm,
        (data) => {
          const saved = data.updateCapability;
          this.replaceCapability(saved);
          return `Saved ${saved.name}.`;
        },
      );
    } else if (editing.what === 'new-capability') {
      this.save(
        this.apollo.mutate({
          mutation: AddFrameworkCapabilityDocument,
          variables: { input: { name: name.trim(), description: description.trim() } },
        }),
        this.capabilityForm,
        (data) => {
          this.capabilities.update((list) => [...list, data.addCapability]);
          return `Added ${data.addCapability.name}. No transition needs it yet: choose below which do.`;
        },
      );
    }
  }

  protected saveIndicator(): void {
    const editing = this.editing();
    if (!editing || this.saving() || !this.valid(this.indicatorForm)) return;
    const { text, warningPattern } = this.indicatorForm.getRawValue();
    if (editing.what === 'indicator') {
      this.save(
        this.apollo.mutate({
          mutation: EditIndicatorDocument,
          variables: {
            input: { id: editing.indicator.id, text: text.trim(), warningPattern: warningPattern || null },
          },
        }),
        this.indicatorForm,
        (data) => {
          this.updateIndicators(editing.capabilityKey, (indicators) =>
            indicators.map((indicator) =>
              indicator.id === data.updateIndicator.id ? data.updateIndicator : indicator,
            ),
          );
          return 'Saved. Observations already recorded keep the words they were recorded with.';
        },
      );
    } else if (editing.what === 'new-indicator') {
      this.save(
        this.apollo.mutate({
          mutation: AddFrameworkIndicatorDocument,
          variables: {
            input: {
              capabilityKey: editing.capabilityKey,
              kind: editing.kind,
              text: text.trim(),
              warningPattern: editing.kind === 'WARNING_SIGN' ? warningPattern || null : null,
            },
          },
        }),
        this.indicatorForm,
        (data) => {
          this.updateIndicators(editing.capabilityKey, (indicators) => [...indicators, data.addIndicator]);
          return editing.kind === 'WARNING_SIGN' ? 'Warning sign added.' : 'Indicator added.';
        },
      );
    }
  }

  protected retire(capability: EditableCapabilityFragment, indicator: EditableIndicatorFragment): void {
    if (this.saving()) return;
    const what = indicator.kind === 'WARNING_SIGN' ? 'warning sign' : 'indicator';
    askToConfirm(this.dialog, {
      title: `Retire this ${what}?`,
      message: `“${indicator.text}” will no longer be offered to observers. Observations already recorded against it keep it, in its words.`,
      confirmLabel: 'Retire',
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.saving.set(true);
        this.apollo
          .mutate({ mutation: RetireIndicatorDocument, variables: { id: indicator.id } })
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({
            next: ({ data }) => {
              this.saving.set(false);
              if (!data) return;
              this.replaceCapability(data.retireIndicator);
              this.changedFramework(`Retired the ${what} from ${capability.name}.`);
              this.focusLater(`#add-indicator-${capability.key}`);
            },
            error: (error: unknown) => {
              this.saving.set(false);
              this.announce(describeError(error), true);
            },
          });
      });
  }

  protected transitionSaved(saved: Transition): void {
    this.transitions.update((list) => list.map((item) => (item.key === saved.key ? saved : item)));
    this.changedFramework(`Saved what ${saved.name} needs.`);
  }

  private open(editing: Editing): void {
    this.editorFailure.set(null);
    this.editing.set(editing);
    this.focusLater(`#editor-${editorId(editing)} textarea, #editor-${editorId(editing)} input`);
  }

  private close(editing: Editing): void {
    this.editing.set(null);
    this.editorFailure.set(null);
    const opener =
      editing.what === 'capability'
        ? `#edit-capability-${editing.key}`
        : editing.what === 'indicator'
          ? `#edit-indicator-${editing.indicator.id}`
          : editing.what === 'new-indicator'
            ? `#${editorId(editing)}-button`
            : '#new-capability-button';
    this.focusLater(opener);
  }

  private requirePattern(required: boolean): void {
    const control = this.indicatorForm.controls.warningPattern;
    control.setValidators(required ? Validators.required : null);
    control.updateValueAndValidity();
  }

  private valid(form: FormGroup): boolean {
    form.markAllAsTouched();
    if (form.valid) return true;
    this.focusLater(
      '.ng-invalid textarea.ng-invalid, textarea.ng-invalid, input.ng-invalid, mat-select.ng-invalid',
    );
    return false;
  }

  private save<T>(
    request: Observable<{ data?: T | null }>,
    form: FormGroup,
    apply: (data: T) => string,
  ): void {
    const editing = this.editing();
    if (!editing) return;
    this.saving.set(true);
    this.editorFailure.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: ({ data }) => {
        this.saving.set(false);
        if (!data) return;
        this.changedFramework(apply(data));
        this.close(editing);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        let named = false;
        for (const field of Object.keys(form.controls)) {
          const message = fieldErrorMessage(error, `input.${field}`);
          if (message === null) continue;
          form.controls[field].setErrors({ api: inFieldWords(message, FIELD_LABELS) });
          named = true;
        }
        if (named) this.focusLater('textarea.ng-invalid, input.ng-invalid, mat-select.ng-invalid');
        else this.editorFailure.set(describeError(error));
      },
    });
  }

  private replaceCapability(saved: EditableCapabilityFragment): void {
    this.capabilities.update((list) =>
      list.map((capability) => (capability.key === saved.key ? saved : capability)),
    );
  }

  private updateIndicators(
    capabilityKey: string,
    change: (indicators: EditableIndicatorFragment[]) => EditableIndicatorFragment[],
  ): void {
    this.capabilities.update((list) =>
      list.map((capability) =>
        capability.key === capabilityKey
          ? { ...capability, indicators: change(capability.indicators) }
          : capability,
      ),
    );
  }

  protected jumpToTransitions(): void {
    const heading = this.host.nativeElement.querySelector<HTMLElement>('#transitions-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  /** Other pages (the observation form, the marketplace) read the framework afresh next time. */
  private changedFramework(announcement: string): void {
    this.announce(announcement);
    this.apollo.client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'leadershipFramework' });
    this.apollo.client.cache.gc();
  }

  /** Shown for a few seconds over the page, and read out by screen readers. */
  private announce(text: string, error = false): void {
    clearTimeout(this.announcementTimer);
    this.announcement.set({ text, error });
    this.announcementTimer = setTimeout(() => this.announcement.set(null), ANNOUNCEMENT_MS);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
