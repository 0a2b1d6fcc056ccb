import { ForbiddenException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { BadUserInputError, NotFoundError } from './bridge-errors';
import { formatGraphqlError } from './format-graphql-error';

describe('formatGraphqlError', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  const wrap = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['people'] });

  it('hides SQL, stack traces and internal messages behind a generic internal error', () => {
    const sqlError = new QueryFailedError(
      'SELECT * FROM person WHERE id = $1',
      ['x'],
      new Error('relation "person" does not exist'),
    );
    const formatted = formatGraphqlError(
      { message: sqlError.message, path: ['people'], extensions: { stacktrace: ['at x'] } },
      wrap(sqlError),
    );
    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Try again.',
      path: ['people'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|relation|stacktrace/);
  });

  it('keeps our own errors with their code and field', () => {
    const formatted = formatGraphqlError(
      { message: 'x' },
      wrap(new BadUserInputError('filter.search', 'filter.search is too long')),
    );
    expect(formatted.message).toBe('filter.search is too long');
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(
      formatGraphqlError({ message: 'x' }, wrap(new NotFoundError('person', 'abc'))).extensions?.['code'],
    ).toBe('NOT_FOUND');
  });

  it('keeps the HTTP status an error asks for away from the client', () => {
    const refused = new BadUserInputError('title', 'title contains …', { http: { status: 400 } });
    expect(formatGraphqlError({ message: 'x' }, refused).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
  });

  it('maps Nest HTTP exceptions to their GraphQL code', () => {
    expect(formatGraphqlError({ message: 'x' }, wrap(new ForbiddenException())).extensions).toEqual({
      code: 'FORBIDDEN',
    });
  });

  it("keeps Apollo's own request errors, without their stack", () => {
    const formatted = formatGraphqlError(
      {
        message: 'Cannot query field "secret" on type "Person".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at y'] },
      },
      new GraphQLError('Cannot query field "secret" on type "Person".'),
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
