import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { PasswordsModule } from '../passwords/passwords.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SignInThrottle } from './sign-in-throttle.service';

/** Signing in: with a password, or through the company's identity provider. */
@Module({
  imports: [AuditLogWriterModule, SessionsModule, PasswordsModule],
  controllers: [OidcController],
  providers: [OidcService, AuthService, AuthResolver, SignInThrottle],
})
export class AuthModule {}
