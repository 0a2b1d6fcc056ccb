import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { BadUserInputError } from './bridge-errors';

/** With the `u` flag a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Why a string is refused: PostgreSQL cannot store a NUL byte, and a lone surrogate is not text in any encoding. */
export function forbiddenCharacterIn(text: string): string | undefined {
  if (text.includes('\u0000')) return 'a NUL byte';
  if (LONE_SURROGATE.test(text)) return 'an unpaired UTF-16 surrogate';
  return undefined;
}

type Path = (string | number)[];
type Finding = { path: Path; problem: string } | undefined;

/** The first string in a variable's value (objects and lists walked) that holds a forbidden character. */
function findInValue(value: unknown, path: Path): Finding {
  if (typeof value === 'string') {
    const problem = forbiddenCharacterIn(value);
    return problem ? { path, problem } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findInValue(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findInValue(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The same for a literal of the query text; a variable inside it is looked up by `variable`. */
function findInLiteral(
  node: ValueNode,
  path: Path,
  variable: (name: string, path: Path) => Finding,
): Finding {
  switch (node.kind) {
    case Kind.STRING: {
      const problem = forbiddenCharacterIn(node.value);
      return problem ? { path, problem } : undefined;
    }
    case Kind.VARIABLE:
      return variable(node.name.value, path);
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = findInLiteral(item, [...path, index], variable);
        if (found) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = findInLiteral(field.value, [...path, field.name.value], variable);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Finds a forbidden character in any argument of the document: of every field (root or nested, in
 * fragments too) and directive, given inline or through a variable (its default when not sent).
 */
export function findForbiddenCharacter(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
): Finding {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const { variable, defaultValue } of definition.variableDefinitions ?? []) {
      if (defaultValue) defaults.set(variable.name.value, defaultValue);
    }
  }
  const variable = (name: string, path: Path): Finding => {
    if (name in variables) return findInValue(variables[name], path);
    const fallback = defaults.get(name);
    return fallback ? findInLiteral(fallback, path, () => undefined) : undefined;
  };
  let found: Finding;
  visit(document, {
    Argument(node) {
      found ??= findInLiteral(node.value, [node.name.value], variable);
    },
  });
  return found;
}

/**
 * Refuses, before anything runs, a request whose arguments carry a character PostgreSQL or the
 * text encoders cannot take, naming the argument: one check for every operation, signed in or not.
 */
export const stringHygienePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const found = findForbiddenCharacter(document, request.variables ?? {});
        if (!found) return;
        const field = found.path.join('.');
        const name = [...found.path].reverse().find((part) => typeof part === 'string') ?? field;
        throw new BadUserInputError(
          field,
          `${name} contains a character that is not allowed (${found.problem}). Remove it and try again.`,
          { http: { status: 400 } },
        );
      },
    };
  },
};
