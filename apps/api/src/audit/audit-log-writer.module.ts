import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditLogService } from './audit-log.service';

/** The writer alone, for the modules whose changes are audited (people, auth, imports). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditLogService],
  exports: [AuditLogService],
})
export class AuditLogWriterModule {}
