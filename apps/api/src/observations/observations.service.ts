import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  amendable,
  CalibrationRating,
  can,
  decide,
  ErrorReason,
  OBSERVATION_LIMITS,
  ObservationDraft,
  observationProblems,
  ObservationRequestStatus,
  ObservationVisibility,
  ObserverFacts,
  observerNameShown,
  Permission,
  placementsToObserve,
  Role,
  WarningPattern,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { todayUtc } from '../common/calendar-date';
import { TenantDatabase } from '../database/tenant-database';
import { FrameworkService } from '../framework/framework.service';
import { observationRecorded } from '../notices/evidence-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { PersonEntity } from '../people/person.entity';
import { OrganizationSettings } from '../organizations/organization-settings.service';
import { PeopleService } from '../people/people.service';
import { PlacementEntity } from '../placements/placement.entity';
import { ObservationContentInput, RecordObservationInput } from './dto/observation.args';
import { ObservationRequestEntity } from './observation-request.entity';
import { ObservationEntity } from './observation.entity';

/** What an observation says, as its observer may correct it. */
type ObservationContent = Pick<
  ObservationEntity,
  | 'capabilityKey'
  | 'indicatorKey'
  | 'indicatorText'
  | 'indicatorKind'
  | 'warningPattern'
  | 'rating'
  | 'situation'
  | 'behaviour'
  | 'impact'
  | 'observedOn'
  | 'placementId'
  | 'visibility'
>;

const CORRECTION_WINDOW_MS = OBSERVATION_LIMITS.amendHours * 3_600_000;

/** An observation as readiness judges it: no words, and its observer's unit. */
export interface JudgedObservation {
  id: string;
  observerId: string;
  capabilityKey: string;
  rating: number;
  observedOn: string;
  warningPattern: WarningPattern | null;
  observerUnitId: string | null;
}

/** Who stands around a candidate, read in one statement: the facts `observerRelationships` decides on. */
const OBSERVER_FACTS = `
  SELECT p.manager_id AS "managerId",
    ARRAY(SELECT DISTINCT o.sponsor_id FROM placement pl
          JOIN opportunity o ON o.organization_id = pl.organization_id AND o.id = pl.opportunity_id
          WHERE pl.organization_id = $1 AND pl.candidate_id = $2) AS "sponsorIds",
    ARRAY(SELECT DISTINCT o.mentee_id FROM placement pl
          JOIN opportunity o ON o.organization_id = pl.organization_id AND o.id = pl.opportunity_id
          WHERE pl.organization_id = $1 AND pl.candidate_id = $2 AND o.mentee_id IS NOT NULL) AS "menteeIds",
    ARRAY(SELECT DISTINCT r.observer_id FROM observation_request r
          WHERE r.organization_id = $1 AND r.candidate_id = $2 AND r.status <> 'DECLINED') AS "requestedObserverIds"
  FROM person p WHERE p.organization_id = $1 AND p.id = $2 AND p.active`;

