import type { NextFunction, Request, Response } from 'express';
import { TenantDatabase, TenantScope, tenantScopes } from './tenant-database';

/**
 * Gives each HTTP request its own tenant scope. The GraphQL plugin ends the transaction before the
 * response is sent; this only makes sure a request that ends some other way never leaks one.
 */
export function tenantScopeMiddleware(request: Request, response: Response, next: NextFunction): void {
  const scope: TenantScope = { afterCommit: [] };
  response.on('close', () => {
    scope.closed = true;
    void TenantDatabase.endRequest(scope, false);
  });
  tenantScopes.run(scope, next);
}
