import { Injectable } from '@nestjs/common';
import {
  calibrateRaters,
  decide,
  EvidenceObservation,
  FrameworkCapability,
  leniencies,
  Permission,
  RaterCalibration,
  Readiness,
  readiness,
  TransitionKey,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { todayUtc } from '../common/calendar-date';
import { CandidateProfilesService } from '../candidate-profiles/candidate-profiles.service';
import { FrameworkService } from '../framework/framework.service';
import { ObservationEntity } from '../observations/observation.entity';
import { ObservationsService } from '../observations/observations.service';
import { PersonEntity } from '../people/person.entity';
import { PeopleService } from '../people/people.service';

export interface Assessment {
  candidate: PersonEntity;
  transition: TransitionKey;
  transitionName: string;
  readiness: Readiness;
  evidence: ObservationEntity[];
  observers: PersonEntity[];
  capabilities: FrameworkCapability[];
}

/**
 * A candidate's readiness for a transition, from the observations the reader may see, judged by the
 * rule core (libs/domain readiness.ts) with every observer's leniency taken from all the ratings of
 * the organization (rater-calibration.ts).
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly people: PeopleService,
    private readonly profiles: CandidateProfilesService,
    private readonly framework: FrameworkService,
    private readonly observations: ObservationsService,
  ) {}

  async of(
    actor: Actor,
    candidateId: string,
    requested: TransitionKey | undefined,
  ): Promise<Readiness & { candidateId: string; transition: TransitionKey }> {
    const { readiness: judged, candidate, transition } = await this.assess(actor, candidateId, requested);
    return { ...judged, candidateId: candidate.id, transition };
  }

  /**
   * The readiness with everything it was judged on: the evidence the actor may read, its observers and
   * the framework's words, for a promotion review to freeze.
   */
  async assess(actor: Actor, candidateId: string, requested: TransitionKey | undefined): Promise<Assessment> {
    const organizationId = actor.organizationId;
    const [candidate] = await this.people.byIds(organizationId, [candidateId]);
    if (!candidate) throw new NotFoundError('person', candidateId);
    const decision = decide(actor, Permission.ReadReadiness, {
      kind: 'candidateProfile',
      personId: candidate.id,
      managerId: candidate.managerId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);

    const [profile] = await this.profiles.byPersonIds(organizationId, [candidate.id]);
    const transitionKey = requested ?? profile?.targetTransition ?? TransitionKey.T1;
    const { transitions, capabilities } = await this.framework.forOrganization(organizationId);
    const transition = transitions.find((t) => t.key === transitionKey);
    const needed = transition?.capabilityKeys ?? [];
    const evidence = await this.observations.readableOf(actor, candidate.id, candidate);
    const observerIds = [...new Set(evidence.map((observation) => observation.observerId))];
    const observers = await this.people.byIds(organizationId, observerIds);
    const unitOf = new Map(observers.map((observer) => [observer.id, observer.unitId]));
    const calibration = await this.calibration(organizationId);

    const observations: EvidenceObservation[] = evidence.map((observation) => ({
      id: observation.id,
      observerId: observation.observerId,
      capabilityKey: observation.capabilityKey,
      rating: observation.rating,
      observedOn: observation.observedOn,
      warningPattern: observation.warningPattern,
      observerOutsideTeam: unitOf.get(observation.observerId) !== candidate.unitId,
    }));
    const judged = readiness({
      capabilities: needed.flatMap((key) => {
        const capability = capabilities.find((c) => c.key === key);
        return capability ? [{ key, name: capability.name }] : [];
      }),
      observations,
      asOf: todayUtc(),
      leniency: leniencies(calibration),
    });
    return {
      candidate,
      transition: transitionKey,
      transitionName: transition?.name ?? transitionKey,
      readiness: judged,
      evidence,
      observers,
      capabilities,
    };
  }

  /** Every observer's rating level, spread and leniency against the organization's: for HR. */
  async calibrationFor(actor: Actor): Promise<RaterCalibration> {
    const decision = decide(actor, Permission.ManagePromotionReviews);
    if (!decision.allowed) throw ForbiddenError.from(decision);
    return this.calibration(actor.organizationId);
  }

  private async calibration(organizationId: string): Promise<RaterCalibration> {
    return calibrateRaters(await this.observations.ratingsOf(organizationId));
  }
}
