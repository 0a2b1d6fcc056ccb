/**
 * Unit specs (src/**\/*.spec.ts) and integration specs (test/**\/*.int-spec.ts). The integration
 * specs talk GraphQL over HTTP to the real app on a real PostgreSQL: global-setup starts one server
 * (embedded, or TEST_DATABASE_URL's) and migrates and seeds a template; each file clones its own database.
 */
export default {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: {
    '^@bridge/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@bridge/matching$': '<rootDir>/../../libs/matching/src/index.ts',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.cjs',
  globalTeardown: '<rootDir>/test/global-teardown.cjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};
