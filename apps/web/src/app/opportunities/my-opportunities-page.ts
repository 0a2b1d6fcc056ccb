import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { NetworkStatus } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { filter, type Observable } from 'rxjs';
import { describeError } from '../core/api-errors';
import { forgetFromConnections } from '../core/apollo';
import {
  CloseOpportunityDocument,
  DeleteOpportunityDocument,
  PublishOpportunityDocument,
  type SponsoredOpportunityFragment,
  SponsoredOpportunitiesDocument,
} from '../graphql/generated';
import { askToConfirm } from '../ui/confirm-dialog';
import { Icon } from '../ui/icon';
import { CloseOpportunityDialog, type CloseOpportunityDialogData } from './close-opportunity-dialog';
import { formatDateRange, OPPORTUNITY_KIND_LABELS, OPPORTUNITY_STATUS_LABELS } from './opportunity-labels';

export const SPONSORED_PAGE_SIZE = 20;

/** What went wrong with one opportunity's publish or close, shown on its row. */
interface RowProblem {
  opportunityId: string;
  message: string;
}

@Component({
  selector: 'bridge-my-opportunities-page',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, Icon],
  templateUrl: './my-opportunities-page.html',
  styleUrl: './my-opportunities-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyOpportunitiesPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly kindLabels = OPPORTUNITY_KIND_LABELS;
  protected readonly statusLabels = OPPORTUNITY_STATUS_LABELS;
  protected readonly dateRange = formatDateRange;

  // Cache first for an instant list, then the network: an opportunity saved in the editor shows up on return.
  private readonly sponsoredQuery = this.apollo.watchQuery({
    query: SponsoredOpportunitiesDocument,
    variables: { first: SPONSORED_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.sponsoredQuery.valueChanges);

  private readonly connection = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.opportunities : null;
  });
  protected readonly opportunities = computed(() => this.connection()?.edges.map((edge) => edge.node) ?? []);
  protected readonly totalCount = computed(() => this.connection()?.totalCount ?? null);
  protected readonly hasMore = computed(() => this.connection()?.pageInfo.hasNextPage ?? false);
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadingMore = computed(() => this.result()?.networkStatus === NetworkStatus.fetchMore);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly busyId = signal<string | null>(null);
  protected readonly rowProblem = signal<RowProblem | null>(null);

  protected publish(opportunity: SponsoredOpportunityFragment): void {
    this.act(
      opportunity,
      this.apollo.mutate({ mutation: PublishOpportunityDocument, variables: { id: opportunity.id } }),
    );
  }

  protected close(opportunity: SponsoredOpportunityFragment): void {
    if (this.busyId()) return;
    this.dialog
      .open<CloseOpportunityDialog, CloseOpportunityDialogData, boolean>(CloseOpportunityDialog, {
        data: { title: opportunity.title },
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'dialog',
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() =>
        this.act(
          opportunity,
          this.apollo.mutate({ mutation: CloseOpportunityDocument, variables: { id: opportunity.id } }),
        ),
      );
  }

  /** A draft nobody else has seen can go; the list forgets it once the API has deleted it. */
  protected deleteDraft(opportunity: SponsoredOpportunityFragment): void {
    if (this.busyId()) return;
    askToConfirm(this.dialog, {
      title: 'Delete this draft?',
      message: `“${opportunity.title}” was never published, so no one else has seen it. Deleting it cannot be undone.`,
      confirmLabel: 'Delete draft',
    })
      .pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.act(
          opportunity,
          this.apollo.mutate({
            mutation: DeleteOpportunityDocument,
            variables: { id: opportunity.id },
            update: (cache, { data }) => {
              if (data)
                forgetFromConnections(cache, 'opportunities', {
                  __typename: 'Opportunity',
                  id: data.deleteOpportunity,
                });
            },
          }),
        ),
      );
  }

  protected loadMore(): void {
    const endCursor = this.connection()?.pageInfo.endCursor;
    if (!endCursor || this.loadingMore()) return;
    void this.sponsoredQuery.fetchMore({ variables: { after: endCursor } });
  }

  /** Runs one row's mutation; the cache updates the row from the answer (same id). */
  private act(opportunity: SponsoredOpportunityFragment, mutation: Observable<unknown>): void {
    if (this.busyId()) return;
    this.busyId.set(opportunity.id);
    this.rowProblem.set(null);
    mutation.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => this.busyId.set(null),
      error: (error: unknown) => {
        this.busyId.set(null);
        this.rowProblem.set({ opportunityId: opportunity.id, message: describeError(error) });
      },
    });
  }
}
