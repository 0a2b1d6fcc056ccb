import type { ApolloServerPlugin } from '@apollo/server';
import { TenantDatabase, tenantScopes } from './tenant-database';

/**
 * Ends the request's tenant transaction before the response leaves, so a client that gets an answer
 * can rely on its writes being there. A mutation that reports any error is rolled back whole.
 */
export const tenantTransactionPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, operation }) {
        const scope = tenantScopes.getStore();
        if (!scope) return;
        const body = response.body;
        const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
        await TenantDatabase.endRequest(scope, !(failed && operation?.operation === 'mutation'));
      },
    };
  },
};
