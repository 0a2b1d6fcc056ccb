import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorReason, PROFILE_REASONS } from '@bridge/domain';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

interface ApiProblem {
  code: string | undefined;
  field: string | undefined;
  reason: string | undefined;
  message: string;
}

function problemsIn(error: unknown): ApiProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((graphqlError) => {
    const extensions = graphqlError.extensions ?? {};
    const code = extensions['code'];
    const field = extensions['field'];
    const reason = extensions['reason'];
    return {
      code: typeof code === 'string' ? code : undefined,
      field: typeof field === 'string' ? field : undefined,
      reason: typeof reason === 'string' ? reason : undefined,
      message: graphqlError.message,
    };
  });
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return problemsIn(error).some((problem) => problem.code === code);
}

/** Which rule refused (FORBIDDEN and CONFLICT carry one): clients decide on it, never on the message. */
export function errorReason(error: unknown): ErrorReason | null {
  const reason = problemsIn(error).find((problem) => problem.reason !== undefined)?.reason;
  return reason !== undefined && (Object.values(ErrorReason) as string[]).includes(reason)
    ? (reason as ErrorReason)
    : null;
}

/** A refusal as a candidate reads it: the API's words, and whether their profile is the way out. */
export interface Refusal {
  message: string;
  aboutProfile: boolean;
}

export function refusalOf(error: unknown): Refusal {
  const reason = errorReason(error);
  return { message: describeError(error), aboutProfile: reason !== null && PROFILE_REASONS.has(reason) };
}

/**
 * What a detail page's link points at does not exist for this person: unknown (NOT_FOUND), or an id that
 * cannot be one (BAD_USER_INPUT naming the id argument), as a mangled link gives.
 */
export function isNotFound(error: unknown, idArgument = 'id'): boolean {
  return (
    hasErrorCode(error, 'NOT_FOUND') ||
    problemsIn(error).some((problem) => problem.code === 'BAD_USER_INPUT' && problem.field === idArgument)
  );
}

/** The API's own message for a bad input field, meant to be shown to the person as written. */
export function fieldErrorMessage(error: unknown, field: string): string | null {
  const message = problemsIn(error).find(
    (problem) => problem.code === 'BAD_USER_INPUT' && problem.field === field,
  )?.message;
  if (message === undefined) return null;
  // Shown next to the field itself, so the API's "field: " prefix would only repeat it.
  const prefix = `${field}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** A sentence for the person when something unexpected went wrong; never the raw payload. */
export function describeError(error: unknown): string {
  const [first] = problemsIn(error);
  if (first && first.code && first.code !== 'INTERNAL_SERVER_ERROR') return first.message;
  return 'Something went wrong on our side. Please try again in a moment.';
}

/** A string the API put in an error's extensions, e.g. the id of the open review a CONFLICT names. */
export function errorExtension(error: unknown, key: string): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphqlError of error.errors) {
    const value = graphqlError.extensions?.[key];
    if (typeof value === 'string') return value;
  }
  return null;
}
