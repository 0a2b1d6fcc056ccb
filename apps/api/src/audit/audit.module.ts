import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { AuditLogWriterModule } from './audit-log-writer.module';
import { AuditLogResolver } from './audit-log.resolver';

/** The audit log as admins read it. */
@Module({
  imports: [AuditLogWriterModule, PeopleModule],
  providers: [AuditLogResolver],
})
export class AuditModule {}
