import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { PeopleImportEntity } from './people-import.entity';
import { PeopleImportResolver } from './people-import.resolver';
import { PeopleImportService } from './people-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([PeopleImportEntity]), AuditLogWriterModule],
  providers: [PeopleImportService, PeopleImportResolver],
  exports: [PeopleImportService],
})
export class PeopleImportModule {}
