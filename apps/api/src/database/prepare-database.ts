import { Client } from 'pg';
import { APP_ROLE, DatabaseServer } from './database-server';
import { runMigrations } from './run-migrations';

/**
 * Brings a database up to date (as its owner) and, on a server Bridge runs itself, lets the app role
 * the migrations created sign in. On an external server the operator gives bridge_app its login
 * (README), so no password of theirs ever lives in this code.
 */
export async function prepareDatabase(
  server: Pick<DatabaseServer, 'ownerUrl' | 'embedded'>,
  options: { enableAppLogin?: boolean } = {},
): Promise<string[]> {
  const applied = await runMigrations(server.ownerUrl);
  if (server.embedded || options.enableAppLogin) {
    const owner = new Client({ connectionString: server.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${APP_ROLE}'`);
    } finally {
      await owner.end();
    }
  }
  return applied;
}

/**
 * Row-level security means nothing to a superuser or a BYPASSRLS role. Production refuses to serve
 * through such a connection; elsewhere it is only warned about.
 */
export async function assertAppConnectionIsolated(appUrl: string, production: boolean): Promise<void> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ unsafe: boolean; name: string }>(
      'SELECT rolsuper OR rolbypassrls AS unsafe, rolname AS name FROM pg_roles WHERE rolname = current_user',
    );
    if (!rows[0]?.unsafe) return;
    const message = `DATABASE_URL connects as ${rows[0].name}, which bypasses row-level security: tenants would be kept apart by the application alone. Connect as bridge_app (see README).`;
    if (production) throw new Error(message);
    process.stderr.write(`Warning: ${message}\n`);
  } finally {
    await client.end();
  }
}
