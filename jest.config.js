/** Unit, adapter, end-to-end and browser tests, all under tests/. Browser tests need `npm run build` first (npm test does it). */
module.exports = {
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/tests/removeTempDirs.ts'],
  testTimeout: 30000,
  // Jest's cache would otherwise stay behind in the temp directory (jest_0), which tests must leave as they found it.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
};
