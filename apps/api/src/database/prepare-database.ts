import { Client } from 'pg';
import { APP_ROLE, DatabaseServer } from './database-server';
import { scramVerifier } from './role-password';
import { runMigrations } from './run-migrations';

/**
 * Brings a database up to date (as its owner) and lets the app role the migrations created sign in:
 * with BRIDGE_APP_PASSWORD when the operator gives one (`appRolePassword`), else with the well-known
 * password on a server Bridge runs itself. An external server without BRIDGE_APP_PASSWORD keeps
 * whatever login its operator gave bridge_app (README).
 */
export async function prepareDatabase(
  server: Pick<DatabaseServer, 'ownerUrl' | 'embedded'>,
  options: { appRolePassword?: string; enableAppLogin?: boolean } = {},
): Promise<string[]> {
  const applied = await runMigrations(server.ownerUrl);
  // The embedded server's app URL carries the well-known password (appRoleUrl), whatever is configured.
  const password = server.embedded
    ? APP_ROLE
    : (options.appRolePassword ?? (options.enableAppLogin ? APP_ROLE : undefined));
  if (password) {
    const owner = new Client({ connectionString: server.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${scramVerifier(password)}'`);
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
    const message =
      `DATABASE_URL connects as ${rows[0].name}, which bypasses row-level security: tenants would be kept apart by the application alone. ` +
      `Give this URL to DATABASE_OWNER_URL instead (migrations run as the owner), set BRIDGE_APP_PASSWORD to a new random password, ` +
      `and point DATABASE_URL at postgres://bridge_app:<that password>@<host>/<database> (README, "Production").`;
    if (production) throw new Error(message);
    process.stderr.write(`Warning: ${message}\n`);
  } finally {
    await client.end();
  }
}
