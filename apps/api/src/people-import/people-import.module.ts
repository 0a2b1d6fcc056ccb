import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { InterruptedImportsJob } from './interrupted-imports.job';
import { PeopleImportResolver } from './people-import.resolver';
import { PeopleImportService } from './people-import.service';

@Module({
  imports: [AuditLogWriterModule],
  providers: [PeopleImportService, PeopleImportResolver, InterruptedImportsJob],
  exports: [PeopleImportService],
})
export class PeopleImportModule {}
