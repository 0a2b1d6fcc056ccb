import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { FrameworkResolver } from './framework.resolver';
import { FrameworkEditor } from './framework-editor.service';
import { FrameworkService } from './framework.service';

@Module({
  imports: [AuditLogWriterModule],
  providers: [FrameworkService, FrameworkEditor, FrameworkResolver],
  exports: [FrameworkService],
})
export class FrameworkModule {}
