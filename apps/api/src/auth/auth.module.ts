import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SignInThrottle } from './sign-in-throttle.service';
import { TokenService } from './token.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SessionService } from '../sessions/session.service';
import { SessionsResolver } from '../sessions/sessions.resolver';

@Module({
  imports: [AuditLogWriterModule],
  controllers: [OidcController],
  providers: [
    OidcService,
    SessionService,
    SessionsResolver,
    AuthService,
    AuthResolver,
    PasswordHasher,
    SignInThrottle,
    TokenService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordHasher, AuthService],
})
export class AuthModule {}
