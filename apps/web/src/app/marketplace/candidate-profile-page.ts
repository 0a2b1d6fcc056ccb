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
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  type CandidateLoad,
  DEFAULT_CANDIDATE_CAPACITY,
  limitsBelowLoad,
  OPPORTUNITY_LIMITS,
  PROFILE_LIMITS,
} from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import {
  type MarketplaceCandidateProfileFragment,
  MyCandidateProfileDocument,
  type TransitionKey,
  UpdateCandidateProfileDocument,
} from '../graphql/generated';
import { maxSkills, SkillsInput } from '../opportunities/skills-input';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';
import { TrackUnsavedChanges } from '../ui/unsaved-changes';
import { MarketplaceFramework } from './marketplace-framework';
import { MarketplaceTabs } from './marketplace-tabs';

const TRANSITION_KEYS: readonly TransitionKey[] = ['T1', 'T2', 'T3', 'T4'];
type ProfileField =
  | 'targetTransition'
  | 'headline'
  | 'capabilityKeys'
  | 'skills'
  | 'hoursPerWeek'
  | 'maxProjects'
  | 'maxMentees';
const PROFILE_FIELDS: readonly ProfileField[] = [
  'targetTransition',
  'headline',
  'capabilityKeys',
  'skills',
  'hoursPerWeek',
  'maxProjects',
  'maxMentees',
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

type CapacityLimit = 'hoursPerWeek' | 'maxProjects' | 'maxMentees';

/**
 * A limit the rule core refuses because active placements already take more (`limitsBelowLoad`);
 * `load` reads the profile as last loaded.
 */
function notBelowLoad(limit: CapacityLimit, load: () => CandidateLoad | null): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    const current = load();
    if (typeof value !== 'number' || !current) return null;
    const limits = { hoursPerWeek: Infinity, maxProjects: Infinity, maxMentees: Infinity, [limit]: value };
    const [below] = limitsBelowLoad(limits, current);
    return below ? { belowHeld: below.inUse } : null;
  };
}

function atMostItems(max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    return Array.isArray(value) && value.length > max ? { tooMany: max } : null;
  };
}

