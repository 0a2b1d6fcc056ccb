import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, startWith } from 'rxjs';
import { describeError } from '../core/api-errors';
import { OrgChartRootsDocument, UnitTreeDocument } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { ReportingLineNode } from './reporting-line-node';
import { UnitBranch } from './unit-branch';
import { buildUnitTree } from './unit-tree';

const VIEWS = ['reporting-lines', 'units'] as const;

@Component({
  selector: 'bridge-org-chart-page',
  imports: [MatTabsModule, MatProgressBarModule, Icon, ReportingLineNode, UnitBranch],
  templateUrl: './org-chart-page.html',
  styleUrl: './org-chart-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrgChartPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  /** ?view=units opens the functions & teams tab, so the tab survives a reload or a shared link. */
  readonly view = input<string>();
  protected readonly selectedTab = computed(() => Math.max(0, VIEWS.indexOf(this.view() as (typeof VIEWS)[number])));

  protected readonly roots = toSignal(
    this.apollo.query({ query: OrgChartRootsDocument }).pipe(
      map(({ data }) => ({ state: 'ready' as const, value: data?.orgChartRoots ?? [] })),
      catchError((error: unknown) => of({ state: 'failed' as const, message: describeError(error) })),
      startWith({ state: 'loading' as const }),
    ),
    { requireSync: true },
  );

  protected readonly units = toSignal(
    this.apollo.query({ query: UnitTreeDocument }).pipe(
      map(({ data }) => ({ state: 'ready' as const, value: buildUnitTree(data?.orgUnits ?? []) })),
      catchError((error: unknown) => of({ state: 'failed' as const, message: describeError(error) })),
      startWith({ state: 'loading' as const }),
    ),
    { requireSync: true },
  );

  protected onTabChange(index: number): void {
    void this.router.navigate([], { queryParams: { view: index === 0 ? null : VIEWS[index] }, replaceUrl: true });
  }
}
