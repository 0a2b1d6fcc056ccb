import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from '../passwords/password-hasher';
import { TenantDatabase } from '../database/tenant-database';
import { PeopleImportService } from '../people-import/people-import.service';
import { seedDemoMarketplace } from './demo-marketplace';
import { buildDemoOrganizations, DEMO_PASSWORD, seededRandom } from './demo-organizations';

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
    private readonly db: TenantDatabase,
    private readonly imports: PeopleImportService,
    private readonly hasher: PasswordHasher,
  ) {}

  async seedDemoOrganizations(): Promise<SeedOutcome[]> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const outcomes: SeedOutcome[] = [];
    for (const demo of buildDemoOrganizations()) {
      const organizationId = randomUUID();
      // A new tenant is created inside its own tenant transaction, like everything else it owns.
      const created = await this.db.run(organizationId, async (manager) => {
        const inserted: unknown[] = await manager.query(
          'INSERT INTO organization (id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING RETURNING id',
          [organizationId, demo.slug, demo.name],
        );
        if (inserted.length === 0) return false;
        // The demo people go through the same plan and writer as a CSV import.
        const plan = await this.imports.plan(manager, organizationId, {
          rows: demo.people,
          problems: [],
          columns: {},
          totalRows: demo.people.length,
          rejected: { rows: [], employeeIds: new Set(), emails: new Set() },
        });
        if (plan.problems.length > 0)
          throw new Error(`Demo data for ${demo.slug} is inconsistent: ${plan.problems[0].message}`);
        await this.imports.applyPlan(manager, organizationId, plan);
        // Every demo person can sign in with the demo password, so any journey can be tried as any role.
        await manager.query('UPDATE person SET password_hash = $2 WHERE organization_id = $1', [
          organizationId,
          passwordHash,
        ]);
        await seedDemoMarketplace(manager, organizationId, seededRandom(demo.slug.length));
        return true;
      });
      if (created) this.logger.log(`Seeded demo organization ${demo.name} with ${demo.people.length} people`);
      outcomes.push({ organization: demo.name, people: demo.people.length, created });
    }
    return outcomes;
  }
}
