import { Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';

/** The writer alone, for the modules whose changes are audited (people, auth, imports). */
@Module({
  providers: [AuditLogService],
  exports: [AuditLogService],
})
export class AuditLogWriterModule {}
