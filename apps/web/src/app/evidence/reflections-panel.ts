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
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { OBSERVATION_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { map, of, switchMap } from 'rxjs';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import { Session } from '../core/session';
import {
  AddReflectionDocument,
  MyReflectionsDocument,
  type ReflectionItemFragment,
  ShareReflectionDocument,
} from './evidence.generated';
import { Icon } from '../ui/icon';

/** The signed-in candidate's own reflections: private notes, each of which they may share with HR. */
@Component({
  selector: 'bridge-reflections-panel',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    Icon,
  ],
  templateUrl: './reflections-panel.html',
  styleUrl: './reflections-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReflectionsPanel {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly maxLength = OBSERVATION_LIMITS.maxTextLength;

  private readonly result = toSignal(
    toObservable(computed(() => this.session.person()?.id ?? null)).pipe(
      switchMap((candidateId) =>
        candidateId
          ? this.apollo
              .watchQuery({
                query: MyReflectionsDocument,
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
  protected readonly reflections = signal<ReflectionItemFragment[] | null>(null);
  protected readonly listed = computed(() => this.reflections() ?? this.result()?.data?.reflections ?? null);
  protected readonly capabilities = computed(
    () => this.result()?.data?.leadershipFramework.capabilities ?? [],
  );
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    text: [
      '',
      [Validators.required, Validators.pattern(/\S/), Validators.maxLength(OBSERVATION_LIMITS.maxTextLength)],
    ],
    capabilityKey: [null as string | null],
    sharedWithHr: [false],
  });
  protected readonly saving = signal(false);
  protected readonly saveFailure = signal<string | null>(null);
  protected readonly sharing = signal<string | null>(null);

  protected capabilityName(key: string): string {
    return this.capabilities().find((capability) => capability.key === key)?.name ?? key;
  }

  protected add(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { text, capabilityKey, sharedWithHr } = this.form.getRawValue();
    this.saving.set(true);
    this.saveFailure.set(null);
    this.apollo
      .mutate({
        mutation: AddReflectionDocument,
        variables: { input: { text: text.trim(), capabilityKey, sharedWithHr } },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.saving.set(false);
          if (data) this.reflections.set([data.addReflection, ...(this.listed() ?? [])]);
          this.formDirective()?.resetForm({ text: '', capabilityKey: null, sharedWithHr: false });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const onText = fieldErrorMessage(error, 'input.text');
          if (onText) this.form.controls.text.setErrors({ api: onText });
          else this.saveFailure.set(describeError(error));
        },
      });
  }

  protected share(reflection: ReflectionItemFragment, shared: boolean): void {
    this.sharing.set(reflection.id);
    this.saveFailure.set(null);
    this.apollo
      .mutate({ mutation: ShareReflectionDocument, variables: { reflectionId: reflection.id, shared } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.sharing.set(null);
          this.reflections.set(
            (this.listed() ?? []).map((r) => (r.id === reflection.id ? { ...r, sharedWithHr: shared } : r)),
          );
        },
        error: (error: unknown) => {
          this.sharing.set(null);
          this.saveFailure.set(describeError(error));
        },
      });
  }
}
