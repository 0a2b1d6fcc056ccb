import type { AddressInfo } from 'node:net';
import { createBridgeApp } from '../../apps/api/src/bootstrap';
import { IMPORT_OPERATION, OPERATION_HEADER } from '../../apps/api/src/common/request-body-limits';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { appRoleUrl } from '../../apps/api/src/database/database-server';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import { DemoSeedService } from '../../apps/api/src/demo-seed/demo-seed.service';
import { DEMO_PASSWORD } from '../../apps/api/src/demo-seed/demo-organizations';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget?: string;
}

export interface BenchContext {
  /** Where the API listens, e.g. http://127.0.0.1:41234. */
  url: string;
  graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  signIn(email: string): Promise<string>;
  close(): Promise<void>;
}

/** A real Bridge (HTTP, GraphQL, job queue) on the given empty database, with the demo organizations. */
export async function startBenchBridge(ownerUrl: string): Promise<BenchContext> {
  await prepareDatabase({ ownerUrl, embedded: true });
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: appRoleUrl(ownerUrl),
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
  });
  const app = await createBridgeApp(config, { url: appRoleUrl(ownerUrl), ownerUrl });
  await app.init();
  await app.get(DemoSeedService).seedDemoOrganizations();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const graphql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        // As the web client does: only a signed-in import may send a body as large as its CSV.
        ...(query.includes(`${IMPORT_OPERATION}(`) ? { [OPERATION_HEADER]: IMPORT_OPERATION } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    graphql,
    signIn: async (email) =>
      (
        await graphql<{ login: { token: string } }>(
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: email, p: DEMO_PASSWORD },
        )
      ).login.token,
    close: () => app.close(),
  };
}
