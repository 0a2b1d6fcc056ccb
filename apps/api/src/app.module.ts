import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Context } from 'graphql-ws';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Request, Response } from 'express';
import { ApplicationsModule } from './applications/applications.module';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './access/access.guard';
import type { Actor, RequestWithActor } from './access/actor';
import { AuthModule } from './auth/auth.module';
import { CandidateProfilesModule } from './candidate-profiles/candidate-profiles.module';
import { ConsentModule } from './consent/consent.module';
import { EligibilityModule } from './eligibility/eligibility.module';
import { EquityReportModule } from './equity-report/equity-report.module';
import { MatchingModule } from './matching/matching.module';
import { PlacementsModule } from './placements/placements.module';
import { apolloLogger, errorReportingPlugin } from './common/error-reporting.plugin';
import { formatGraphqlError } from './common/format-graphql-error';
import { GraphqlExceptionFilter } from './common/graphql-exception.filter';
import { graphqlProtection } from './common/graphql-limits';
import { httpLoggingOptions } from './common/logging';
import { importOnlyPlugin } from './common/request-body-limits';
import { stringHygienePlugin } from './common/string-hygiene.plugin';
import { APP_CONFIG } from './config/app-config.token';
import type { AppConfig } from './config/app-config';
import { buildDataSourceOptions } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { DATABASE_OWNER_URL, DATABASE_URL } from './database/database.tokens';
import { tenantTransactionPlugin } from './database/tenant-transaction.plugin';
import { DemoSeedModule } from './demo-seed/demo-seed.module';
import { FrameworkModule } from './framework/framework.module';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { JobsModule } from './jobs/jobs.module';
import { MatchingRoundsModule } from './matching-rounds/matching-rounds.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ObservationsModule } from './observations/observations.module';
import { PromotionReviewsModule } from './promotion-reviews/promotion-reviews.module';
import { ReflectionsModule } from './reflections/reflections.module';
import { ReadinessModule } from './readiness/readiness.module';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { OrgUnitsModule } from './org-units/org-units.module';
import { PeopleImportModule } from './people-import/people-import.module';
import { PeopleModule } from './people/people.module';
import { PasswordsModule } from './passwords/passwords.module';
import { SessionsModule } from './sessions/sessions.module';
import { SessionService } from './sessions/session.service';
import { SkillsModule } from './skills/skills.module';

interface WsConnection {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { actor?: Actor };
}

/** HTTP requests carry their own request; a subscription's context is made from its connection's actor. */
function graphqlContext(context: { req: Request; res: Response } | WsConnection): {
  req: Request | RequestWithActor;
  res?: Response;
} {
  if ('req' in context) return { req: context.req, res: context.res };
  return { req: { headers: {}, actor: context.extra.actor } };
}

export interface AppModuleOptions {
  /** The running database server (embedded or external), as the app role: decided before the app is created. */
  databaseUrl: string;
  /** The same database as the tables' owner, for the job queue's schema. */
  databaseOwnerUrl: string;
  config: AppConfig;
}

/** The feature modules; each registers its own resolvers, which tools/schema finds by file for schema.gql. */
export const FEATURE_MODULES = [
  SessionsModule,
  PasswordsModule,
  AuthModule,
  OrganizationsModule,
  OrgUnitsModule,
  PeopleModule,
  PeopleImportModule,
  AuditModule,
  FrameworkModule,
  NotificationsModule,
  CandidateProfilesModule,
  OpportunitiesModule,
  ConsentModule,
  PlacementsModule,
  EligibilityModule,
  ApplicationsModule,
  ObservationsModule,
  ReflectionsModule,
  ReadinessModule,
  MatchingRoundsModule,
  PromotionReviewsModule,
  EquityReportModule,
  MatchingModule,
  HomeModule,
  SkillsModule,
  DemoSeedModule,
];

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            httpLoggingOptions(config.logLevel),
            // Synchronous, so log lines and the start-up banner reach the terminal in the order written.
            pino.destination({ dest: 1, sync: true }),
          ],
        }),
        TypeOrmModule.forRoot(buildDataSourceOptions(options.databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [SessionsModule],
          inject: [APP_CONFIG, SessionService],
          useFactory: (appConfig: AppConfig, sessions: SessionService) => {
            const protection = graphqlProtection();
            return {
              autoSchemaFile: true,
              sortSchema: true,
              path: '/graphql',
              playground: false,
              introspection: appConfig.environment !== 'production',
              includeStacktraceInErrorResponses: false,
              csrfPrevention: true,
              formatError: formatGraphqlError,
              logger: apolloLogger,
              allowBatchedHttpRequests: false,
              // No response is cacheable (each is read as its signed-in person), so Apollo's cache
              // control, on by default, would only add work to every field of every request.
              plugins: [
                errorReportingPlugin,
                importOnlyPlugin,
                stringHygienePlugin,
                ...protection.plugins,
                tenantTransactionPlugin,
                ApolloServerPluginCacheControlDisabled(),
              ],
              validationRules: protection.validationRules,
              parseOptions: protection.parseOptions,
              context: graphqlContext,
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  // The token travels in the connection's first message; a bad one closes the socket.
                  onConnect: async (connection: Context<Record<string, unknown> | undefined, unknown>) => {
                    const header = connection.connectionParams?.['authorization'];
                    const token = typeof header === 'string' ? header.replace(/^Bearer /, '').trim() : '';
                    const actor = token ? await sessions.actorForConnection(token) : undefined;
                    if (!actor) return false;
                    (connection.extra as WsConnection['extra']).actor = actor;
                    return true;
                  },
                },
              },
            };
          },
        }),
        DatabaseModule,
        JobsModule,
        HealthModule,
        ...FEATURE_MODULES,
      ],
      providers: [
        // Every operation of the API passes the access guard (see access/).
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        { provide: DATABASE_OWNER_URL, useValue: options.databaseOwnerUrl },
        { provide: APP_CONFIG, useValue: config },
      ],
      exports: [DATABASE_URL, DATABASE_OWNER_URL, APP_CONFIG],
      global: true,
    };
  }
}
