import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const workspaceRoot = join(__dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 3300);
const dataDir = join(workspaceRoot, 'tmp/e2e-data');

/**
 * Browser journeys against the production build served by the API (one URL, as users run it),
 * in Debian's Chromium: Playwright never downloads a browser of its own here.
 */
export default defineConfig({
  testDir: './src',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: join(workspaceRoot, 'reports/e2e.json') }]],
  outputDir: join(workspaceRoot, 'tmp/e2e-results'),
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // Each run starts from a fresh embedded database, seeded with the demo organizations on start.
    // (Cleaned here, not in this file's body: Playwright loads the config in every worker too.)
    command: `node -e "require('fs').rmSync(process.argv[1], { recursive: true, force: true })" ${JSON.stringify(dataDir)} && node dist/apps/api/main.js`,
    cwd: workspaceRoot,
    url: `http://localhost:${port}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      BRIDGE_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: process.env['E2E_PG_PORT'] ?? '54360',
      LOG_LEVEL: 'warn',
    },
  },
});
