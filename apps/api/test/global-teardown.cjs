module.exports = async () => {
  const server = globalThis.bridgeTestDatabaseProcess;
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
};
