/** Two projects: pure/Node tests, and React components under jsdom. */
// isolatedModules (in tsconfig.json) makes ts-jest transpile only; `npm run typecheck` type-checks.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/taskpane/', '/tests/browser/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/taskpane'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/taskpane/setup.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
