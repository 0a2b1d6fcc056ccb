import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { TestBridge } from './bridge-test-app';

describe('health and schema', () => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await TestBridge.start();
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('reports the database as up', async () => {
    const response = await fetch(`${bridge.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves exactly the schema committed in apps/api/schema.gql', async () => {
    const introspection = await bridge.data<IntrospectionQuery>(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    const served = printSchema(lexicographicSortSchema(buildClientSchema(introspection)));
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8');
    expect(`${served}\n`).toBe(committed);
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${bridge.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });
});
