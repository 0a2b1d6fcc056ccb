import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decide, ErrorReason, ObservationRequestStatus, OpportunityKind, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import {
  observationRequestDeclined,
  observationRequested,
  placementObservationRequested,
} from '../notices/evidence-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleService } from '../people/people.service';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { RequestObservationArgs } from './dto/observation.args';
import { ObservationRequestEntity } from './observation-request.entity';

/** Asking a colleague for evidence, and their answer: an observation, or a decline. */
@Injectable()
export class ObservationRequestsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The candidate (for themselves) or HR asks a named colleague how the candidate led. */
  async request(actor: Actor, args: RequestObservationArgs): Promise<ObservationRequestEntity> {
    const organizationId = actor.organizationId;
    // One query after another: the request's transaction has a single connection.
    const [candidate] = await this.people.byIds(organizationId, [args.candidateId]);
    const [observer] = await this.people.byIds(organizationId, [args.observerId]);
    if (!candidate?.active) throw new NotFoundError('person', args.candidateId);
    if (!observer?.active) throw new NotFoundError('person', args.observerId);
    const decision = decide(actor, Permission.RequestObservation, {
      kind: 'candidateProfile',
      personId: candidate.id,
      managerId: candidate.managerId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    if (observer.id === candidate.id)
      throw new BadUserInputError(
        'observerId',
        'A candidate cannot observe themselves. Ask a colleague who saw them lead, or add a reflection.',
      );
    const question = args.question.trim();
    if (!question)
      throw new BadUserInputError('question', 'Write the question to ask, e.g. how they led a project.');
    const manager = this.db.manager();
    if (args.placementId) {
      const placement = await manager.findOneBy(PlacementEntity, {
        organizationId,
        id: args.placementId,
        candidateId: candidate.id,
      });
      if (!placement) throw new NotFoundError('placement of this candidate', args.placementId);
    }
    const request: ObservationRequestEntity = {
      organizationId,
      id: randomUUID(),
      candidateId: candidate.id,
      observerId: observer.id,
      requestedById: actor.personId,
      placementId: args.placementId ?? null,
      question,
      status: ObservationRequestStatus.OPEN,
      declineReason: null,
      observationId: null,
      requestedAt: new Date(),
      answeredAt: null,
    };
    await manager.insert(ObservationRequestEntity, request);
    const askedBy =
      actor.personId === candidate.id ? candidate : await this.people.byId(organizationId, actor.personId);
    await this.notifications.notify([observationRequested(request, candidate.name, askedBy.name)], manager);
    return request;
  }

  /**
   * A placement has just completed: its sponsor and, for a mentorship, its mentee are asked how the
   * candidate led in it, in the completing transaction. The request is made on the candidate's behalf
   * (it is their evidence, and they hear if it is declined); someone who already has an open request
   * about the candidate is not asked twice, since one observation answers all their open requests.
   */
  async askAfterCompletion(
    placement: PlacementEntity,
    opportunity: Pick<OpportunityEntity, 'title' | 'kind' | 'sponsorId' | 'menteeId'>,
  ): Promise<ObservationRequestEntity[]> {
    const { organizationId, candidateId } = placement;
    const manager = this.db.manager();
    const candidate = await this.people.byId(organizationId, candidateId);
    const mentee = opportunity.kind === OpportunityKind.MENTORSHIP ? opportunity.menteeId : null;
    const observerIds = [...new Set([opportunity.sponsorId, mentee])].filter(
      (id): id is string => id !== null && id !== candidateId,
    );
    const alreadyAsked = new Set(
      (
        await manager.find(ObservationRequestEntity, {
          select: { observerId: true },
          where: { organizationId, candidateId, status: ObservationRequestStatus.OPEN },
        })
      ).map((request) => request.observerId),
    );
    const question = `How did ${candidate.name} lead in “${opportunity.title}”?`;
    const requests = observerIds
      .filter((observerId) => !alreadyAsked.has(observerId))
      .map(
        (observerId): ObservationRequestEntity => ({
          organizationId,
          id: randomUUID(),
          candidateId,
          observerId,
          requestedById: candidateId,
          placementId: placement.id,
          question,
          status: ObservationRequestStatus.OPEN,
          declineReason: null,
          observationId: null,
          requestedAt: new Date(),
          answeredAt: null,
        }),
      );
    if (requests.length === 0) return [];
    await manager.insert(ObservationRequestEntity, requests);
    await this.notifications.notify(
      requests.map((request) => placementObservationRequested(request, candidate.name, opportunity.title)),
      manager,
    );
    return requests;
  }

  /** The colleague asked says they cannot give an observation; whoever asked is told. */
  async decline(
    actor: Actor,
    requestId: string,
    reason: string | undefined,
  ): Promise<ObservationRequestEntity> {
    const organizationId = actor.organizationId;
    const manager = this.db.manager();
    const request = await manager.findOne(ObservationRequestEntity, {
      where: { organizationId, id: requestId },
      lock: { mode: 'pessimistic_write' },
    });
    const involved =
      request && [request.observerId, request.requestedById, request.candidateId].includes(actor.personId);
    if (!request || !involved) throw new NotFoundError('observation request', requestId);
    if (request.observerId !== actor.personId)
      throw new ForbiddenError(
        ErrorReason.NOT_OBSERVER,
        'Only the colleague who was asked can decline this request.',
      );
    if (request.status !== ObservationRequestStatus.OPEN)
      throw new ConflictError(
        ErrorReason.ALREADY_DECIDED,
        'This request has already been answered or declined.',
      );
    const declined = {
      status: ObservationRequestStatus.DECLINED,
      declineReason: reason?.trim() || null,
      answeredAt: new Date(),
    };
    await manager.update(ObservationRequestEntity, { organizationId, id: requestId }, declined);
    const observer = await this.people.byId(organizationId, request.observerId);
    const candidate = await this.people.byId(organizationId, request.candidateId);
    await this.notifications.notify(
      [observationRequestDeclined(request, observer.name, candidate.name, declined.declineReason)],
      manager,
    );
    return { ...request, ...declined };
  }

  /** Requests waiting for the actor's observation, oldest first. */
  waitingFor(actor: Actor): Promise<ObservationRequestEntity[]> {
    return this.db.manager().find(ObservationRequestEntity, {
      where: {
        organizationId: actor.organizationId,
        observerId: actor.personId,
        status: ObservationRequestStatus.OPEN,
      },
      order: { requestedAt: 'ASC' },
    });
  }

  /** Requests the actor made, open and answered, newest first. */
  madeBy(actor: Actor): Promise<ObservationRequestEntity[]> {
    return this.db.manager().find(ObservationRequestEntity, {
      where: { organizationId: actor.organizationId, requestedById: actor.personId },
      order: { requestedAt: 'DESC' },
      take: 200,
    });
  }
}
