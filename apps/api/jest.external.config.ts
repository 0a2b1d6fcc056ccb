import base from './jest.config';

/**
 * `npm run test:external`: integration specs that need a PostgreSQL server of their own and its client
 * tools (pg_dump, pg_restore), apart from `npm test`, which needs only Node. CI runs both.
 */
export default {
  ...base,
  displayName: 'api-external',
  testMatch: ['<rootDir>/test/**/*.external-spec.ts'],
};
