import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { DEFAULT_LEADERSHIP_FRAMEWORK, RatingAnchor } from '@bridge/domain';
import { BadUserInputError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import {
  FrameworkCapabilityEntity,
  FrameworkIndicatorEntity,
  FrameworkTransitionEntity,
} from './framework.entities';

export interface CapabilityWithIndicators extends FrameworkCapabilityEntity {
  indicators: FrameworkIndicatorEntity[];
}

export interface OrganizationFramework {
  transitions: FrameworkTransitionEntity[];
  capabilities: CapabilityWithIndicators[];
  scale: RatingAnchor[];
}

/**
 * Each organization's own copy of the leadership framework. The copy is made from the default (written
 * from the seed articles, in libs/domain) the first time the organization needs it, so organizations
 * created before the framework existed get one too, and later edits never touch other organizations.
 */
@Injectable()
export class FrameworkService {
  constructor(private readonly db: TenantDatabase) {}

  async forOrganization(organizationId: string): Promise<OrganizationFramework> {
    const manager = this.db.manager();
    const ofOrganization = () =>
      manager.find(FrameworkCapabilityEntity, { where: { organizationId }, order: { position: 'ASC' } });
    // Read first and copy the default only when there is nothing: a read is then one statement less.
    let capabilities = await ofOrganization();
    if (capabilities.length === 0) {
      await this.ensureCopy(manager, organizationId);
      capabilities = await ofOrganization();
    }
    const indicators = await manager.find(FrameworkIndicatorEntity, {
      where: { organizationId, retiredAt: IsNull() },
      order: { position: 'ASC' },
    });
    const transitions = await manager.find(FrameworkTransitionEntity, {
      where: { organizationId },
      order: { key: 'ASC' },
    });
    return {
      transitions,
      capabilities: capabilities.map((capability) => ({
        ...capability,
        indicators: indicators.filter((indicator) => indicator.capabilityKey === capability.key),
      })),
      scale: DEFAULT_LEADERSHIP_FRAMEWORK.scale,
    };
  }

  /** Refuses keys that are not capabilities of the organization's framework, naming the field and the key. */
  async assertCapabilityKeys(organizationId: string, keys: readonly string[], field: string): Promise<void> {
    if (keys.length === 0) return;
    const manager = this.db.manager();
    await this.ensureCopy(manager, organizationId);
    const known = await manager.find(FrameworkCapabilityEntity, {
      select: { key: true },
      where: { organizationId, key: In([...keys]) },
    });
    const knownKeys = new Set(known.map((capability) => capability.key));
    const unknown = keys.find((key) => !knownKeys.has(key));
    if (unknown !== undefined)
      throw new BadUserInputError(
        field,
        `${field} "${unknown}" is not a capability of the leadership framework`,
      );
  }

  /** Copies the default framework into the organization once; concurrent first requests are harmless. */
  async ensureCopy(manager: EntityManager, organizationId: string): Promise<void> {
    if (await manager.exists(FrameworkCapabilityEntity, { where: { organizationId } })) return;
    const framework = DEFAULT_LEADERSHIP_FRAMEWORK;
    await manager
      .createQueryBuilder()
      .insert()
      .into(FrameworkCapabilityEntity)
      .values(
        framework.capabilities.map((capability, position) => ({
          organizationId,
          key: capability.key,
          name: capability.name,
          description: capability.description,
          position,
        })),
      )
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(FrameworkIndicatorEntity)
      .values(
        framework.capabilities.flatMap((capability) =>
          capability.indicators.map((indicator, position) => ({
            organizationId,
            id: randomUUID(),
            capabilityKey: capability.key,
            key: indicator.key,
            kind: indicator.kind,
            text: indicator.text,
            warningPattern: indicator.warningPattern,
            position,
          })),
        ),
      )
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(FrameworkTransitionEntity)
      .values(
        framework.transitions.map((transition) => ({
          organizationId,
          key: transition.key,
          name: transition.name,
          fromLevel: transition.from,
          toLevel: transition.to,
          description: transition.description,
          capabilityKeys: transition.capabilityKeys,
        })),
      )
      .orIgnore()
      .execute();
  }
}
