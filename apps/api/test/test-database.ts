import { Client } from 'pg';

export const TEMPLATE_DATABASE = 'bridge_test_template';

/** The server the integration tests use, set by global-setup for every worker. */
export function testServerUrl(): string {
  const url = process.env['BRIDGE_TEST_SERVER_URL'];
  if (!url)
    throw new Error(
      'BRIDGE_TEST_SERVER_URL is not set: run the integration tests through jest (global-setup).',
    );
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  return serverUrl.replace(/\/[^/]*$/, `/${database}`);
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
