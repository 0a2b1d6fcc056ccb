import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Apollo, type QueryRef } from 'apollo-angular';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { FitReasons, fitPercent } from './fit-reasons';
import {
  type CandidateFitFragment,
  CandidatesWhoFitDocument,
  type CandidatesWhoFitQuery,
  type CandidatesWhoFitQueryVariables,
  ColleagueToExplainDocument,
  InviteToApplyDocument,
  WhyNotCandidateDocument,
  type WhyNotCandidateQuery,
} from './matching.generated';

export const CANDIDATES_SHOWN = 5;
export const COMPACT_SHOWN = 3;
export const CANDIDATES_MORE = 15;
export const TYPING_DEBOUNCE_MS = 300;

interface Colleague {
  id: string;
  name: string;
  title?: string | null;
}

type Explanation = WhyNotCandidateQuery['matchExplanation'];

/**
 * For an opportunity's sponsor (a mentee, for their mentor request) and HR: the candidates who fit it
 * best with the reasons, an invitation to apply for each, and, for a colleague who is not listed, why
 * not. `compact` shows the first few only, without the question.
 */
@Component({
  selector: 'bridge-candidates-who-fit',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    Icon,
    PersonAvatar,
    FitReasons,
  ],
  templateUrl: './candidates-who-fit.html',
  styleUrl: './candidates-who-fit.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidatesWhoFit {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);

  readonly opportunityId = input.required<string>();
  /** A mentee's request: the candidates are mentors, invited to offer. */
  readonly mentorRequest = input(false);
  readonly compact = input(false);

  protected readonly percent = fitPercent;
  private readonly first = signal(CANDIDATES_SHOWN);
  protected readonly heading = computed(() =>
    this.mentorRequest() ? 'Mentors who could fit' : 'Candidates who fit',
  );
  protected readonly inviteLabel = computed(() =>
    this.mentorRequest() ? 'Invite to offer' : 'Invite to apply',
  );

  private query: QueryRef<CandidatesWhoFitQuery, CandidatesWhoFitQueryVariables> | null = null;
  private readonly result = toSignal(
    toObservable(
      computed(() => ({
        opportunityId: this.opportunityId(),
        first: this.compact() ? COMPACT_SHOWN : this.first(),
      })),
    ).pipe(
      switchMap((variables) => {
        this.query = this.apollo.watchQuery({
          query: CandidatesWhoFitDocument,
          variables,
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        });
        return this.query.valueChanges;
      }),
    ),
  );
  protected readonly candidates = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.recommendedCandidates : null;
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });
  protected readonly mayHaveMore = computed(
    () =>
      !this.compact() && this.first() === CANDIDATES_SHOWN && this.candidates()?.length === CANDIDATES_SHOWN,
  );

  /** Invitations made on this page, until the list is read again. */
  private readonly invitedHere = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly inviting = signal<string | null>(null);
  protected readonly inviteProblem = signal<{ candidateId: string; message: string } | null>(null);

  protected invitedAt(candidateId: string, fromServer: string | null | undefined): string | null {
    return this.invitedHere().get(candidateId) ?? fromServer ?? null;
  }

  protected problemFor(candidateId: string): string | null {
    const problem = this.inviteProblem();
    return problem?.candidateId === candidateId ? problem.message : null;
  }

  protected showMore(): void {
    this.first.set(CANDIDATES_MORE);
  }

  protected retry(): void {
    void this.query?.refetch();
  }

  protected invite(candidate: Pick<CandidateFitFragment['candidate'], 'id'>): void {
    if (this.inviting()) return;
    this.inviting.set(candidate.id);
    this.inviteProblem.set(null);
    this.apollo
      .mutate({
        mutation: InviteToApplyDocument,
        variables: { opportunityId: this.opportunityId(), candidateId: candidate.id },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.inviting.set(null);
          const invitedAt = data?.inviteToApply.invitedAt;
          if (invitedAt) this.invitedHere.update((invited) => new Map(invited).set(candidate.id, invitedAt));
        },
        error: (error: unknown) => {
          this.inviting.set(null);
          this.inviteProblem.set({ candidateId: candidate.id, message: describeError(error) });
        },
      });
  }

  // Why not a named colleague.
  protected readonly colleague = new FormControl<Colleague | string | null>(null);
  protected readonly suggestions = toSignal(
    this.colleague.valueChanges.pipe(
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(TYPING_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((search) =>
        search.length < 2
          ? of([])
          : this.apollo.query({ query: ColleagueToExplainDocument, variables: { search } }).pipe(
              map(({ data }) => data?.people.edges.map((edge) => edge.node) ?? []),
              catchError(() => of([])),
            ),
      ),
    ),
    { initialValue: [] as Colleague[] },
  );
  protected readonly explaining = signal(false);
  protected readonly explanation = signal<Explanation | null>(null);
  protected readonly explanationFailure = signal<string | null>(null);
  protected readonly blocking = computed(
    () => this.explanation()?.problems.filter((problem) => problem.blocking) ?? [],
  );

  protected colleagueName(value: Colleague | string | null): string {
    return typeof value === 'string' ? value : (value?.name ?? '');
  }

  protected explain(event: MatAutocompleteSelectedEvent): void {
    const colleague = event.option.value as Colleague;
    this.explaining.set(true);
    this.explanation.set(null);
    this.explanationFailure.set(null);
    this.apollo
      .query({
        query: WhyNotCandidateDocument,
        variables: { opportunityId: this.opportunityId(), candidateId: colleague.id },
        fetchPolicy: 'network-only',
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.explaining.set(false);
          this.explanation.set(data?.matchExplanation ?? null);
        },
        error: (error: unknown) => {
          this.explaining.set(false);
          this.explanationFailure.set(describeError(error));
        },
      });
  }
}
