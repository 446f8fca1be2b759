/**
 * Unit specs sit beside the code; integration, end-to-end and browser tests live in test/.
 * One `npm test` runs everything on the embedded store, then every HTTP end-to-end test again on EventStoreDB
 * (a loopback server built from the real client's gRPC descriptors).
 */
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // An ESM-only dependency of @fastify/static: Node 20 can require() it, Jest's module system cannot.
    'node_modules/content-disposition/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  testTimeout: 60000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/global-setup.js',
  projects: [
    {
      ...shared,
      displayName: 'sqlite',
      roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
      testMatch: ['**/*.spec.ts', '**/*.e2e.ts', '**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'esdb',
      roots: ['<rootDir>/test/api'],
      testMatch: ['**/*.e2e.ts'],
      setupFiles: ['<rootDir>/test/support/use-esdb.js'],
    },
  ],
};
