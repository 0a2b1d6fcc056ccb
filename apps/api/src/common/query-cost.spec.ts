import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PEOPLE_LIMITS } from '@bridge/domain';
import { buildSchema, Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { graphqlProtection, GRAPHQL_LIMITS } from './graphql-limits';
import { LIST_ESTIMATE, operationCost } from './query-cost';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

function graphqlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Every operation of the web client, with the fragments of all its files (as codegen sees them). */
const webDocument = parse(
  graphqlFiles(join(root, 'apps/web/src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n'),
);
const webOperations = webDocument.definitions.filter(
  (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
);

describe('query cost', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
  };

  it('counts the objects a query can produce: pages by their size, other lists by an estimate', () => {
    // people, its 100 edges, their nodes, managers and units.
    expect(
      cost(
        '{ people(first: 100) { edges { node { id email name roles manager { id } unit { id name } } } } }',
      ),
    ).toBe(1 + 4 * 100);
    expect(cost('query($n: Int!) { people(first: $n) { edges { node { id } } } }', { n: 100 })).toBe(201);
    // The schema's default page (20) when none is asked for.
    expect(cost('{ people { totalCount edges { node { id } } } }')).toBe(41);
    expect(cost('{ me { reports { id } } }')).toBe(1 + LIST_ESTIMATE);
    expect(cost('{ me { name email } }')).toBe(1);
  });

  it('refuses what multiplies: nested lists in a full page', () => {
    expect(
      cost('query($n: Int!) { people(first: $n) { edges { node { reports { reports { id } } } } } }', {
        n: 100,
      }),
    ).toBe(1 + 100 + 100 + 100 * LIST_ESTIMATE + 100 * LIST_ESTIMATE * LIST_ESTIMATE);
  });

  it.each(webOperations.map((operation) => [operation.name?.value ?? 'anonymous', operation]))(
    "lets the web client's %s through every limit at the largest pages",
    (_name, operation) => {
      const pageVariables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((definition) => ['first', 'last'].includes(definition.variable.name.value))
          .map((definition) => [definition.variable.name.value, PEOPLE_LIMITS.maxPageSize]),
      );
      const document = {
        ...webDocument,
        definitions: webDocument.definitions.filter(
          (definition) => definition.kind === Kind.FRAGMENT_DEFINITION || definition === operation,
        ),
      };
      const errors = validate(schema, document, [
        ...specifiedRules,
        ...graphqlProtection().validationRules,
      ]).filter(
        // Fragments of the other operations are unused here.
        (error) => !/is never used/.test(error.message),
      );
      expect(errors.map((error) => error.message)).toEqual([]);
      expect(operationCost(schema, document, operation, pageVariables)).toBeLessThanOrEqual(
        GRAPHQL_LIMITS.maxCost,
      );
    },
  );
});
