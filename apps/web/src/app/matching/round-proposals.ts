import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import { Icon } from '../ui/icon';
import { AcceptMatchProposalsDocument } from '../matching-rounds/matching-rounds.generated';
import { FitReasons, fitPercent } from './fit-reasons';
import {
  AcceptRoundProposalDocument,
  RoundProposalsForSponsorDocument,
  type RoundProposalsForSponsorQuery,
} from './matching.generated';

type Proposal = RoundProposalsForSponsorQuery['myMatchProposals'][number];

/**
 * For an opportunity's sponsor: what HR's matching rounds proposed for it, with the reasons, to accept
 * one by one or all at once. Accepting makes an offer that still waits for the candidate's manager to
 * agree.
 * Shows nothing when no round proposed anyone for it.
 */
@Component({
  selector: 'bridge-round-proposals',
  imports: [MatButtonModule, Icon, FitReasons],
  template: `
    @if (proposals().length > 0 || outcome() || problem()) {
      <section class="panel round-proposals" aria-labelledby="round-proposals-heading">
        <h2 id="round-proposals-heading"><bridge-icon name="people" /> Proposed by a matching round</h2>
        <p class="lead">
          HR's matching round found these the best fit for the seats. Accept one to offer them the seat: if
          they have a manager, the manager is asked to agree to the time first.
        </p>
        @if (outcome(); as message) {
          <p class="outcome" role="status">{{ message }}</p>
        }
        @if (problem(); as message) {
          <p class="failure" role="alert"><bridge-icon name="error" /> {{ message }}</p>
        }
        @if (proposals().length > 1) {
          <div class="all">
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="acceptAll()">
              Accept all {{ proposals().length }}
            </button>
          </div>
        }
        <ul class="proposals">
          @for (proposal of proposals(); track proposal.id) {
            <li class="proposal">
              <div class="who">
                <strong>{{ proposal.candidate.name }}</strong>
                <small>{{ proposal.candidate.title }} · {{ percent(proposal.score) }}% fit</small>
              </div>
              <bridge-fit-reasons [reasons]="proposal.reasons" [caption]="'Why ' + proposal.candidate.name" />
              <button
                mat-flat-button
                type="button"
                [disabled]="busy()"
                (click)="accept(proposal)"
                [attr.aria-label]="'Accept the proposal of ' + proposal.candidate.name"
              >
                Accept the proposal
              </button>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .round-proposals {
      margin-bottom: 16px;
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 16px 20px 18px;
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      font: var(--mat-sys-title-medium);
      font-weight: 600;
    }
    .lead,
    small {
      margin: 0;
      color: var(--bridge-muted);
    }
    .proposals {
      display: flex;
      flex-direction: column;
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .proposal {
      display: grid;
      grid-template-columns: minmax(0, 14rem) minmax(0, 1fr) auto;
      gap: 8px 16px;
      align-items: center;
    }
    .who {
      display: flex;
      flex-direction: column;
    }
    .outcome {
      margin: 0;
    }
    .all {
      display: flex;
      justify-content: flex-end;
    }
    .failure {
      margin: 0;
      color: var(--mat-sys-error);
    }
    @media (max-width: 700px) {
      .proposal {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundProposals {
  private readonly apollo = inject(Apollo);

  readonly opportunityId = input.required<string>();

  protected readonly percent = fitPercent;
  protected readonly busy = signal(false);
  protected readonly outcome = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  /** The API answers only this opportunity's open proposals. */
  protected readonly proposals = toSignal(
    toObservable(this.opportunityId).pipe(
      switchMap((opportunityId) =>
        this.apollo
          .watchQuery({
            query: RoundProposalsForSponsorDocument,
            variables: { opportunityId },
            fetchPolicy: 'cache-and-network',
          })
          .valueChanges.pipe(
            map((result) => (result.dataState === 'complete' ? result.data.myMatchProposals : [])),
            // The panel is an addition to the page: if it cannot load, the page still works without it.
            catchError(() => of([] as Proposal[])),
          ),
      ),
    ),
    { initialValue: [] as Proposal[] },
  );

  /** Every proposal shown, in one request: each is checked again, and those refused say why. */
  protected acceptAll(): void {
    const shown = this.proposals();
    const nameOf = new Map(shown.map((proposal) => [proposal.id, proposal.candidate.name]));
    this.busy.set(true);
    this.problem.set(null);
    this.apollo
      .mutate({
        mutation: AcceptMatchProposalsDocument,
        variables: { ids: shown.map((proposal) => proposal.id) },
        refetchQueries: ['RoundProposalsForSponsor', 'OpportunityApplicants'],
      })
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          const outcomes = result.data?.acceptMatchProposals ?? [];
          const accepted = outcomes.filter((outcome) => outcome.accepted).length;
          const refused = outcomes
            .filter((outcome) => !outcome.accepted)
            .map((outcome) => `${nameOf.get(outcome.proposalId) ?? 'A candidate'}: ${outcome.message}`);
          this.outcome.set(
            `${accepted} accepted: each gets the offer once their manager agrees to the time (at once without a manager).`,
          );
          this.problem.set(refused.length > 0 ? refused.join(' ') : null);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(describeError(error));
        },
      });
  }

  protected accept(proposal: Proposal): void {
    this.busy.set(true);
    this.problem.set(null);
    this.apollo
      .mutate({
        mutation: AcceptRoundProposalDocument,
        variables: { id: proposal.id },
        refetchQueries: ['RoundProposalsForSponsor', 'OpportunityApplicants'],
      })
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          const name = proposal.candidate.name;
          this.outcome.set(
            result.data?.acceptMatchProposal.application?.status === 'AWAITING_CONSENT'
              ? `Accepted: ${name}'s manager is asked to agree to the time; then the offer is theirs to answer.`
              : `Accepted: the offer is with ${name} to answer.`,
          );
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(describeError(error));
        },
      });
  }
}
