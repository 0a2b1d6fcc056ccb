// Runs the TypeScript tools (migrations, seed, schema, bench) straight from source, with the
// workspace's path aliases and decorator metadata, through swc.
const { join } = require('node:path');
process.env.SWC_NODE_PROJECT ??= join(__dirname, 'tsconfig.json');
require('@swc-node/register');
