// The shared test database runs in a child process of its own (test-database-server.ts), so the
// TypeScript hooks it needs never enter the process where Jest runs tests in band.
const { spawn } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  const server = spawn(
    process.execPath,
    ['-r', join(__dirname, '../../../tools/register.cjs'), join(__dirname, 'test-database-server.ts')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, LOG_LEVEL: 'warn' },
    },
  );
  globalThis.bridgeTestDatabaseProcess = server;
  process.env.BRIDGE_TEST_SERVER_URL = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /BRIDGE_TEST_SERVER_URL=(\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    server.once('exit', (code) =>
      reject(new Error(`The test database server exited (code ${code}) before it was ready:\n${output}`)),
    );
  });
};
