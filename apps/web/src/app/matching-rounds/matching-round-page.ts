import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Apollo, QueryRef } from 'apollo-angular';
import { catchError, map, type Observable, of, switchMap, tap } from 'rxjs';
import { describeError, isNotFound } from '../core/api-errors';
import type { MatchProposalStatus } from '../graphql/generated';
import { Icon } from '../ui/icon';
import {
  AcceptMatchProposalDocument,
  AcceptMatchProposalsDocument,
  CancelMatchingRoundDocument,
  MatchingRoundDocument,
  type MatchingRoundQuery,
  type MatchingRoundQueryVariables,
  MatchingRoundProgressDocument,
  type MatchProposalRowFragment,
} from './matching-rounds.generated';
import {
  isActive,
  percent,
  PROPOSAL_STATUS_LABELS,
  ROUND_PHASE_LABELS,
  ROUND_STATUS_LABELS,
  totalAgainstGreedy,
} from './round-format';

/** One round: its live progress while it runs, then its proposals to filter, read and accept. */
@Component({
  selector: 'bridge-matching-round-page',
  imports: [
    DatePipe,
    DecimalPipe,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    Icon,
  ],
  templateUrl: './matching-round-page.html',
  styleUrl: './matching-round-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchingRoundPage {
  private readonly apollo = inject(Apollo);
  /** From the route (`:roundId`). */
  readonly roundId = input.required<string>();
  private readonly roundId$ = toObservable(this.roundId);
  private queryRef: QueryRef<MatchingRoundQuery, MatchingRoundQueryVariables> | null = null;

  protected readonly statusLabels = ROUND_STATUS_LABELS;
  protected readonly phaseLabels = ROUND_PHASE_LABELS;
  protected readonly proposalStatusLabels = PROPOSAL_STATUS_LABELS;
  protected readonly percent = percent;

  private readonly result = toSignal(
    this.roundId$.pipe(
      switchMap((id) => {
        this.queryRef = this.apollo.watchQuery({
          query: MatchingRoundDocument,
          variables: { id },
          fetchPolicy: 'cache-and-network',
        });
        return this.queryRef.valueChanges;
      }),
    ),
  );
  /** The round's progress as the API pushes it; the finished round's results are then read again. */
  private readonly live = toSignal(
    this.roundId$.pipe(
      switchMap((id) =>
        this.apollo.subscribe({ query: MatchingRoundProgressDocument, variables: { id } }).pipe(
          map((result) => result.data?.matchingRoundProgress ?? null),
          tap((progress) => {
            if (progress && !isActive(progress.status)) void this.queryRef?.refetch();
          }),
          catchError(() => of(null)),
        ),
      ),
    ),
  );

  protected readonly round = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.matchingRound : null;
  });
  protected readonly notFound = computed(() => {
    const error = this.result()?.error;
    return error ? isNotFound(error) : false;
  });
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error && !isNotFound(error) ? describeError(error) : null;
  });
  protected readonly status = computed(() => this.live()?.status ?? this.round()?.status ?? 'QUEUED');
  protected readonly progress = computed(() => this.live()?.progress ?? this.round()?.progress ?? 0);
  protected readonly phase = computed(() => this.live()?.phase ?? this.round()?.phase ?? 'QUEUED');
  protected readonly active = computed(() => isActive(this.status()));
  protected readonly totals = computed(() => {
    const round = this.round();
    return round ? totalAgainstGreedy(round.totalScore, round.greedyScore) : null;
  });

  protected readonly opportunityFilter = signal<string>('');
  protected readonly candidateFilter = signal('');
  protected readonly statusFilter = signal<MatchProposalStatus | ''>('');
  protected readonly opportunities = computed(() => {
    const byId = new Map((this.round()?.proposals ?? []).map((p) => [p.opportunity.id, p.opportunity.title]));
    return [...byId].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
  });
  protected readonly proposals = computed(() => {
    const search = this.candidateFilter().trim().toLowerCase();
    return (this.round()?.proposals ?? []).filter(
      (proposal) =>
        (!this.opportunityFilter() || proposal.opportunity.id === this.opportunityFilter()) &&
        (!this.statusFilter() || proposal.status === this.statusFilter()) &&
        (!search || proposal.candidate.name.toLowerCase().includes(search)),
    );
  });

  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly selectable = computed(() =>
    this.proposals()
      .filter((proposal) => proposal.status === 'PROPOSED')
      .map((proposal) => proposal.id),
  );
  protected readonly allSelected = computed(
    () => this.selectable().length > 0 && this.selectable().every((id) => this.selected().has(id)),
  );
  protected readonly busy = signal(false);
  protected readonly outcome = signal<{
    accepted: number;
    refused: { name: string; message: string }[];
  } | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((selected) => {
      const next = new Set(selected);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(new Set(checked ? this.selectable() : []));
  }

  protected cancel(id: string): void {
    this.run(
      this.apollo.mutate({ mutation: CancelMatchingRoundDocument, variables: { id } }),
      () => undefined,
    );
  }

  protected accept(proposal: MatchProposalRowFragment): void {
    this.run(
      this.apollo.mutate({ mutation: AcceptMatchProposalDocument, variables: { id: proposal.id } }),
      () => this.outcome.set({ accepted: 1, refused: [] }),
    );
  }

  protected acceptSelected(): void {
    const ids = [...this.selected()];
    if (ids.length === 0) return;
    const nameOf = new Map((this.round()?.proposals ?? []).map((p) => [p.id, p.candidate.name]));
    this.run(this.apollo.mutate({ mutation: AcceptMatchProposalsDocument, variables: { ids } }), (data) => {
      const results = data?.acceptMatchProposals ?? [];
      this.selected.set(new Set());
      this.outcome.set({
        accepted: results.filter((result) => result.accepted).length,
        refused: results
          .filter((result) => !result.accepted)
          .map((result) => ({
            name: nameOf.get(result.proposalId) ?? 'A proposal',
            message: result.message ?? 'It could not be accepted.',
          })),
      });
    });
  }

  private run<T>(request: Observable<{ data?: T | null }>, done: (data: T | null | undefined) => void): void {
    this.busy.set(true);
    this.problem.set(null);
    this.outcome.set(null);
    request.subscribe({
      next: (result) => {
        this.busy.set(false);
        done(result.data);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(error));
      },
    });
  }
}
