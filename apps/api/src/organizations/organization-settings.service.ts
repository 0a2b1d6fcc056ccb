import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { TenantDatabase } from '../database/tenant-database';
import { OrganizationEntity } from './organization.entity';

/**
 * An organization's own settings: how long managers have to answer consent requests, and whether
 * candidates see who observed them.
 */
@Injectable()
export class OrganizationSettings {
  constructor(private readonly db: TenantDatabase) {}

  async consentWorkingDays(organizationId: string): Promise<number> {
    const organization = await this.db.manager().findOneOrFail(OrganizationEntity, {
      select: { consentWorkingDays: true },
      where: { id: organizationId },
    });
    return organization.consentWorkingDays;
  }

  async hideObserverNamesFromCandidates(organizationId: string): Promise<boolean> {
    const organization = await this.db.manager().findOneOrFail(OrganizationEntity, {
      select: { hideObserverNamesFromCandidates: true },
      where: { id: organizationId },
    });
    return organization.hideObserverNamesFromCandidates;
  }

  async setHideObserverNamesFromCandidates(actor: Actor, hidden: boolean): Promise<OrganizationEntity> {
    const manager = this.db.manager();
    await manager.update(
      OrganizationEntity,
      { id: actor.organizationId },
      { hideObserverNamesFromCandidates: hidden },
    );
    return manager.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
  }

  async setConsentWorkingDays(actor: Actor, workingDays: number): Promise<OrganizationEntity> {
    const manager = this.db.manager();
    await manager.update(
      OrganizationEntity,
      { id: actor.organizationId },
      { consentWorkingDays: workingDays },
    );
    return manager.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
  }
}
