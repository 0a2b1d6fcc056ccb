import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { ConsentStatisticsDocument, type ConsentStatisticsQuery } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';

type ManagerStatistics = ConsentStatisticsQuery['consentStatistics'][number];

/**
 * A refusal rate this high, over enough answers to be a pattern rather than one hard week, is worth a
 * conversation; it is a prompt, not a verdict.
 */
export const NOTABLE_REFUSAL_RATE = 0.5;
export const NOTABLE_AFTER_ANSWERS = 3;

const HOURS_PER_DAY = 24;

export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

export function formatDecisionTime(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '—';
  if (hours < 1) return 'under 1 h';
  if (hours < 2 * HOURS_PER_DAY) return `${Math.round(hours)} h`;
  return `${(hours / HOURS_PER_DAY).toFixed(1)} days`;
}

/** Managers with the highest refusal rate first; those with no answers yet last; then by how often they were asked. */
function byRefusalRate(a: ManagerStatistics, b: ManagerStatistics): number {
  return (
    (b.refusalRate ?? -1) - (a.refusalRate ?? -1) ||
    b.requested - a.requested ||
    a.manager.name.localeCompare(b.manager.name)
  );
}

@Component({
  selector: 'bridge-consent-statistics-page',
  imports: [RouterLink, MatProgressBarModule, Icon, PersonAvatar],
  templateUrl: './consent-statistics-page.html',
  styleUrl: './consent-statistics-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentStatisticsPage {
  private readonly apollo = inject(Apollo);

  protected readonly formatRate = formatRate;
  protected readonly formatDecisionTime = formatDecisionTime;

  private readonly result = toSignal(
    this.apollo.watchQuery({ query: ConsentStatisticsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges,
  );
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly managers = computed(() => {
    const result = this.result();
    if (result?.dataState !== 'complete') return [];
    return [...result.data.consentStatistics].sort(byRefusalRate).map((statistics) => {
      const answered = statistics.approved + statistics.declined + statistics.escalated;
      const share = (count: number) => (answered === 0 ? 0 : (count / answered) * 100);
      return {
        ...statistics,
        answered,
        approvedShare: share(statistics.approved),
        declinedShare: share(statistics.declined),
        escalatedShare: share(statistics.escalated),
        answersInWords: `${statistics.approved} approved, ${statistics.declined} declined, ${statistics.escalated} lapsed`,
        notable: answered >= NOTABLE_AFTER_ANSWERS && (statistics.refusalRate ?? 0) >= NOTABLE_REFUSAL_RATE,
      };
    });
  });
  protected readonly totals = computed(() =>
    this.managers().reduce(
      (sum, manager) => ({
        requested: sum.requested + manager.requested,
        approved: sum.approved + manager.approved,
        refused: sum.refused + manager.declined + manager.escalated,
      }),
      { requested: 0, approved: 0, refused: 0 },
    ),
  );
}
