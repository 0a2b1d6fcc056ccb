import { Apollo } from 'apollo-angular';
import { type Observable, of, switchMap } from 'rxjs';
import { type EvidenceItemFragment, ReadinessEvidenceDocument } from './readiness.generated';
import type { TimelineObservation } from './evidence-timeline';

/** Every observation of the candidate the reader may read: the same evidence readiness is judged on. */
export function allEvidence(apollo: Apollo, candidateId: string): Observable<EvidenceItemFragment[]> {
  const page = (after: string | null) =>
    apollo.query({
      query: ReadinessEvidenceDocument,
      variables: { candidateId, after },
      fetchPolicy: 'network-only',
    });
  const from = (after: string | null, before: EvidenceItemFragment[]): Observable<EvidenceItemFragment[]> =>
    page(after).pipe(
      switchMap(({ data }) => {
        const all = [...before, ...(data?.observations.edges.map((edge) => edge.node) ?? [])];
        const info = data?.observations.pageInfo;
        return info?.hasNextPage && info.endCursor ? from(info.endCursor, all) : of(all);
      }),
    );
  return from(null, []);
}

/** Observations as the timeline draws them, named by their capability. */
export function timelineOf(
  observations: readonly EvidenceItemFragment[],
  capabilityNames: ReadonlyMap<string, string>,
): TimelineObservation[] {
  return observations.map((observation) => ({
    id: observation.id,
    observedOn: observation.observedOn,
    rating: observation.rating,
    capabilityKey: observation.capability.key,
    capabilityName: capabilityNames.get(observation.capability.key) ?? observation.capability.key,
    // Null when the organization hides observers' names from the candidate reading this.
    observerName: observation.observer?.name ?? 'A colleague',
    warningSign: Boolean(observation.indicator.warningPattern),
  }));
}
