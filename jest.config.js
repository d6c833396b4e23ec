const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/e2e/', '/test/ui/', '/test/queue/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json', diagnostics: false }],
	},
	// Jest's default (cores - 1) runs a 2-core machine in band: most of a test file's time is loading
	// n8n-core, which a second worker does in parallel. `--maxWorkers=1` still works for targeted runs.
	maxWorkers: Math.max(2, availableParallelism() - 1),
	testTimeout: 30000,
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
