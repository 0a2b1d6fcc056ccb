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
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApplicationStatus, LIVE_APPLICATION_STATUSES } from '@bridge/domain';
import { Apollo, type QueryRef } from 'apollo-angular';
import { filter, type Observable, switchMap } from 'rxjs';
import { describeError, hasErrorCode, isNotFound } from '../core/api-errors';
import {
  type ApplicantFragment,
  CloseOpportunityDocument,
  EndPlacementDocument,
  OfferPlacementDocument,
  OpportunityApplicantsDocument,
  type OpportunityApplicantsQuery,
  type OpportunityApplicantsQueryVariables,
  RejectApplicationDocument,
  ShortlistApplicationDocument,
  type SponsoredPlacementFragment,
} from '../graphql/generated';
import { CandidatesWhoFit } from '../matching/candidates-who-fit';
import { RoundProposals } from '../matching/round-proposals';
import { askToConfirm } from '../ui/confirm-dialog';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { ApplicantCard, type SponsorAction } from './applicant-card';
import {
  asDomainStatus,
  formatDay,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_STATUS_LABELS,
  PLACEMENT_STATUS_LABELS,
} from './opportunity-labels';
import { ReasonDialog, type ReasonDialogData } from './reason-dialog';

/** Who is being acted on, and how; one action at a time on this page. */
interface Acting {
  id: string;
  action: SponsorAction | 'complete' | 'endEarly' | 'cancel';
}

interface Problem {
  id: string;
  message: string;
}

// Applicants the sponsor still decides on come first, in the order the decisions fall due.
const DECISION_ORDER: readonly ApplicationStatus[] = [
  ApplicationStatus.OFFERED,
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.AWAITING_CONSENT,
  ApplicationStatus.PLACED,
];
const isLive = (application: ApplicantFragment): boolean =>
  LIVE_APPLICATION_STATUSES.includes(asDomainStatus(application.status));
const decisionRank = (application: ApplicantFragment): number =>
  DECISION_ORDER.indexOf(asDomainStatus(application.status));

