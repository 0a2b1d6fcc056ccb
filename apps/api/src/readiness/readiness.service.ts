import { Injectable } from '@nestjs/common';
import {
  calibrateRaters,
  CalibrationRating,
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
import { JudgedObservation, ObservationsService } from '../observations/observations.service';
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

  /** The readiness query: judged in one read of the evidence, without its words. */
  async of(
    actor: Actor,
    candidateId: string,
    requested: TransitionKey | undefined,
  ): Promise<Readiness & { candidateId: string; transition: TransitionKey }> {
    const context = await this.context(actor, candidateId, requested);
    const { ratings, evidence } = await this.observations.judgedEvidenceOf(actor, context.candidate);
    const judged = this.judge(context, evidence, ratings);
    return { ...judged, candidateId: context.candidate.id, transition: context.transition };
  }

  /**
   * The readiness with everything it was judged on: the evidence the actor may read with its words, its
   * observers and the framework's words, for a promotion review to freeze.
   */
  async assess(actor: Actor, candidateId: string, requested: TransitionKey | undefined): Promise<Assessment> {
    const context = await this.context(actor, candidateId, requested);
    const organizationId = actor.organizationId;
    const evidence = await this.observations.readableOf(actor, context.candidate.id, context.candidate);
    const observers = await this.people.byIds(organizationId, [
      ...new Set(evidence.map((observation) => observation.observerId)),
    ]);
    const unitOf = new Map(observers.map((observer) => [observer.id, observer.unitId]));
    const judged = this.judge(
      context,
      evidence.map((observation) => ({
        ...observation,
        observerUnitId: unitOf.get(observation.observerId) ?? null,
      })),
      await this.observations.ratingsOf(organizationId),
    );
    return {
      candidate: context.candidate,
      transition: context.transition,
      transitionName: context.transitionName,
      readiness: judged,
      evidence,
      observers,
      capabilities: context.capabilities,
    };
  }

  /** Who, for which transition, and what it needs; refused unless the actor may read their readiness. */
  private async context(actor: Actor, candidateId: string, requested: TransitionKey | undefined) {
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
    const needed = (transition?.capabilityKeys ?? []).flatMap((key) => {
      const capability = capabilities.find((c) => c.key === key);
      return capability ? [{ key, name: capability.name }] : [];
    });
    return {
      candidate,
      transition: transitionKey,
      transitionName: transition?.name ?? transitionKey,
      needed,
      capabilities,
    };
  }

  /** The rule core's judgement, each observer's leniency taken from all the organization's ratings. */
  private judge(
    context: { candidate: PersonEntity; needed: { key: string; name: string }[] },
    evidence: JudgedObservation[],
    ratings: CalibrationRating[],
  ): Readiness {
    const observations: EvidenceObservation[] = evidence.map((observation) => ({
      id: observation.id,
      observerId: observation.observerId,
      capabilityKey: observation.capabilityKey,
      rating: observation.rating,
      observedOn: observation.observedOn,
      warningPattern: observation.warningPattern,
      observerOutsideTeam: observation.observerUnitId !== context.candidate.unitId,
    }));
    return readiness({
      capabilities: context.needed,
      observations,
      asOf: todayUtc(),
      leniency: leniencies(calibrateRaters(ratings)),
    });
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
