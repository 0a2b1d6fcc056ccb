import { Apollo } from 'apollo-angular';
import { EMPTY, expand, type Observable, reduce } from 'rxjs';
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
  return page(null).pipe(
    expand(({ data }) => {
      const info = data?.observations.pageInfo;
      return info?.hasNextPage && info.endCursor ? page(info.endCursor) : EMPTY;
    }),
    reduce(
      (all, { data }) => [...all, ...(data?.observations.edges.map((edge) => edge.node) ?? [])],
      [] as EvidenceItemFragment[],
    ),
  );
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
    observerName: observation.observer.name,
    warningSign: Boolean(observation.indicator.warningPattern),
  }));
}
