import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorReason, isPlausibleEmail, Role } from '@bridge/domain';
import { PasswordHasher } from '../passwords/password-hasher';
import { BadUserInputError, ConflictError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { PersonEntity } from '../people/person.entity';

export interface NewOrganization {
  name: string;
  slug: string;
  adminName: string;
  adminEmail: string;
}

export interface CreatedOrganization {
  organizationId: string;
  adminEmail: string;
  /** Shown once to whoever ran the command; only its hash is stored. */
  adminPassword: string;
}

/** Creates a tenant and its first admin, who then imports everyone else. */
@Injectable()
export class OrganizationSetupService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(request: NewOrganization): Promise<CreatedOrganization> {
    const name = request.name.trim();
    const slug = request.slug.trim().toLowerCase();
    const adminEmail = request.adminEmail.trim().toLowerCase();
    if (!name) throw new BadUserInputError('name', 'name is required');
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug))
      throw new BadUserInputError('slug', 'slug must be 2-63 lower-case letters, digits or dashes');
    if (!request.adminName.trim()) throw new BadUserInputError('adminName', 'adminName is required');
    if (!isPlausibleEmail(adminEmail))
      throw new BadUserInputError(
        'adminEmail',
        `adminEmail "${request.adminEmail}" is not an e-mail address`,
      );

    const adminPassword = randomBytes(18).toString('base64url');
    const passwordHash = await this.hasher.hash(adminPassword);
    const organizationId = randomUUID();
    await this.db.run(organizationId, async (manager) => {
      // Other tenants' rows are invisible here; the unique index on slug still sees them all.
      const inserted: unknown[] = await manager.query(
        'INSERT INTO organization (id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING RETURNING id',
        [organizationId, slug, name],
      );
      if (inserted.length === 0)
        throw new ConflictError(
          ErrorReason.SLUG_TAKEN,
          `An organization with slug "${slug}" already exists.`,
        );
      await manager.insert(PersonEntity, {
        organizationId,
        id: randomUUID(),
        employeeId: 'admin',
        email: adminEmail,
        name: request.adminName.trim(),
        title: 'Bridge administrator',
        roles: [Role.ADMIN],
        active: true,
        passwordHash,
      });
    });
    return { organizationId, adminEmail, adminPassword };
  }
}
