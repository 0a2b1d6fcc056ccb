import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Request, Response } from 'express';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { formatGraphqlError } from './common/format-graphql-error';
import { graphqlProtection } from './common/graphql-limits';
import { APP_CONFIG } from './config/app-config.token';
import type { AppConfig } from './config/app-config';
import { buildDataSourceOptions } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { DATABASE_OWNER_URL, DATABASE_URL } from './database/database.tokens';
import { tenantTransactionPlugin } from './database/tenant-transaction.plugin';
import { DemoSeedModule } from './demo-seed/demo-seed.module';
import { FrameworkModule } from './framework/framework.module';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { OrgUnitsModule } from './org-units/org-units.module';
import { PeopleImportModule } from './people-import/people-import.module';
import { PeopleModule } from './people/people.module';

export interface AppModuleOptions {
  /** The running database server (embedded or external), as the app role: decided before the app is created. */
  databaseUrl: string;
  /** The same database as the tables' owner, for the job queue's schema. */
  databaseOwnerUrl: string;
  config: AppConfig;
}

/** The feature modules; each registers its own resolvers, which tools/schema finds by file for schema.gql. */
export const FEATURE_MODULES = [
  AuthModule,
  OrganizationsModule,
  OrgUnitsModule,
  PeopleModule,
  PeopleImportModule,
  AuditModule,
  FrameworkModule,
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
            {
              level: config.logLevel,
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              // Health probes would drown everything else.
              autoLogging: { ignore: (request) => request.url === '/health' },
            },
            // Synchronous, so log lines and the start-up banner reach the terminal in the order written.
            pino.destination({ dest: 1, sync: true }),
          ],
        }),
        TypeOrmModule.forRoot(buildDataSourceOptions(options.databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => {
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
              allowBatchedHttpRequests: false,
              plugins: [...protection.plugins, tenantTransactionPlugin],
              validationRules: protection.validationRules,
              context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
            };
          },
        }),
        DatabaseModule,
        JobsModule,
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        { provide: DATABASE_OWNER_URL, useValue: options.databaseOwnerUrl },
        { provide: APP_CONFIG, useValue: config },
      ],
      exports: [DATABASE_URL, DATABASE_OWNER_URL, APP_CONFIG],
      global: true,
    };
  }
}
