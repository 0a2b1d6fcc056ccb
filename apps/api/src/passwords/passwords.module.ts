import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PasswordHasher } from './password-hasher';
import { PasswordsResolver } from './passwords.resolver';
import { PasswordsService } from './passwords.service';

@Module({
  imports: [AuditLogWriterModule, SessionsModule],
  providers: [PasswordHasher, PasswordsService, PasswordsResolver],
  exports: [PasswordHasher],
})
export class PasswordsModule {}
