import { Module } from '@nestjs/common';
import { ActorResolver } from '../access/actor';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { SessionService } from './session.service';
import { SessionsResolver } from './sessions.resolver';
import { TokenService } from './token.service';

@Module({
  imports: [AuditLogWriterModule],
  providers: [
    SessionService,
    TokenService,
    SessionsResolver,
    // The access guard asks sessions who is behind a token.
    { provide: ActorResolver, useExisting: SessionService },
  ],
  exports: [SessionService, ActorResolver],
})
export class SessionsModule {}
