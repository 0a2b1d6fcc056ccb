import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from '../passwords/password-hasher';
import { TenantDatabase } from '../database/tenant-database';
import { PeopleImportService } from '../people-import/people-import.service';
import { seedDemoEvidence } from './demo-evidence-seed';
import { seedDemoMarketplace } from './demo-marketplace';
import { buildDemoOrganizations, DEMO_PASSWORD, seededRandom } from './demo-organizations';

export interface SeedOutcome {
  organization: string;
  people: number;
  created: boolean;
  /** Observations seeded this time (0 when the organization already had evidence). */
  observations: number;
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

  /**
   * `evidence: false` leaves the demo tenants without observations and past placements: the integration
   * tests' template database starts from people and open opportunities, and each test records its own.
   */
  async seedDemoOrganizations({ evidence = true }: { evidence?: boolean } = {}): Promise<SeedOutcome[]> {
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
      // Evidence has its own check, so a demo database seeded before there was evidence gets it too.
      const observations = evidence && demo.withEvidence ? await this.seedEvidence(demo.slug) : 0;
      if (observations > 0) this.logger.log(`Seeded ${observations} observations in ${demo.name}`);
      outcomes.push({ organization: demo.name, people: demo.people.length, created, observations });
    }
    return outcomes;
  }

  private async seedEvidence(slug: string): Promise<number> {
    const [organization] = await this.db.unscopedQuery<{ id: string | null }>(
      'SELECT bridge_organization_id($1) AS id',
      [slug],
    );
    if (!organization?.id) return 0;
    const organizationId = organization.id;
    return this.db.run(organizationId, (manager) => seedDemoEvidence(manager, organizationId));
  }
}
