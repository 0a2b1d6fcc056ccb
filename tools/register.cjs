// Runs the TypeScript tools (migrations, seed, schema, bench) and the API tests' global setup
// straight from source: swc compiles (with decorator metadata), tsconfig-paths resolves the
// workspace's path aliases such as @bridge/domain.
const { join } = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

tsconfigPaths.register({ baseUrl: join(__dirname, '..'), paths: compilerOptions.paths });
process.env.SWC_NODE_PROJECT ??= join(__dirname, 'tsconfig.json');
require('@swc-node/register');
