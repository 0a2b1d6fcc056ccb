export default {
  displayName: 'matching',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: { '^@bridge/domain$': '<rootDir>/../domain/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
