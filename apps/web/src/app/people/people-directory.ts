import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { NetworkStatus } from '@apollo/client';
import { PEOPLE_LIMITS, type Role } from '@bridge/domain';
import { Apollo, type QueryRef } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, map, Subject, switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import {
  DirectoryUnitsDocument,
  PeopleDirectoryDocument,
  type PeopleDirectoryQuery,
  type PeopleDirectoryQueryVariables,
  type PeopleFilterInput,
} from '../graphql/generated';
import { buildUnitTree, flattenUnitTree } from '../org-chart/unit-tree';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { ROLE_OPTIONS } from '../ui/role-label';

export const DIRECTORY_PAGE_SIZE = 25;
const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'bridge-people-directory',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    Icon,
    PersonAvatar,
  ],
  templateUrl: './people-directory.html',
  styleUrl: './people-directory.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleDirectory {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  /** Filters live in the URL (?q=…&unit=…&role=…) so a filtered directory can be linked and revisited. */
  readonly q = input<string>();
  readonly unit = input<string>();
  readonly role = input<string>();

  protected readonly maxSearchLength = PEOPLE_LIMITS.maxSearchLength;
  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly searchText = linkedSignal(() => this.q() ?? '');
  private readonly searchTyped = new Subject<string>();

  protected readonly selectedRole = computed(
    () => ROLE_OPTIONS.find((option) => option.value === this.role())?.value ?? null,
  );
  protected readonly selectedUnit = computed(() => this.unit() ?? null);

  private readonly filter = computed<PeopleFilterInput>(() => ({
    search: this.q()?.trim().slice(0, PEOPLE_LIMITS.maxSearchLength) || null,
    unitId: this.selectedUnit(),
    role: this.selectedRole(),
  }));

  private directoryQuery: QueryRef<PeopleDirectoryQuery, PeopleDirectoryQueryVariables> | null = null;
  private readonly result = toSignal(
    toObservable(this.filter).pipe(
      switchMap((filter) => {
        this.directoryQuery = this.apollo.watchQuery({
          query: PeopleDirectoryDocument,
          variables: { filter, first: DIRECTORY_PAGE_SIZE },
          notifyOnNetworkStatusChange: true,
        });
        return this.directoryQuery.valueChanges;
      }),
    ),
  );

  private readonly connection = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.people : null;
  });
  protected readonly people = computed(() => this.connection()?.edges.map((edge) => edge.node) ?? []);
  protected readonly totalCount = computed(() => this.connection()?.totalCount ?? null);
  protected readonly hasMore = computed(() => this.connection()?.pageInfo.hasNextPage ?? false);
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadingMore = computed(() => this.result()?.networkStatus === NetworkStatus.fetchMore);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });
  protected readonly isFiltered = computed(() => {
    const filter = this.filter();
    return Boolean(filter.search || filter.unitId || filter.role);
  });

  private readonly units = toSignal(
    this.apollo.query({ query: DirectoryUnitsDocument }).pipe(map(({ data }) => data?.orgUnits ?? [])),
    { initialValue: [] },
  );
  protected readonly unitOptions = computed(() =>
    flattenUnitTree(buildUnitTree(this.units())).map((node) => ({
      id: node.unit.id,
      label: node.path,
      depth: node.depth,
    })),
  );
  protected readonly selectedUnitLabel = computed(
    () => this.unitOptions().find((option) => option.id === this.selectedUnit())?.label ?? null,
  );

  constructor() {
    this.searchTyped
      .pipe(
        map((text) => text.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((text) => this.applyFilter({ q: text || null }));
  }

  protected onSearchInput(text: string): void {
    this.searchText.set(text);
    this.searchTyped.next(text);
  }

  protected onUnitChange(unitId: string | null): void {
    this.applyFilter({ unit: unitId });
  }

  protected onRoleChange(role: Role | null): void {
    this.applyFilter({ role });
  }

  protected clearFilters(): void {
    this.searchText.set('');
    void this.router.navigate(['/people'], { replaceUrl: true });
  }

  protected loadMore(): void {
    const endCursor = this.connection()?.pageInfo.endCursor;
    if (!this.directoryQuery || !endCursor || this.loadingMore()) return;
    void this.directoryQuery.fetchMore({ variables: { after: endCursor } });
  }

  private applyFilter(change: Partial<Record<'q' | 'unit' | 'role', string | null>>): void {
    void this.router.navigate(['/people'], {
      queryParams: change,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
