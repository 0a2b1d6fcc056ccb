import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // Nest's DI reads constructor parameter types; type-only imports would erase them.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
];
