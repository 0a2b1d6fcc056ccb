import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { EVIDENCE_FLAG_DESCRIPTIONS, Permission, READINESS_RULES } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeError, hasErrorCode, isNotFound } from '../core/api-errors';
import { Session } from '../core/session';
import type { TransitionKey, WarningPattern } from '../graphql/generated';
import { WARNING_PATTERN_LABELS } from '../evidence/evidence-labels';
import { OpenReviewButton } from '../reviews/open-review-button';
import { Icon } from '../ui/icon';
import { allEvidence, timelineOf } from './all-evidence';
import { EvidenceTimeline, type TimelineObservation } from './evidence-timeline';
import { BAND_LABELS, FLAG_LABELS, formatRating } from './readiness-labels';
import {
  CandidateReadinessDocument,
  type CapabilityReadinessItemFragment,
  type EvidenceItemFragment,
} from './readiness.generated';
import { ReadinessRadar } from './readiness-radar';

/** Which figure of a capability someone opened, to see the observations behind it. */
export type Figure =
  | { kind: 'all' | 'observers' | 'outside' | 'latest' }
  | { kind: 'warning'; pattern: WarningPattern }
  | { kind: 'one'; observationId: string };

interface DrillDown {
  capabilityKey: string;
  figure: Figure;
}

interface ObservationGroup {
  title: string | null;
  observations: EvidenceItemFragment[];
}

/**
 * A candidate's readiness for a transition, explained: the band with its rule, each capability's evidence
 * and flags, and every figure opening onto the observations behind it. For HR and the candidate's manager.
 */
