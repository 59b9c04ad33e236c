/** Jest runs the TypeScript sources as native ESM (the @actions/* packages are ESM-only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json' }],
  },
  // Every worker trusts the sandbox's test CA (NODE_EXTRA_CA_CERTS is read at process start).
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  testMatch: ['<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  // Integration tests start servers and child processes; two workers fit a 2-core machine.
  maxWorkers: 2,
  testTimeout: 60000,
};
