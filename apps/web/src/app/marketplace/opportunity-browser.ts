import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NetworkStatus } from '@apollo/client';
import { OPPORTUNITY_LIMITS, Permission } from '@bridge/domain';
import { Apollo, type QueryRef } from 'apollo-angular';
import { catchError, debounceTime, distinctUntilChanged, map, of, Subject, switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import { Session } from '../core/session';
import {
  MarketplaceFunctionsDocument,
  MarketplaceOpportunitiesDocument,
  type MarketplaceOpportunitiesQuery,
  type MarketplaceOpportunitiesQueryVariables,
  type OpportunityFilterInput,
  type OpportunityKind,
} from '../graphql/generated';
import { RecommendedOpportunities } from '../matching/recommended-opportunities';
import { SkillSuggestions } from '../opportunities/skill-suggestions';
import { Icon } from '../ui/icon';
import { MarketplaceFramework } from './marketplace-framework';
import { KIND_OPTIONS } from './marketplace-labels';
import { MarketplaceTabs } from './marketplace-tabs';
import { OpportunityCard } from './opportunity-card';

export const MARKETPLACE_PAGE_SIZE = 12;
const TYPING_DEBOUNCE_MS = 300;
/** The API's limit on the search text. */
const MAX_SEARCH_LENGTH = 200;
export const HOURS_OPTIONS: readonly number[] = [2, 4, 6, 8, 12, 20];

type FilterParameter = 'q' | 'kind' | 'capability' | 'skill' | 'unit' | 'hours';

/** Open opportunities with filters kept in the URL; with `savedOnly` (the Saved tab), the ones the person saved. */
@Component({
  selector: 'bridge-opportunity-browser',
  imports: [
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    Icon,
    MarketplaceTabs,
    OpportunityCard,
    RecommendedOpportunities,
  ],
  providers: [MarketplaceFramework],
  templateUrl: './opportunity-browser.html',
  styleUrl: './opportunity-browser.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpportunityBrowser {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly framework = inject(MarketplaceFramework);
  private readonly session = inject(Session);

  readonly savedOnly = input(false);
  readonly q = input<string>();
  readonly kind = input<string>();
  readonly capability = input<string>();
  readonly skill = input<string>();
  readonly unit = input<string>();
  readonly hours = input<string>();

  /** Candidates see what fits them best above the browser. */
  protected readonly recommends = computed(
    () => !this.savedOnly() && this.session.can(Permission.ApplyToOpportunities),
  );
  protected readonly maxSearchLength = MAX_SEARCH_LENGTH;
  protected readonly maxSkillLength = OPPORTUNITY_LIMITS.maxSkillLength;
  protected readonly kindOptions = KIND_OPTIONS;
  protected readonly hoursOptions = HOURS_OPTIONS;

  protected readonly searchText = linkedSignal(() => this.q() ?? '');
  protected readonly skillText = linkedSignal(() => this.skill() ?? '');
  private readonly typed = new Subject<{ parameter: 'q' | 'skill'; text: string }>();
  private readonly skillTyped = new Subject<string>();
  protected readonly skillSuggestions = toSignal(inject(SkillSuggestions).for(this.skillTyped), {
    initialValue: [],
  });

  protected readonly selectedKind = computed(
    () => KIND_OPTIONS.find((option) => option.value === this.kind())?.value ?? null,
  );
  protected readonly selectedCapability = computed(() => this.capability() || null);
  protected readonly selectedUnit = computed(() => this.unit() || null);
  protected readonly selectedHours = computed(() => {
    const hours = Number(this.hours());
    return Number.isInteger(hours) && hours >= 1 && hours <= OPPORTUNITY_LIMITS.maxHoursPerWeek
      ? hours
      : null;
  });

  private readonly filter = computed<OpportunityFilterInput>(() => {
    if (this.savedOnly()) return { savedByMe: true };
    return {
      status: 'OPEN',
      search: this.q()?.trim().slice(0, MAX_SEARCH_LENGTH) || null,
      kind: this.selectedKind(),
      capabilityKey: this.selectedCapability(),
      skill: this.skill()?.trim().slice(0, OPPORTUNITY_LIMITS.maxSkillLength) || null,
      unitId: this.selectedUnit(),
      maxHoursPerWeek: this.selectedHours(),
    };
  });

  private opportunitiesQuery: QueryRef<
    MarketplaceOpportunitiesQuery,
    MarketplaceOpportunitiesQueryVariables
  > | null = null;
  private readonly result = toSignal(
    toObservable(this.filter).pipe(
      switchMap((filter) => {
        this.opportunitiesQuery = this.apollo.watchQuery({
          query: MarketplaceOpportunitiesDocument,
          variables: { filter, first: MARKETPLACE_PAGE_SIZE },
          // Seats, saved marks and applications change elsewhere; show what is cached, then what is true now.
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        });
        return this.opportunitiesQuery.valueChanges;
      }),
    ),
  );

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
  protected readonly isFiltered = computed(() => {
    const { search, kind, capabilityKey, skill, unitId, maxHoursPerWeek } = this.filter();
    return Boolean(search || kind || capabilityKey || skill || unitId || maxHoursPerWeek);
  });

  protected readonly functions = toSignal(
    this.apollo.query({ query: MarketplaceFunctionsDocument }).pipe(
      map(({ data }) =>
        (data?.orgUnits ?? [])
          .filter((unit) => unit.kind === 'FUNCTION')
          .sort((a, b) => a.name.localeCompare(b.name)),
      ),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  constructor() {
    this.typed
      .pipe(
        map(({ parameter, text }) => ({ parameter, text: text.trim() })),
        debounceTime(TYPING_DEBOUNCE_MS),
        distinctUntilChanged((a, b) => a.parameter === b.parameter && a.text === b.text),
        takeUntilDestroyed(),
      )
      .subscribe(({ parameter, text }) => this.applyFilter({ [parameter]: text || null }));
  }

  protected onSearchInput(text: string): void {
    this.searchText.set(text);
    this.typed.next({ parameter: 'q', text });
  }

  protected onSkillInput(text: string): void {
    this.skillText.set(text);
    this.typed.next({ parameter: 'skill', text });
    this.skillTyped.next(text);
  }

  protected onSkillPicked(skill: string): void {
    this.skillText.set(skill);
    this.typed.next({ parameter: 'skill', text: skill });
  }

  protected onKindChange(kind: OpportunityKind | null): void {
    this.applyFilter({ kind });
  }

  protected onCapabilityChange(capability: string | null): void {
    this.applyFilter({ capability });
  }

  protected onUnitChange(unit: string | null): void {
    this.applyFilter({ unit });
  }

  protected onHoursChange(hours: number | null): void {
    this.applyFilter({ hours: hours === null ? null : String(hours) });
  }

  protected clearFilters(): void {
    this.searchText.set('');
    this.skillText.set('');
    void this.router.navigate([], { relativeTo: this.route, replaceUrl: true });
  }

  protected loadMore(): void {
    const endCursor = this.connection()?.pageInfo.endCursor;
    if (!this.opportunitiesQuery || !endCursor || this.loadingMore()) return;
    void this.opportunitiesQuery.fetchMore({ variables: { after: endCursor } });
  }

  private applyFilter(change: Partial<Record<FilterParameter, string | null>>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: change,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
