import 'reflect-metadata';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

const API_SOURCE = join(__dirname, '../../apps/api/src');
export const SCHEMA_FILE = join(__dirname, '../../apps/api/schema.gql');

/** Every class exported by a *.resolver.ts file of the API: the same resolvers the app registers. */
type ResolverClass = abstract new (...args: never[]) => unknown;

function resolverClasses(): ResolverClass[] {
  const files = readdirSync(API_SOURCE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.resolver.ts'));
  return files.flatMap((file) =>
    Object.values(require(join(API_SOURCE, file)) as Record<string, unknown>).filter((value): value is ResolverClass => typeof value === 'function'),
  );
}

/** Prints the schema the code-first resolvers produce, sorted as the running API sorts it. */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolverClasses());
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const printed = await printApiSchema();
  if (process.argv.includes('--check')) {
    if (readFileSync(SCHEMA_FILE, 'utf8') !== printed) {
      process.stderr.write('apps/api/schema.gql is stale: run `npm run schema:generate` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('apps/api/schema.gql is current.\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  process.stdout.write('Wrote apps/api/schema.gql\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
