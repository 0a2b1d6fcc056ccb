import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from './bridge-errors';

function firstProblem(
  errors: ValidationError[],
  parentPath: string[] = [],
): { field: string; message: string } {
  for (const error of errors) {
    const path = [...parentPath, error.property];
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) {
      const field = path.join('.');
      // class-validator starts its messages with the property name; say the full argument path instead.
      const message = messages[0].startsWith(`${error.property} `)
        ? `${field}${messages[0].slice(error.property.length)}`
        : `${field} ${messages[0]}`;
      return { field, message };
    }
    if (error.children?.length) return firstProblem(error.children, path);
  }
  const field = parentPath.join('.') || 'input';
  return { field, message: `${field} is invalid` };
}

/** How @nestjs/graphql marks a resolver's @Parent() parameter (its GqlParamtype.ROOT, not exported). */
const GRAPHQL_PARENT = 0;

/**
 * Validates what clients send, not a field resolver's parent: that is a row the API itself read, and
 * transforming and validating it for every field of every row of a page cost more than the field.
 */
class ArgumentValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return (metadata.type as unknown) !== GRAPHQL_PARENT && super.toValidate(metadata);
  }
}

/** Class-validator errors become BAD_USER_INPUT naming the argument path, e.g. `filter.search`. */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, message } = firstProblem(errors);
      return new BadUserInputError(field, message);
    },
  });
}