/** The API names the argument path first ("input.hoursPerWeek must …"); next to the field that reads as noise. */
function withoutFieldPath(message: string, field: string): string {
  const rest = message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

@Component({
  selector: 'bridge-candidate-profile-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    MatSelectModule,
    FocusInvalid,
    Icon,
    MarketplaceTabs,
    SkillsInput,
    TrackUnsavedChanges,
  ],
  providers: [MarketplaceFramework],
  templateUrl: './candidate-profile-page.html',
  styleUrl: './candidate-profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateProfilePage {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focusInvalid = viewChild(FocusInvalid);
  protected readonly framework = inject(MarketplaceFramework);

  /** Where the person came from to create the profile (an opportunity), to go back to after saving. */
  readonly returnTo = input<string>();

  protected readonly limits = PROFILE_LIMITS;
  protected readonly maxCapabilities = OPPORTUNITY_LIMITS.maxCapabilities;
  protected readonly skillLimit = OPPORTUNITY_LIMITS.maxSkills;
  protected readonly projectOptions = range(0, PROFILE_LIMITS.maxProjects);
  protected readonly menteeOptions = range(0, PROFILE_LIMITS.maxMentees);

  private readonly result = toSignal(
    this.apollo.watchQuery({ query: MyCandidateProfileDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges,
  );
  protected readonly loaded = computed(() => this.result()?.dataState === 'complete');
  protected readonly profile = computed<MarketplaceCandidateProfileFragment | null>(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? (result.data.myCandidateProfile ?? null) : null;
  });
  protected readonly loadFailure = computed(() => {
    const error = this.result()?.error;
    return error && !this.loaded() ? describeError(error) : null;
  });

  protected readonly transitionOptions = computed(() => {
    const names = new Map(
      this.framework.transitions().map((transition) => [transition.key, transition.name]),
    );
    return TRANSITION_KEYS.map((key) => ({
      key,
      label: names.has(key) ? `${key} · ${names.get(key)}` : key,
    }));
  });

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly form = this.formBuilder.group({
    targetTransition: this.formBuilder.control<TransitionKey | null>(null, Validators.required),
    headline: ['', Validators.maxLength(PROFILE_LIMITS.maxHeadlineLength)],
    capabilityKeys: [[] as string[], atMostItems(OPPORTUNITY_LIMITS.maxCapabilities)],
    skills: [[] as string[], maxSkills()],
    hoursPerWeek: [
      DEFAULT_CANDIDATE_CAPACITY.hoursPerWeek as number,
      [
        Validators.required,
        Validators.min(PROFILE_LIMITS.minHoursPerWeek),
        Validators.max(PROFILE_LIMITS.maxHoursPerWeek),
        Validators.pattern(/^\d+$/),
        notBelowLoad('hoursPerWeek', () => this.profile()),
      ],
    ],
    maxProjects: [
      DEFAULT_CANDIDATE_CAPACITY.projects as number,
      notBelowLoad('maxProjects', () => this.profile()),
    ],
    maxMentees: [
      DEFAULT_CANDIDATE_CAPACITY.mentees as number,
      notBelowLoad('maxMentees', () => this.profile()),
    ],
  });

  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** Where the person came from (an opportunity, or their offers), to go back once the profile allows it. */
  protected readonly safeReturnTo = computed(() => {
    const target = this.returnTo();
    // Only back into the marketplace: the parameter comes from a link anyone could write.
    if (!target || !/^\/marketplace\/[\w-]+$/.test(target)) return null;
    return {
      path: target,
      label: target === '/marketplace/applications' ? 'Back to My applications' : 'Back to the opportunity',
    };
  });

  constructor() {
    effect(() => {
      const profile = this.profile();
      // What is on record fills the form, unless the person already started changing it.
      if (profile && this.form.pristine) this.fill(profile);
    });
  }

  protected save(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    this.saved.set(false);
    if (this.form.invalid) return;
    const { targetTransition, headline, capabilityKeys, skills, hoursPerWeek, maxProjects, maxMentees } =
      this.form.getRawValue();
    if (!targetTransition) return;
    this.saving.set(true);
    this.failure.set(null);
    this.apollo
      .mutate({
        mutation: UpdateCandidateProfileDocument,
        variables: {
          input: {
            targetTransition,
            headline: headline.trim(),
            capabilityKeys,
            skills,
            hoursPerWeek,
            maxProjects,
            maxMentees,
          },
        },
        // The profile has no id of its own to be found by in the cache; the query's answer is replaced instead.
        update: (cache, { data }) => {
          if (data)
            cache.writeQuery({
              query: MyCandidateProfileDocument,
              data: { myCandidateProfile: data.updateCandidateProfile },
            });
        },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.saving.set(false);
          this.saved.set(true);
          if (data) this.fill(data.updateCandidateProfile);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.showRefusal(error);
        },
      });
  }

  private fill(profile: MarketplaceCandidateProfileFragment): void {
    this.form.reset({
      targetTransition: profile.targetTransition,
      headline: profile.headline,
      capabilityKeys: profile.capabilityKeys,
      skills: profile.skills,
      hoursPerWeek: profile.hoursPerWeek,
      maxProjects: profile.maxProjects,
      maxMentees: profile.maxMentees,
    });
  }

  private showRefusal(error: unknown): void {
    for (const field of PROFILE_FIELDS) {
      const message = fieldErrorMessage(error, `input.${field}`);
      if (message !== null) {
        this.form.controls[field].setErrors({ api: withoutFieldPath(message, `input.${field}`) });
        this.focusInvalid()?.focusFirstInvalid();
        return;
      }
    }
    this.failure.set(describeError(error));
  }
}