@Component({
  selector: 'bridge-readiness-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    Icon,
    OpenReviewButton,
    EvidenceTimeline,
    ReadinessRadar,
  ],
  templateUrl: './readiness-page.html',
  styleUrl: './readiness-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReadinessPage {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  protected readonly canReview = computed(() => this.session.can(Permission.ManagePromotionReviews));
  private readonly router = inject(Router);

  readonly personId = input.required<string>();
  /** From the address (?transition=T2); the candidate's target transition when absent. */
  readonly transition = input<string | undefined>();

  protected readonly bandLabels = BAND_LABELS;
  protected readonly flagLabels = FLAG_LABELS;
  protected readonly flagDescriptions = EVIDENCE_FLAG_DESCRIPTIONS;
  protected readonly patternLabels = WARNING_PATTERN_LABELS;
  protected readonly halfLifeDays = READINESS_RULES.halfLifeDays;
  protected readonly formatRating = formatRating;

  private readonly request = computed(() => ({
    candidateId: this.personId(),
    transition: (this.transition() || null) as TransitionKey | null,
  }));
  private readonly result = toSignal(
    toObservable(this.request).pipe(
      switchMap(
        (variables) =>
          this.apollo.watchQuery({
            query: CandidateReadinessDocument,
            variables,
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );
  private readonly evidence = toSignal(
    toObservable(this.personId).pipe(
      switchMap((candidateId) =>
        allEvidence(this.apollo, candidateId).pipe(
          map((observations) => ({ observations, failed: false })),
          catchError(() => of({ observations: [] as EvidenceItemFragment[], failed: true })),
        ),
      ),
    ),
  );

  private readonly data = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data : null;
  });
  protected readonly person = computed(() => this.data()?.person ?? null);
  protected readonly readiness = computed(() => this.data()?.readiness ?? null);
  protected readonly transitions = computed(() => this.data()?.leadershipFramework.transitions ?? []);
  protected readonly currentTransition = computed(() =>
    this.transitions().find((transition) => transition.key === this.readiness()?.transition),
  );
  protected readonly ratingLabels = computed(
    () =>
      new Map(this.data()?.leadershipFramework.scale.map((anchor) => [anchor.rating, anchor.label]) ?? []),
  );
  protected readonly loading = computed(() => !this.result() || (this.result()?.loading ?? false));
  protected readonly notFound = computed(() => isNotFound(this.result()?.error, 'candidateId'));
  protected readonly forbidden = computed(() => hasErrorCode(this.result()?.error, 'FORBIDDEN'));
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });
  protected readonly evidenceFailed = computed(() => this.evidence()?.failed ?? false);

  private readonly observationsById = computed(
    () => new Map((this.evidence()?.observations ?? []).map((observation) => [observation.id, observation])),
  );
  private readonly capabilityNames = computed(
    () =>
      new Map((this.readiness()?.capabilities ?? []).map((capability) => [capability.key, capability.name])),
  );
  /** The observations of the capabilities this transition needs, for the timeline. */
  protected readonly timeline = computed<TimelineObservation[]>(() => {
    const names = this.capabilityNames();
    return timelineOf(
      (this.evidence()?.observations ?? []).filter((observation) => names.has(observation.capability.key)),
      names,
    );
  });

  protected readonly drillDown = signal<DrillDown | null>(null);

  protected changeTransition(transition: TransitionKey): void {
    this.drillDown.set(null);
    void this.router.navigate([], { queryParams: { transition }, replaceUrl: true });
  }

  protected isOpen(capabilityKey: string, figure: Figure): boolean {
    const open = this.drillDown();
    return (
      open !== null &&
      open.capabilityKey === capabilityKey &&
      JSON.stringify(open.figure) === JSON.stringify(figure)
    );
  }

  /** Opens the observations behind a figure, or closes them when they are already open. */
  protected toggle(capabilityKey: string, figure: Figure): void {
    this.drillDown.set(this.isOpen(capabilityKey, figure) ? null : { capabilityKey, figure });
  }

  /** A point of the timeline: its capability opens on that one observation. */
  protected showObservation(observationId: string): void {
    const observation = this.observationsById().get(observationId);
    if (!observation) return;
    const capabilityKey = observation.capability.key;
    this.drillDown.set({ capabilityKey, figure: { kind: 'one', observationId } });
    document
      .getElementById(`capability-${capabilityKey}`)
      ?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }

  protected groupsFor(capability: CapabilityReadinessItemFragment): ObservationGroup[] | null {
    const open = this.drillDown();
    if (open?.capabilityKey !== capability.key) return null;
    const byId = this.observationsById();
    const resolve = (ids: readonly string[]) =>
      ids.flatMap((id) => {
        const observation = byId.get(id);
        return observation ? [observation] : [];
      });
    const behind = resolve(capability.observationIds);
    const figure = open.figure;
    switch (figure.kind) {
      case 'all':
        return [{ title: null, observations: behind }];
      case 'latest':
        return [
          { title: null, observations: behind.filter((o) => o.observedOn === capability.lastObservedOn) },
        ];
      case 'outside': {
        const unitId = this.person()?.unit?.id ?? null;
        return [
          {
            title: null,
            observations: behind.filter((o) => o.observer && (o.observer.unit?.id ?? null) !== unitId),
          },
        ];
      }
      case 'observers': {
        const byObserver = new Map<string, ObservationGroup>();
        for (const observation of behind) {
          // A hidden observer (names hidden from the candidate) is grouped as one unnamed colleague.
          const key = observation.observer?.id ?? '';
          const group = byObserver.get(key) ?? {
            title: observation.observer?.name ?? 'A colleague',
            observations: [],
          };
          group.observations.push(observation);
          byObserver.set(key, group);
        }
        return [...byObserver.values()].sort((a, b) => b.observations.length - a.observations.length);
      }
      case 'warning':
        return [
          {
            title: null,
            observations: resolve(
              capability.warningSigns.find((sign) => sign.pattern === figure.pattern)?.observationIds ?? [],
            ),
          },
        ];
      case 'one':
        return [{ title: null, observations: resolve([figure.observationId]) }];
    }
  }

  protected ratingLabel(rating: number): string {
    return this.ratingLabels().get(rating) ?? String(rating);
  }
}
