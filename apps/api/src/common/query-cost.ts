import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost model: what a query can make the server find and build. Each object a field can return
 * costs 1 (a row to read, a loader call, an object to serialize); scalars and enums cost nothing,
 * being columns of rows already counted. A field with a page-size argument (`first`) returns up to
 * that many: its value is read from the literal, the variables or the schema's default, so a
 * variable is counted as honestly as a literal, and its connection's `edges` hold that many. A list
 * without one (a manager's reports, an opportunity's placements) is estimated at LIST_ESTIMATE
 * items. Nested lists multiply. So the directory's largest page (100 people with unit and manager)
 * costs about 400, while 100 people each with their reports' reports costs 40,000.
 */
export const LIST_ESTIMATE = 20;
const PAGE_ARGUMENTS = ['first', 'last'];

type Variables = Readonly<Record<string, unknown>>;

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Variables;
}

/** The page size a field asks for, if it takes one: literal, variable or the schema's default. */
function pageSizeOf(
  walk: Walk,
  fieldDef: Parameters<typeof getArgumentValues>[0],
  node: Parameters<typeof getArgumentValues>[1],
): number | undefined {
  if (!fieldDef.args.some((argument) => PAGE_ARGUMENTS.includes(argument.name))) return undefined;
  try {
    const values = getArgumentValues(fieldDef, node, walk.variables as Record<string, unknown>);
    const size = PAGE_ARGUMENTS.map((name) => values[name]).find((value) => typeof value === 'number');
    return typeof size === 'number' && size > 0 ? size : 1;
  } catch {
    // An argument that does not coerce is refused when the operation runs; it costs a page of one here.
    return 1;
  }
}

function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  multiplier: number,
  pendingPage: number | undefined,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const type = fragment && typeFromAST(walk.schema, fragment.typeCondition);
      if (fragment && type && isCompositeType(type))
        cost += selectionCost(walk, fragment.selectionSet, type, multiplier, pendingPage);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? typeFromAST(walk.schema, selection.typeCondition) : parentType;
      if (type && isCompositeType(type))
        cost += selectionCost(walk, selection.selectionSet, type, multiplier, pendingPage);
      continue;
    }
    if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
    const fieldDef = parentType.getFields()[selection.name.value];
    const returned = fieldDef && getNamedType(fieldDef.type);
    // Scalars, enums and introspection's meta fields cost nothing.
    if (!fieldDef || !selection.selectionSet || !isCompositeType(returned)) continue;

    const isList = isListType(getNullableType(fieldDef.type));
    const page = pageSizeOf(walk, fieldDef, selection);
    let count = multiplier;
    if (isList) count *= page ?? pendingPage ?? LIST_ESTIMATE;
    // A paged field that is no list itself (a connection) hands its page size to the list inside it.
    const handedOn = page !== undefined && !isList ? page : undefined;
    cost += count + selectionCost(walk, selection.selectionSet, returned, count, handedOn);
  }
  return cost;
}

/** The most objects an operation can make the server produce, by the model above. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): number {
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment] as const),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost({ schema, fragments, variables }, operation.selectionSet, root, 1, undefined);
}

/** Refuses, before it runs, an operation whose cost by the model above is over `maxCost`. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `This query could produce ${cost} objects, more than the limit of ${maxCost}: ask for smaller pages or fewer nested lists.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