/** The observations of a candidate: recorded by those who may observe them, read by those who may read each. */
@Injectable()
export class ObservationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly framework: FrameworkService,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
    private readonly settings: OrganizationSettings,
  ) {}

  static correctableUntil(observation: Pick<ObservationEntity, 'recordedAt'>): Date {
    return new Date(observation.recordedAt.getTime() + CORRECTION_WINDOW_MS);
  }

  /** The facts that decide who may observe a candidate; undefined when no such active person exists. */
  async observerFacts(organizationId: string, candidateId: string): Promise<ObserverFacts | undefined> {
    const [row] = await this.db
      .manager()
      .query<Omit<ObserverFacts, 'candidateId'>[]>(OBSERVER_FACTS, [organizationId, candidateId]);
    return row ? { candidateId, ...row } : undefined;
  }

  async record(actor: Actor, input: RecordObservationInput): Promise<ObservationEntity> {
    const organizationId = actor.organizationId;
    const facts = await this.observerFacts(organizationId, input.candidateId);
    if (!facts) throw new NotFoundError('person', input.candidateId);
    const decision = decide(actor, Permission.ObserveCandidate, { kind: 'candidateEvidence', facts });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    const manager = this.db.manager();
    if (input.amendsId) {
      const amended = await manager.findOneBy(ObservationEntity, { organizationId, id: input.amendsId });
      if (!amended || amended.observerId !== actor.personId || amended.candidateId !== input.candidateId)
        throw new NotFoundError('observation of yours about this candidate', input.amendsId);
    }
    const { content, capabilityName } = await this.checkedContent(organizationId, input.candidateId, input);
    const observation: ObservationEntity = {
      ...content,
      organizationId,
      id: randomUUID(),
      candidateId: input.candidateId,
      observerId: actor.personId,
      amendsId: input.amendsId ?? null,
      recordedAt: new Date(),
      correctedAt: null,
    };
    await manager.insert(ObservationEntity, observation);
    await this.answerRequests(manager, observation);
    const hidden = await this.settings.hideObserverNamesFromCandidates(organizationId);
    const candidateReader = { personId: observation.candidateId, roles: [] };
    const observerName = observerNameShown(candidateReader, observation, {
      hideObserverNamesFromCandidates: hidden,
    })
      ? (await this.people.byId(organizationId, actor.personId)).name
      : 'A colleague';
    await this.notifications.notify(observationRecorded(observation, observerName, capabilityName), manager);
    return observation;
  }

  /** The observer corrects their observation within its window; after it, a new one must amend it. */
  async amend(
    actor: Actor,
    observationId: string,
    input: ObservationContentInput,
  ): Promise<ObservationEntity> {
    const organizationId = actor.organizationId;
    const manager = this.db.manager();
    const observation = await manager.findOne(ObservationEntity, {
      where: { organizationId, id: observationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!observation || !this.mayRead(actor, observation, await this.managerOf(observation)))
      throw new NotFoundError('observation', observationId);
    if (observation.observerId !== actor.personId)
      throw new ForbiddenError(
        ErrorReason.NOT_OBSERVER,
        'Only the observer who recorded this observation can correct it. Record your own observation instead.',
      );
    if (!amendable(observation.recordedAt, new Date()))
      throw new ConflictError(
        ErrorReason.AMEND_WINDOW_CLOSED,
        'This observation was recorded more than 24 hours ago and can no longer change. Record a new observation that amends it.',
        { observationId },
      );
    const { content } = await this.checkedContent(organizationId, observation.candidateId, input);
    const correctedAt = new Date();
    await manager.update(
      ObservationEntity,
      { organizationId, id: observationId },
      { ...content, correctedAt },
    );
    return { ...observation, ...content, correctedAt };
  }

  /** The candidate's observations the actor may read, newest first. */
  async ofCandidate(
    actor: Actor,
    candidateId: string,
    first: number,
    after: string | undefined,
  ): Promise<Connection<ObservationEntity>> {
    const readable = await this.readableOf(actor, candidateId);
    const start = after ? this.positionAfter(readable, decodeCursor(after, ['text', 'uuid'])) : 0;
    return toConnection(
      readable.slice(start),
      first,
      async () => readable.length,
      (row) => [row.observedOn, row.id],
    );
  }

  /**
   * Every observation of the candidate the actor may read, newest first. Read whole and filtered by the
   * policy (one candidate's evidence is hundreds of rows), so who reads what is decided in one place.
   * A caller that has the candidate already passes them, saving the lookup.
   */
  async readableOf(
    actor: Actor,
    candidateId: string,
    known?: Pick<PersonEntity, 'id' | 'managerId'>,
  ): Promise<ObservationEntity[]> {
    const organizationId = actor.organizationId;
    const candidate = known ?? (await this.people.byIds(organizationId, [candidateId]))[0];
    if (!candidate) throw new NotFoundError('person', candidateId);
    // Hand-written: hundreds of rows per read, and TypeORM's hydration of them costs more than the query.
    const all: ObservationEntity[] = await this.db.manager().query(
      `SELECT ${this.db.columns(ObservationEntity, 'observation')} FROM observation
       WHERE observation.organization_id = $1 AND observation.candidate_id = $2
       ORDER BY observation.observed_on DESC, observation.id ASC`,
      [organizationId, candidateId],
    );
    return all.filter((observation) => this.mayRead(actor, observation, candidate.managerId));
  }

  /** The candidate's placements the actor may tie an observation to (the rule core decides which). */
  async placementsToObserve(actor: Actor, candidateId: string): Promise<PlacementEntity[]> {
    const organizationId = actor.organizationId;
    const facts = await this.observerFacts(organizationId, candidateId);
    if (!facts) throw new NotFoundError('person', candidateId);
    const placements: (PlacementEntity & { sponsorId: string; menteeId: string | null })[] = await this.db
      .manager()
      .query(
        `SELECT ${this.db.columns(PlacementEntity, 'placement')}, o.sponsor_id AS "sponsorId", o.mentee_id AS "menteeId"
         FROM placement placement
         JOIN opportunity o ON o.organization_id = placement.organization_id AND o.id = placement.opportunity_id
         WHERE placement.organization_id = $1 AND placement.candidate_id = $2
         ORDER BY placement.starts_on DESC, placement.id`,
        [organizationId, candidateId],
      );
    return placementsToObserve(
      { personId: actor.personId, isHr: actor.roles.includes(Role.HR) },
      facts,
      placements,
    );
  }

  /** Whether the actor sees who recorded the candidate's observations (see `observerNameShown`). */
  async observerShownTo(actor: Actor, candidateId: string): Promise<boolean> {
    const hidden = await this.settings.hideObserverNamesFromCandidates(actor.organizationId);
    return observerNameShown(actor, { candidateId }, { hideObserverNamesFromCandidates: hidden });
  }

  /**
   * In one statement, what readiness is judged on: every rating of the organization (for rater
   * calibration) and, of the candidate's observations the actor may read, the facts without their
   * words, each with its observer's unit. Readiness reads no S-B-I text; a review reads it apart.
   * The unit is a lookup by key per row of the candidate, not a join: a join's plan rests on the
   * table's statistics, and right after a burst of observations a nested loop over every pair took 14 ms.
   */
  async judgedEvidenceOf(
    actor: Actor,
    candidate: Pick<PersonEntity, 'id' | 'managerId'>,
  ): Promise<{ ratings: CalibrationRating[]; evidence: JudgedObservation[] }> {
    const rows: (CalibrationRating &
      Partial<JudgedObservation> & { visibility: ObservationVisibility | null })[] = await this.db
      .manager()
      .query(
        `SELECT o.observer_id AS "observerId", o.candidate_id AS "candidateId", o.rating,
           CASE WHEN o.candidate_id = $2 THEN o.id END AS id,
           CASE WHEN o.candidate_id = $2 THEN o.capability_key END AS "capabilityKey",
           CASE WHEN o.candidate_id = $2 THEN o.observed_on::text END AS "observedOn",
           CASE WHEN o.candidate_id = $2 THEN o.warning_pattern END AS "warningPattern",
           CASE WHEN o.candidate_id = $2 THEN o.visibility END AS visibility,
           CASE WHEN o.candidate_id = $2 THEN (SELECT observer.unit_id FROM person observer
             WHERE observer.organization_id = o.organization_id AND observer.id = o.observer_id)
           END AS "observerUnitId"
         FROM observation o
         WHERE o.organization_id = $1`,
        [actor.organizationId, candidate.id],
      );
    const ratings = rows.map(({ observerId, candidateId, rating }) => ({ observerId, candidateId, rating }));
    const evidence = rows.flatMap((row) =>
      row.id &&
      row.visibility &&
      this.mayRead(actor, { ...row, visibility: row.visibility }, candidate.managerId)
        ? [
            {
              id: row.id,
              observerId: row.observerId,
              capabilityKey: row.capabilityKey ?? '',
              rating: row.rating,
              observedOn: row.observedOn ?? '',
              warningPattern: row.warningPattern ?? null,
              observerUnitId: row.observerUnitId ?? null,
            },
          ]
        : [],
    );
    return { ratings, evidence };
  }

  /** Every rating given in the organization, for rater calibration: numbers only, no text. */
  ratingsOf(organizationId: string): Promise<CalibrationRating[]> {
    return this.db
      .manager()
      .query(
        'SELECT observer_id AS "observerId", candidate_id AS "candidateId", rating FROM observation WHERE organization_id = $1',
        [organizationId],
      );
  }

  private mayRead(
    actor: Actor,
    observation: Pick<ObservationEntity, 'candidateId' | 'observerId' | 'visibility'>,
    managerId: string | null,
  ): boolean {
    return can(actor, Permission.ReadObservation, {
      kind: 'observation',
      candidateId: observation.candidateId,
      observerId: observation.observerId,
      managerId,
      visibility: observation.visibility,
    });
  }

  private async managerOf(observation: ObservationEntity): Promise<string | null> {
    return (await this.people.byId(observation.organizationId, observation.candidateId)).managerId;
  }

  private positionAfter(rows: ObservationEntity[], [observedOn, id]: string[]): number {
    const index = rows.findIndex(
      (row) => row.observedOn < observedOn || (row.observedOn === observedOn && row.id > id),
    );
    return index < 0 ? rows.length : index;
  }

  /** The content checked against the framework and the domain's rules, with the indicator's words kept. */
  private async checkedContent(
    organizationId: string,
    candidateId: string,
    input: ObservationContentInput,
  ): Promise<{ capabilityName: string; content: ObservationContent }> {
    const { capabilities } = await this.framework.forOrganization(organizationId);
    const draft: ObservationDraft = {
      capabilityKey: input.capabilityKey,
      indicatorKey: input.indicatorKey,
      rating: input.rating,
      situation: input.situation.trim(),
      behaviour: input.behaviour.trim(),
      impact: input.impact.trim(),
      observedOn: input.observedOn,
    };
    const { joinedOn } = await this.people.byId(organizationId, candidateId);
    const [problem] = observationProblems(draft, {
      capabilities,
      today: todayUtc(),
      candidateJoinedOn: joinedOn,
    });
    if (problem) throw new BadUserInputError(`input.${problem.field}`, problem.message);
    if (input.placementId) {
      const placement = await this.db
        .manager()
        .findOneBy(PlacementEntity, { organizationId, id: input.placementId, candidateId });
      if (!placement) throw new NotFoundError('placement of this candidate', input.placementId);
    }
    const capability = capabilities.find((c) => c.key === draft.capabilityKey);
    const indicator = capability?.indicators.find((i) => i.key === draft.indicatorKey);
    // observationProblems has refused an unknown capability or indicator; this only narrows the types.
    if (!capability || !indicator)
      throw new BadUserInputError('input.indicatorKey', 'Choose a listed behaviour.');
    return {
      capabilityName: capability.name,
      content: {
        ...draft,
        indicatorText: indicator.text,
        indicatorKind: indicator.kind,
        warningPattern: indicator.warningPattern,
        placementId: input.placementId ?? null,
        visibility: input.visibility,
      },
    };
  }

  /** The observer's open requests about this candidate are answered by what they just recorded. */
  private async answerRequests(manager: EntityManager, observation: ObservationEntity): Promise<void> {
    const open = await manager.findBy(ObservationRequestEntity, {
      organizationId: observation.organizationId,
      candidateId: observation.candidateId,
      observerId: observation.observerId,
      status: ObservationRequestStatus.OPEN,
    });
    if (open.length === 0) return;
    await manager.update(
      ObservationRequestEntity,
      { organizationId: observation.organizationId, id: In(open.map((request) => request.id)) },
      { status: ObservationRequestStatus.ANSWERED, observationId: observation.id, answeredAt: new Date() },
    );
  }
}
