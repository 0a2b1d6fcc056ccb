import { Injectable } from '@nestjs/common';
import { DEFAULT_FIT_WEIGHTS, FIT_FACTORS, FitWeights, weightProblems } from '@bridge/matching';
import type { Actor } from '../access/actor';
import { BadUserInputError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { OrganizationEntity } from './organization.entity';

/** The weights matching uses: the organization's own, or the engine's defaults until it chooses. */
export function matchingWeightsOrDefaults(stored: FitWeights | null): FitWeights {
  return stored ?? { ...DEFAULT_FIT_WEIGHTS };
}

/**
 * An organization's own settings: how long managers have to answer consent requests, whether
 * candidates see who observed them, and how matching weighs its factors.
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

  /** The weights the matching engine scores this organization's candidates with. */
  async matchingWeights(organizationId: string): Promise<FitWeights> {
    const organization = await this.db.manager().findOneOrFail(OrganizationEntity, {
      // With the id: TypeORM makes no entity of a row whose selected columns are all null.
      select: { id: true, matchingWeights: true },
      where: { id: organizationId },
    });
    return matchingWeightsOrDefaults(organization.matchingWeights);
  }

  async setMatchingWeights(actor: Actor, weights: FitWeights): Promise<OrganizationEntity> {
    const [problem] = weightProblems(weights);
    if (problem) {
      const field = problem.field === 'weights' ? 'weights' : `weights.${problem.field}`;
      throw new BadUserInputError(field, problem.message);
    }
    const chosen = Object.fromEntries(FIT_FACTORS.map((factor) => [factor, weights[factor]])) as FitWeights;
    const manager = this.db.manager();
    await manager.update(OrganizationEntity, { id: actor.organizationId }, { matchingWeights: chosen });
    return manager.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
  }
}
