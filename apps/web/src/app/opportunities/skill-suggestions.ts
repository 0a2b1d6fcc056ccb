import { inject, Injectable } from '@angular/core';
import { OPPORTUNITY_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { catchError, debounceTime, distinctUntilChanged, map, type Observable, of, switchMap } from 'rxjs';
import { SkillSuggestionsDocument } from '../graphql/generated';

export const SUGGESTION_DEBOUNCE_MS = 250;
export const SUGGESTION_COUNT = 8;

/** Skills already used in the organization that match what is being typed, for an autocomplete. */
@Injectable({ providedIn: 'root' })
export class SkillSuggestions {
  private readonly apollo = inject(Apollo);

  /**
   * Suggestions for text as it is typed: asked once typing pauses, for the latest text only.
   * Nothing typed, or a failed request, suggests nothing: a skill can always be typed in full.
   */
  for(typed: Observable<string>): Observable<string[]> {
    return typed.pipe(
      map((text) => text.trim().slice(0, OPPORTUNITY_LIMITS.maxSkillLength)),
      debounceTime(SUGGESTION_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((search) =>
        search
          ? this.apollo
              .query({ query: SkillSuggestionsDocument, variables: { search, first: SUGGESTION_COUNT } })
              .pipe(
                map(({ data }) => data?.skillSuggestions ?? []),
                catchError(() => of([])),
              )
          : of([]),
      ),
    );
  }
}
