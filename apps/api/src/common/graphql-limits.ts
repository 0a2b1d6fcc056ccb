import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits that stop expensive or probing queries before they run: the deepest screen (the org chart's
 * person → reports → manager …) stays well inside them. Field suggestions ("did you mean …") are
 * blocked so the schema cannot be guessed from error messages.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
} as const;

export function graphqlProtection(): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
