// Test projects: one per kind of test, all run by `npm test`.
// unit: domain, contract, excel (against the in-memory host), the host itself, manifest, CLI.
// real-client: test/excel again, on the real office.js over test/officejs-host (installExcelHost mapped to it).
// pane: React components in jsdom. store: the store over SQLite and PostgreSQL (real servers).
// browser: the built pane in Debian's Chromium.
// Jest on Node 20 runs CommonJS: compile `import()` to require (webpack keeps real code splitting),
// and map the `.js` suffixes that TypeScript's node16 mode asks for back to the sources.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10' } }],
};
const common = {
  transform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The path aliases of tsconfig.json (@/ → src/, @test/ → test/), then the `.js` suffixes.
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^@test/(.*)$': '<rootDir>/test/$1', '^(\\.{1,2}/.*)\\.js$': '$1' },
};

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/server/', '<rootDir>/test/browser/'],
    },
    {
      ...common,
      displayName: 'real-client',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/excel/**/*.test.ts'],
      moduleNameMapper: {
        '^.*excel-host/installExcelHost$': '<rootDir>/test/officejs-host/installExcelHostOverOfficeJs.ts',
        ...common.moduleNameMapper,
      },
    },
    {
      ...common,
      displayName: 'pane',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/jsdomSetup.ts'],
    },
    {
      ...common,
      displayName: 'store',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/server/**/*.test.ts'],
      globalSetup: '<rootDir>/test/server/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/server/support/globalTeardown.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/browser/support/globalSetup.ts',
    },
  ],
};
