import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { requestBodyLimits } from './common/request-body-limits';
import { createValidationPipe } from './common/validation';
import type { DatabaseServer } from './database/database-server';
import { tenantScopeMiddleware } from './database/tenant-scope.middleware';
import { TokenService } from './sessions/token.service';

/** Routes the API answers itself; every other GET is the web client's (Angular routes in the browser). */
const API_PATHS = ['/graphql', '/health', '/auth', '/promotion-reviews'];

/**
 * Builds the configured Nest application (not yet listening): main.ts and the integration tests
 * both start Bridge through here, so the tests exercise what users run.
 */
export async function createBridgeApp(
  config: AppConfig,
  database: Pick<DatabaseServer, 'url' | 'ownerUrl'>,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ databaseUrl: database.url, databaseOwnerUrl: database.ownerUrl, config }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.use(tenantScopeMiddleware);
  // Small bodies for everyone; a signed-in import's CSV may be large (see request-body-limits.ts).
  const tokens = app.get(TokenService);
  app.use(requestBodyLimits((token) => tokens.verify(token)));
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  // Express would hash every GraphQL response for an ETag that no client of a POST ever sends back.
  app.set('etag', false);
  // Sign-in throttling counts per client address; behind a load balancer that address comes from it.
  app.set('trust proxy', config.trustProxy);

  const indexHtml = join(config.webDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.useStaticAssets(config.webDistDir, { index: false, maxAge: '1h' });
    app.use((request: Request, response: Response, next: NextFunction) => {
      const isApi = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
      if (request.method !== 'GET' || isApi) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(indexHtml);
    });
  }
  // A request that has not been answered in 30 s is cut off rather than holding a worker forever.
  app.getHttpServer().requestTimeout = 30_000;
  return app;
}
