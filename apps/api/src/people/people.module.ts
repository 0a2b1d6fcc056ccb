import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonEntity } from './person.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([PersonEntity]),
    OrgUnitsModule,
    OrganizationsModule,
    AuditLogWriterModule,
  ],
  providers: [PeopleService, PeopleResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
