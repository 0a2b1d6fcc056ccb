import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { MarketplaceFrameworkDocument } from '../graphql/generated';

/** The organization's capabilities and transitions, for names and choices; provided by each page that shows them. */
@Injectable()
export class MarketplaceFramework {
  private readonly framework = toSignal(
    inject(Apollo)
      .query({ query: MarketplaceFrameworkDocument })
      .pipe(
        map(({ data }) => data?.leadershipFramework ?? null),
        // Without names the keys are shown instead; nothing on the page depends on them loading.
        catchError(() => of(null)),
      ),
    { initialValue: null },
  );

  readonly capabilities = computed(() => this.framework()?.capabilities ?? []);
  readonly transitions = computed(() => this.framework()?.transitions ?? []);
  readonly capabilityNames = computed(
    () => new Map(this.capabilities().map((capability) => [capability.key, capability.name])),
  );
}
