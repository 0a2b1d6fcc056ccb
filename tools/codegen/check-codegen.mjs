// Fails when apps/web/src/app/graphql/generated.ts (or another *.generated.ts) no longer matches the schema and the web
// client's .graphql documents. Codegen's check mode compares in memory and writes nothing.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const codegenBin = join(dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs', 'bin.js');
const generatedFile = 'apps/web/src/app/graphql/generated.ts';

const result = spawnSync(process.execPath, [codegenBin, '--config', 'apps/web/codegen.ts', '--check'], {
  cwd: workspaceRoot,
  encoding: 'utf8',
});

if (result.status === 0) {
  process.stdout.write(`${generatedFile} is up to date.\n`);
  process.exit(0);
}

process.stderr.write(result.stdout + result.stderr);
process.stderr.write(
  `\n${generatedFile} is stale: the schema (apps/api/schema.gql) or an operation in apps/web/src/**/*.graphql ` +
    'changed without regenerating it. Run `npm run codegen` and commit the result.\n',
);
process.exit(1);
