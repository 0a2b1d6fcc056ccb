import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { DirectReportsDocument, type OrgChartPersonFragment } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';

/** One person in the reporting lines; their direct reports are fetched the first time the node opens. */
@Component({
  selector: 'bridge-reporting-line-node',
  imports: [RouterLink, MatButtonModule, MatProgressSpinnerModule, Icon, PersonAvatar],
  templateUrl: './reporting-line-node.html',
  styleUrl: './reporting-line-node.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportingLineNode {
  private readonly apollo = inject(Apollo);

  readonly person = input.required<OrgChartPersonFragment>();
  readonly startExpanded = input(false);

  protected readonly expanded = linkedSignal(() => this.startExpanded() && this.person().reportCount > 0);
  protected readonly reports = signal<OrgChartPersonFragment[] | null>(null);
  protected readonly loadingReports = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly hasReports = computed(() => this.person().reportCount > 0);

  constructor() {
    effect(() => {
      if (this.expanded()) untracked(() => this.fetchReports());
    });
  }

  protected toggle(): void {
    this.expanded.update((expanded) => !expanded);
  }

  private fetchReports(): void {
    if (this.loadingReports() || this.reports() !== null) return;
    this.loadingReports.set(true);
    this.failure.set(null);
    this.apollo.query({ query: DirectReportsDocument, variables: { id: this.person().id } }).subscribe({
      next: ({ data }) => {
        this.reports.set(data?.person.reports ?? []);
        this.loadingReports.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(describeError(error));
        this.loadingReports.set(false);
      },
    });
  }
}
