import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { TenantDatabase } from '../database/tenant-database';
import { NotFoundError } from '../common/bridge-errors';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(private readonly db: TenantDatabase) {}

  private get organizations(): Repository<OrganizationEntity> {
    return this.db.manager().getRepository(OrganizationEntity);
  }

  async byId(id: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw new NotFoundError('organization', id);
    return organization;
  }
}
