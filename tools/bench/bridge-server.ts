import type { AddressInfo } from 'node:net';
import { createBridgeApp } from '../../apps/api/src/bootstrap';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { appRoleUrl } from '../../apps/api/src/database/database-server';
import { reportCpuOnRequest } from './server-process';

/**
 * Bridge as the request-path bench runs it: a process of its own (forked with an IPC channel), so
 * its CPU time is its own and not the load generator's. Production settings, quiet logs; the
 * database was prepared by the bench. Sends `{ port }` once listening. JOB_POLL_SECONDS passes
 * through, to see what the job workers' polling costs under load.
 */
async function main(): Promise<void> {
  const ownerUrl = process.env['BENCH_OWNER_URL'] as string;
  const config = loadAppConfig({
    NODE_ENV: 'production',
    DATABASE_URL: appRoleUrl(ownerUrl),
    TOKEN_SECRET: process.env['BENCH_TOKEN_SECRET'],
    LOG_LEVEL: 'warn',
    JOB_POLL_SECONDS: process.env['JOB_POLL_SECONDS'],
  });
  const app = await createBridgeApp(config, { url: appRoleUrl(ownerUrl), ownerUrl });
  await app.listen(0, '127.0.0.1');
  reportCpuOnRequest(() => app.close());
  process.send?.({ port: (app.getHttpServer().address() as AddressInfo).port });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
