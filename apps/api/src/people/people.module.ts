import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [OrgUnitsModule, OrganizationsModule, AuditLogWriterModule],
  providers: [PeopleService, PeopleResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
