import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { SessionService } from './session.service';
import { SessionsResolver } from './sessions.resolver';
import { TokenService } from './token.service';

@Module({
  imports: [AuditLogWriterModule],
  providers: [SessionService, TokenService, SessionsResolver],
  exports: [SessionService],
})
export class SessionsModule {}
