import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PeopleImportService } from '../people-import/people-import.service';
import { buildDemoOrganizations, DEMO_PASSWORD } from './demo-organizations';

export interface SeedOutcome {
  organization: string;
  people: number;
  created: boolean;
}

/** Creates the demo tenants that are missing. Never called in production (see main.ts and the config). */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: PeopleImportService,
    private readonly hasher: PasswordHasher,
  ) {}

  async seedDemoOrganizations(): Promise<SeedOutcome[]> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const outcomes: SeedOutcome[] = [];
    for (const demo of buildDemoOrganizations()) {
      const created = await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(OrganizationEntity, { slug: demo.slug })) return false;
        const organizationId = randomUUID();
        await manager.insert(OrganizationEntity, { id: organizationId, slug: demo.slug, name: demo.name });
        // The demo people go through the same plan and writer as a CSV import.
        const plan = await this.imports.plan(manager, organizationId, {
          rows: demo.people,
          problems: [],
          columns: {},
          totalRows: demo.people.length,
          rejected: { employeeIds: new Set(), emails: new Set() },
        });
        if (plan.problems.length > 0)
          throw new Error(`Demo data for ${demo.slug} is inconsistent: ${plan.problems[0].message}`);
        await this.imports.applyPlan(manager, organizationId, plan);
        // Every demo person can sign in with the demo password, so any journey can be tried as any role.
        await manager.query('UPDATE person SET password_hash = $2 WHERE organization_id = $1', [
          organizationId,
          passwordHash,
        ]);
        return true;
      });
      if (created) this.logger.log(`Seeded demo organization ${demo.name} with ${demo.people.length} people`);
      outcomes.push({ organization: demo.name, people: demo.people.length, created });
    }
    return outcomes;
  }
}