@Component({
  selector: 'bridge-opportunity-applicants-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    Icon,
    PersonAvatar,
    ApplicantCard,
    CandidatesWhoFit,
    RoundProposals,
  ],
  templateUrl: './opportunity-applicants-page.html',
  styleUrl: './opportunity-applicants-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpportunityApplicantsPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  readonly id = input.required<string>();

  protected readonly kindLabels = OPPORTUNITY_KIND_LABELS;
  protected readonly statusLabels = OPPORTUNITY_STATUS_LABELS;
  protected readonly placementLabels = PLACEMENT_STATUS_LABELS;
  protected readonly day = formatDay;

  private applicantsQuery: QueryRef<OpportunityApplicantsQuery, OpportunityApplicantsQueryVariables> | null =
    null;
  private readonly result = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => {
        this.applicantsQuery = this.apollo.watchQuery({
          query: OpportunityApplicantsDocument,
          variables: { id },
          fetchPolicy: 'cache-and-network',
        });
        return this.applicantsQuery.valueChanges;
      }),
    ),
  );

  private readonly page = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data : null;
  });
  protected readonly opportunity = computed(() => this.page()?.opportunity ?? null);
  protected readonly loading = computed(() => !this.result() || (this.result()?.loading ?? false));
  protected readonly notFound = computed(() => isNotFound(this.result()?.error));
  protected readonly forbidden = computed(() => hasErrorCode(this.result()?.error, 'FORBIDDEN'));
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error && !this.notFound() && !this.forbidden() ? describeError(error) : null;
  });

  /** A mentee's request for a mentor: the mentee sponsors it and chooses among the mentors who offered. */
  protected readonly isMentorRequest = computed(() => Boolean(this.opportunity()?.mentee));
  protected readonly backLink = computed(() =>
    this.isMentorRequest()
      ? { path: '/mentor-request', label: 'My mentor requests' }
      : { path: '/opportunities', label: 'My opportunities' },
  );

  private readonly applications = computed(() => this.page()?.applications ?? []);
  protected readonly liveApplicants = computed(() =>
    this.applications()
      .filter(isLive)
      .sort((a, b) => decisionRank(a) - decisionRank(b) || a.createdAt.localeCompare(b.createdAt)),
  );
  protected readonly endedApplicants = computed(() =>
    this.applications().filter((application) => !isLive(application)),
  );
  protected readonly placements = computed(() => this.opportunity()?.placements ?? []);
  protected readonly capabilityNames = computed(
    () =>
      new Map(
        this.page()?.leadershipFramework.capabilities.map((capability) => [capability.key, capability.name]),
      ),
  );
  protected readonly transitionNames = computed(
    () =>
      new Map(
        this.page()?.leadershipFramework.transitions.map((transition) => [transition.key, transition.name]),
      ),
  );

  protected readonly acting = signal<Acting | null>(null);
  protected readonly problem = signal<Problem | null>(null);

  protected actionOn(id: string): SponsorAction | null {
    const acting = this.acting();
    return acting?.id === id &&
      (acting.action === 'shortlist' || acting.action === 'offer' || acting.action === 'reject')
      ? acting.action
      : null;
  }

  protected problemFor(id: string): string | null {
    const problem = this.problem();
    return problem?.id === id ? problem.message : null;
  }

  protected shortlist(application: ApplicantFragment): void {
    this.run(
      { id: application.id, action: 'shortlist' },
      this.apollo.mutate({
        mutation: ShortlistApplicationDocument,
        variables: { id: application.id },
      }),
    );
  }

  /** An offer takes a seat once accepted and is not taken back, so it is asked first. */
  protected offer(application: ApplicantFragment): void {
    if (this.acting()) return;
    const name = application.candidate.name;
    const title = this.opportunity()?.title ?? '';
    const question = this.isMentorRequest()
      ? {
          title: `Choose ${name} as your mentor?`,
          message: `${name} is told you chose them for “${title}”. Once they accept, the mentoring starts.`,
          confirmLabel: 'Choose as mentor',
        }
      : {
          title: `Offer ${name} a seat?`,
          message: `${name} is told of the offer on “${title}”. Once they accept, the placement starts and takes a seat.`,
          confirmLabel: 'Offer a seat',
        };
    // What would stop them accepting today does not stop the offer, but the sponsor should know it.
    const blocking = application.acceptEligibility.problems.filter((problem) => problem.blocking);
    if (blocking.length > 0)
      question.message += ` Note: ${blocking.map((problem) => problem.message).join(' ')} They would need to make room before accepting.`;
    askToConfirm(this.dialog, question)
      .pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.run(
          { id: application.id, action: 'offer' },
          this.apollo.mutate({
            mutation: OfferPlacementDocument,
            variables: { applicationId: application.id },
          }),
        ),
      );
  }

  protected reject(application: ApplicantFragment): void {
    this.askReason({
      title: `Reject ${application.candidate.name}?`,
      explanation: `${application.candidate.name} is told the reason, so write it for them.`,
      confirmLabel: 'Reject',
    }).subscribe((reason) =>
      this.run(
        { id: application.id, action: 'reject' },
        this.apollo.mutate({
          mutation: RejectApplicationDocument,
          variables: { id: application.id, reason },
        }),
      ),
    );
  }

  /** A mentee withdraws their request: open offers end, and the mentors who offered are told. */
  protected cancelRequest(): void {
    const opportunity = this.opportunity();
    if (!opportunity || this.acting()) return;
    askToConfirm(this.dialog, {
      title: 'Cancel your request for a mentor?',
      message:
        'Your request closes: no one new can offer, and anyone who has offered is told it ended. You can ask again later.',
      confirmLabel: 'Cancel the request',
      cancelLabel: 'Keep it',
    })
      .pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.run(
          { id: opportunity.id, action: 'cancel' },
          // Closing ends the offers in play: read the page again to show where each stands.
          this.apollo.mutate({
            mutation: CloseOpportunityDocument,
            variables: { id: opportunity.id },
            refetchQueries: ['OpportunityApplicants', 'MyMentorRequests'],
          }),
        ),
      );
  }

  /** What went wrong with the request as a whole (cancelling it). */
  protected readonly requestProblem = computed(() => {
    const problem = this.problem();
    return problem && problem.id === this.opportunity()?.id ? problem.message : null;
  });

  protected complete(placement: SponsoredPlacementFragment): void {
    this.run(
      { id: placement.id, action: 'complete' },
      this.apollo.mutate({
        mutation: EndPlacementDocument,
        variables: { placementId: placement.id, completed: true },
      }),
    );
  }

  protected endEarly(placement: SponsoredPlacementFragment): void {
    this.askReason({
      title: `End ${placement.candidate.name}'s placement early?`,
      explanation: `${placement.candidate.name} and their manager see the reason. The seat opens again.`,
      confirmLabel: 'End early',
    }).subscribe((reason) =>
      this.run(
        { id: placement.id, action: 'endEarly' },
        this.apollo.mutate({
          mutation: EndPlacementDocument,
          variables: { placementId: placement.id, completed: false, reason },
        }),
      ),
    );
  }

  private askReason(question: ReasonDialogData): Observable<string> {
    return this.dialog
      .open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
        data: question,
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(
        filter((reason): reason is string => typeof reason === 'string' && reason.length > 0),
        takeUntilDestroyed(this.destroyRef),
      );
  }

  /** The answer updates the cache by id; a CONFLICT means someone else moved first, so the page is read again. */
  private run(acting: Acting, mutation: Observable<unknown>): void {
    if (this.acting()) return;
    this.acting.set(acting);
    this.problem.set(null);
    mutation.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => this.acting.set(null),
      error: (error: unknown) => {
        this.acting.set(null);
        this.problem.set({ id: acting.id, message: describeError(error) });
        if (hasErrorCode(error, 'CONFLICT')) void this.applicantsQuery?.refetch();
      },
    });
  }
}
