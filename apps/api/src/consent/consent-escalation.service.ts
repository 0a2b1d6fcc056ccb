import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ConsentStatus, escalationStep, Role } from '@bridge/domain';
import { ApplicationRecords } from '../applications/application-records.service';
import { TenantDatabase } from '../database/tenant-database';
import { consentEscalated, consentOverdueAtTop } from '../notices/consent-notices';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganizationSettings } from '../organizations/organization-settings.service';
import { PeopleService } from '../people/people.service';
import { ConsentRequestEntity } from './consent-request.entity';
import { ConsentRequests } from './consent-requests.service';

/**
 * Consent requests past their deadline go to the approver's own manager; a request is never
 * approved by silence. At the top of the reporting line there is no one to escalate to, so HR is
 * told instead and the request waits.
 */
@Injectable()
export class ConsentEscalation {
  private readonly logger = new Logger(ConsentEscalation.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly consent: ConsentRequests,
    private readonly applicationRecords: ApplicationRecords,
    private readonly people: PeopleService,
    private readonly settings: OrganizationSettings,
    private readonly notifications: NotificationsService,
  ) {}

  /** Escalates every overdue request, organization by organization; returns how many. */
  async escalateOverdue(now: Date = new Date()): Promise<number> {
    const organizations: { id: string }[] = await this.db.unscopedQuery(
      'SELECT bridge_organizations_with_overdue_consent($1) AS id',
      [now],
    );
    let escalated = 0;
    for (const { id: organizationId } of organizations)
      escalated += await this.db.run(organizationId, (manager) =>
        this.escalateIn(manager, organizationId, now),
      );
    return escalated;
  }

  private async escalateIn(manager: EntityManager, organizationId: string, now: Date): Promise<number> {
    const overdue = await manager
      .getRepository(ConsentRequestEntity)
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(
        'request.organizationId = :organizationId AND request.status = :pending AND request.dueAt <= :now',
        {
          organizationId,
          pending: ConsentStatus.PENDING,
          now,
        },
      )
      .getMany();
    if (overdue.length === 0) return 0;
    const workingDays = await this.settings.consentWorkingDays(organizationId);
    // Everything the overdue requests refer to, in one query per kind rather than per request.
    const applications = byId(
      await this.applicationRecords.byIds(
        organizationId,
        overdue.map((request) => request.applicationId),
      ),
    );
    // Read here, not through OpportunitiesService, which itself depends on consent.
    const opportunities = byId(
      await manager.findBy(OpportunityEntity, {
        organizationId,
        id: In([...applications.values()].map((application) => application.opportunityId)),
      }),
    );
    const people = byId(
      await this.people.byIds(organizationId, [
        ...overdue.map((request) => request.approverId),
        ...[...applications.values()].map((application) => application.candidateId),
      ]),
    );
    const hrPeople = await this.people.activeWithRole(organizationId, Role.HR);
    const notices: NewNotification[] = [];
    for (const request of overdue) {
      const application = found(applications, request.applicationId);
      const opportunity = found(opportunities, application.opportunityId);
      const approver = found(people, request.approverId);
      const candidate = found(people, application.candidateId);
      const step = escalationStep(approver, now, workingDays);
      if (step.action === 'TELL_HR') {
        await manager.update(ConsentRequestEntity, { organizationId, id: request.id }, { dueAt: step.dueAt });
        for (const person of hrPeople)
          notices.push(
            consentOverdueAtTop(organizationId, person.id, approver.name, candidate.name, opportunity),
          );
        continue;
      }
      await manager.update(
        ConsentRequestEntity,
        { organizationId, id: request.id },
        { status: ConsentStatus.ESCALATED, decidedAt: now },
      );
      const next = await this.consent.request(
        application,
        step.to,
        request.escalationLevel + 1,
        { candidateName: candidate.name, opportunity },
        now,
      );
      notices.push(
        ...consentEscalated(organizationId, {
          nextApproverId: step.to,
          previousApproverId: approver.id,
          previousApproverName: approver.name,
          candidateId: candidate.id,
          candidateName: candidate.name,
          opportunity,
          dueAt: next.request.dueAt,
          workingDays,
        }),
      );
    }
    await this.notifications.notify(notices, manager);
    this.logger.log({ organizationId, escalated: overdue.length }, 'Escalated overdue consent requests');
    return overdue.length;
  }
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** A row the foreign keys guarantee exists. */
function found<T>(rows: Map<string, T>, id: string): T {
  const row = rows.get(id);
  if (!row) throw new Error(`Row ${id} is missing despite its foreign key`);
  return row;
}
