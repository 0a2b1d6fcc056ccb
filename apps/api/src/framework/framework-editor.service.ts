import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { IndicatorKind, TransitionKey, WarningPattern } from '@bridge/domain';
import type { AuditDetails } from '../audit/audit-event.entity';
import { AuditLogService } from '../audit/audit-log.service';
import type { Actor } from '../access/actor';
import { BadUserInputError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import {
  FrameworkCapabilityEntity,
  FrameworkIndicatorEntity,
  FrameworkTransitionEntity,
} from './framework.entities';
import { CapabilityWithIndicators, FrameworkService } from './framework.service';

export interface CapabilityChange {
  key: string;
  name?: string | null;
  description?: string | null;
}

export interface NewCapability {
  name: string;
  description: string;
}

export interface IndicatorChange {
  id: string;
  text?: string | null;
  kind?: IndicatorKind | null;
  warningPattern?: WarningPattern | null;
}

export interface NewIndicator {
  capabilityKey: string;
  kind: IndicatorKind;
  text: string;
  warningPattern?: WarningPattern | null;
}

/** Admins' edits of their organization's framework, each in the audit log with the change it made. */
@Injectable()
export class FrameworkEditor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly framework: FrameworkService,
    private readonly auditLog: AuditLogService,
  ) {}

  async updateCapability(actor: Actor, change: CapabilityChange): Promise<CapabilityWithIndicators> {
    const manager = this.db.manager();
    await this.framework.ensureCopy(manager, actor.organizationId);
    const capability = await manager.findOne(FrameworkCapabilityEntity, {
      where: { organizationId: actor.organizationId, key: change.key },
      lock: { mode: 'pessimistic_write' },
    });
    if (!capability)
      throw new BadUserInputError(
        'input.key',
        `input.key "${change.key}" is not a capability of the framework`,
      );
    const name = change.name?.trim() || capability.name;
    const description = change.description?.trim() || capability.description;
    await manager.update(
      FrameworkCapabilityEntity,
      { organizationId: actor.organizationId, key: change.key },
      { name, description },
    );
    await this.auditLog.record(
      {
        organizationId: actor.organizationId,
        actorId: actor.personId,
        action: 'framework.changed',
        details: { capabilityName: name, change: 'capability' },
      },
      manager,
    );
    return { ...capability, name, description, indicators: await this.liveIndicators(manager, capability) };
  }

  /** Adds a capability at the end of the framework, keyed from its name; no transition needs it yet. */
  async addCapability(actor: Actor, input: NewCapability): Promise<CapabilityWithIndicators> {
    const manager = this.db.manager();
    await this.framework.ensureCopy(manager, actor.organizationId);
    const stem =
      input.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 50) || 'capability';
    const taken = new Set(
      (
        await manager.find(FrameworkCapabilityEntity, {
          select: { key: true },
          where: { organizationId: actor.organizationId },
        })
      ).map((capability) => capability.key),
    );
    let key = stem;
    for (let suffix = 2; taken.has(key); suffix++) key = `${stem}-${suffix}`;
    const [{ next }] = await manager.query(
      'SELECT coalesce(max(position), -1) + 1 AS next FROM framework_capability WHERE organization_id = $1',
      [actor.organizationId],
    );
    const capability = manager.create(FrameworkCapabilityEntity, {
      organizationId: actor.organizationId,
      key,
      name: input.name,
      description: input.description,
      position: Number(next),
    });
    await manager.insert(FrameworkCapabilityEntity, capability);
    await this.changed(actor, manager, { capabilityName: input.name, change: 'new capability' });
    return { ...capability, indicators: [] };
  }

  async addIndicator(actor: Actor, input: NewIndicator): Promise<FrameworkIndicatorEntity> {
    const manager = this.db.manager();
    await this.framework.ensureCopy(manager, actor.organizationId);
    const capability = await manager.findOneBy(FrameworkCapabilityEntity, {
      organizationId: actor.organizationId,
      key: input.capabilityKey,
    });
    if (!capability) {
      throw new BadUserInputError(
        'input.capabilityKey',
        `input.capabilityKey "${input.capabilityKey}" is not a capability of the framework`,
      );
    }
    const warningPattern = input.warningPattern ?? null;
    if (input.kind === IndicatorKind.WARNING_SIGN && !warningPattern) {
      throw new BadUserInputError(
        'input.warningPattern',
        'input.warningPattern is required for a warning sign',
      );
    }
    if (input.kind === IndicatorKind.POSITIVE && warningPattern) {
      throw new BadUserInputError('input.warningPattern', 'input.warningPattern is only for warning signs');
    }
    const [{ next }] = await manager.query(
      'SELECT coalesce(max(position), 0) + 1 AS next FROM framework_indicator WHERE organization_id = $1 AND capability_key = $2',
      [actor.organizationId, input.capabilityKey],
    );
    const id = randomUUID();
    const indicator = manager.create(FrameworkIndicatorEntity, {
      organizationId: actor.organizationId,
      id,
      capabilityKey: input.capabilityKey,
      key: `${input.capabilityKey}-custom-${id.slice(0, 8)}`,
      kind: input.kind,
      text: input.text.trim(),
      warningPattern,
      position: Number(next),
    });
    await manager.insert(FrameworkIndicatorEntity, indicator);
    await this.auditLog.record(
      {
        organizationId: actor.organizationId,
        actorId: actor.personId,
        action: 'framework.changed',
        details: {
          capabilityName: capability.name,
          change: input.kind === IndicatorKind.WARNING_SIGN ? 'warning sign' : 'indicator',
        },
      },
      manager,
    );
    return { ...indicator, createdAt: new Date(), retiredAt: null };
  }

  /**
   * Rewords an indicator or changes its kind or warning pattern. Observations already recorded against it
   * keep the words, kind and pattern they were recorded with.
   */
  async updateIndicator(actor: Actor, change: IndicatorChange): Promise<FrameworkIndicatorEntity> {
    const manager = this.db.manager();
    const indicator = await this.liveIndicator(manager, actor.organizationId, change.id);
    const kind = change.kind ?? indicator.kind;
    const warningPattern =
      change.warningPattern !== undefined && change.warningPattern !== null
        ? change.warningPattern
        : kind === IndicatorKind.POSITIVE
          ? null
          : indicator.warningPattern;
    if (kind === IndicatorKind.WARNING_SIGN && !warningPattern)
      throw new BadUserInputError(
        'input.warningPattern',
        'input.warningPattern is required for a warning sign',
      );
    if (kind === IndicatorKind.POSITIVE && warningPattern)
      throw new BadUserInputError('input.warningPattern', 'input.warningPattern is only for warning signs');
    const text = change.text ?? indicator.text;
    await manager.update(
      FrameworkIndicatorEntity,
      { organizationId: actor.organizationId, id: indicator.id },
      { text, kind, warningPattern },
    );
    await this.changed(actor, manager, {
      capabilityName: await this.capabilityName(manager, indicator),
      change: kind === IndicatorKind.WARNING_SIGN ? 'changed warning sign' : 'changed indicator',
    });
    return { ...indicator, text, kind, warningPattern };
  }

  /** Hides an indicator from observers for good; it stays for the observations already recorded against it. */
  async retireIndicator(actor: Actor, id: string): Promise<CapabilityWithIndicators> {
    const manager = this.db.manager();
    const indicator = await this.liveIndicator(manager, actor.organizationId, id);
    await manager.update(
      FrameworkIndicatorEntity,
      { organizationId: actor.organizationId, id },
      { retiredAt: new Date() },
    );
    const capability = await manager.findOneByOrFail(FrameworkCapabilityEntity, {
      organizationId: actor.organizationId,
      key: indicator.capabilityKey,
    });
    await this.changed(actor, manager, {
      capabilityName: capability.name,
      change: indicator.kind === IndicatorKind.WARNING_SIGN ? 'retired warning sign' : 'retired indicator',
    });
    return { ...capability, indicators: await this.liveIndicators(manager, capability) };
  }

  /** Says which capabilities a transition needs, in order: at least one, each a capability of the framework. */
  async setTransitionCapabilities(
    actor: Actor,
    key: TransitionKey,
    capabilityKeys: readonly string[],
  ): Promise<FrameworkTransitionEntity> {
    const manager = this.db.manager();
    await this.framework.ensureCopy(manager, actor.organizationId);
    const transition = await manager.findOne(FrameworkTransitionEntity, {
      where: { organizationId: actor.organizationId, key },
      lock: { mode: 'pessimistic_write' },
    });
    if (!transition) throw new NotFoundError('transition', key);
    const keys = [...new Set(capabilityKeys)];
    const names = new Map(
      (
        await manager.find(FrameworkCapabilityEntity, {
          select: { key: true, name: true },
          where: { organizationId: actor.organizationId, key: In(keys) },
        })
      ).map((capability) => [capability.key, capability.name]),
    );
    const unknown = keys.find((capabilityKey) => !names.has(capabilityKey));
    if (unknown !== undefined) throw new NotFoundError('capability', unknown);
    await manager.update(
      FrameworkTransitionEntity,
      { organizationId: actor.organizationId, key },
      { capabilityKeys: keys },
    );
    await this.changed(actor, manager, {
      transitionName: transition.name,
      change: 'transition',
      capabilityKeys: keys,
      capabilityNames: keys.map((capabilityKey) => names.get(capabilityKey) ?? capabilityKey),
    });
    return { ...transition, capabilityKeys: keys };
  }

  /** An indicator of the organization that is not retired; anything else is not found, foreign ids too. */
  private async liveIndicator(
    manager: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<FrameworkIndicatorEntity> {
    const indicator = await manager.findOne(FrameworkIndicatorEntity, {
      where: { organizationId, id, retiredAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!indicator) throw new NotFoundError('indicator', id);
    return indicator;
  }

  private liveIndicators(
    manager: EntityManager,
    capability: FrameworkCapabilityEntity,
  ): Promise<FrameworkIndicatorEntity[]> {
    return manager.find(FrameworkIndicatorEntity, {
      where: {
        organizationId: capability.organizationId,
        capabilityKey: capability.key,
        retiredAt: IsNull(),
      },
      order: { position: 'ASC' },
    });
  }

  private async capabilityName(manager: EntityManager, indicator: FrameworkIndicatorEntity): Promise<string> {
    const capability = await manager.findOneByOrFail(FrameworkCapabilityEntity, {
      organizationId: indicator.organizationId,
      key: indicator.capabilityKey,
    });
    return capability.name;
  }

  private changed(actor: Actor, manager: EntityManager, details: AuditDetails): Promise<void> {
    return this.auditLog.record(
      { organizationId: actor.organizationId, actorId: actor.personId, action: 'framework.changed', details },
      manager,
    );
  }
}
