import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import { queryCostPlugin } from './query-cost';

/**
 * Limits that stop expensive or probing queries before they run: the deepest screen (the org chart's
 * person → reports → manager …) and the largest page stay well inside them. Field suggestions
 * ("did you mean …") are blocked so the schema cannot be guessed from error messages.
 * `maxCost` is in objects the query can produce (see query-cost.ts); `maxQueryBytes` bounds the query
 * text alone, apart from the variables (an import's CSV travels in one).
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxQueryBytes: 100 * 1024,
} as const;

export interface GraphqlProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** graphql-js counts tokens while parsing, so a query over the limit is a parse failure (HTTP 400). */
  parseOptions: ParseOptions;
}

export function graphqlProtection(): GraphqlProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    // Cost needs the variables (a page size is usually one), which validation rules never see.
    costLimit: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Armor's token count re-parses the query in a hook where a syntax error becomes an HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    plugins: [...armor.plugins, queryCostPlugin(GRAPHQL_LIMITS.maxCost)],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
