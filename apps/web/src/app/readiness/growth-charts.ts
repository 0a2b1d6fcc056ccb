import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, switchMap } from 'rxjs';
import { Session } from '../core/session';
import { allEvidence, timelineOf } from './all-evidence';
import { EvidenceTimeline } from './evidence-timeline';
import { MyReadinessDocument } from './readiness.generated';
import { ReadinessRadar } from './readiness-radar';

/**
 * The signed-in candidate's capabilities for their target transition and the observations shared with
 * them over time: the same readiness HR reads, from the evidence the candidate may read.
 */
@Component({
  selector: 'bridge-growth-charts',
  imports: [EvidenceTimeline, ReadinessRadar],
  template: `
    @if (view(); as view) {
      <div class="charts">
        <section class="panel chart" aria-labelledby="growth-radar-heading">
          <h2 id="growth-radar-heading">
            Your capabilities{{ view.transition ? ' for ' + view.transition : '' }}
          </h2>
          <bridge-readiness-radar [capabilities]="view.capabilities" />
        </section>
        <section class="panel chart" aria-labelledby="growth-timeline-heading">
          <h2 id="growth-timeline-heading">Shared observations over time</h2>
          <bridge-evidence-timeline [observations]="view.timeline" />
        </section>
      </div>
    }
  `,
  styles: `
    .charts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 16px;
      margin-bottom: 16px;
    }
    .chart {
      padding: 16px 20px;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
      color: var(--bridge-ink);
    }
    @media (max-width: 900px) {
      .charts {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrowthCharts {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);

  /** Nothing is shown until there is something to draw: the page says when there is no evidence yet. */
  protected readonly view = toSignal(
    toObservable(computed(() => this.session.person()?.id ?? null)).pipe(
      switchMap((candidateId) =>
        candidateId
          ? allEvidence(this.apollo, candidateId).pipe(
              switchMap((observations) =>
                this.apollo
                  .query({
                    query: MyReadinessDocument,
                    variables: { candidateId },
                    fetchPolicy: 'network-only',
                  })
                  .pipe(map(({ data }) => ({ data, observations }))),
              ),
              map(({ data, observations }) => {
                if (!data || observations.length === 0) return null;
                const { readiness, leadershipFramework } = data;
                const names = new Map(leadershipFramework.capabilities.map((c) => [c.key, c.name]));
                const transition = leadershipFramework.transitions.find(
                  (t) => t.key === readiness.transition,
                );
                return {
                  transition: transition?.name ?? null,
                  capabilities: readiness.capabilities,
                  timeline: timelineOf(observations, names),
                };
              }),
              catchError(() => of(null)),
            )
          : of(null),
      ),
    ),
  );
}
