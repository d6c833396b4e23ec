// End-to-end tests in real n8n 2.41.1 (Node 24) against the emulator: `npm run test:e2e`.
// Kept apart from the unit tests (the main jest config ignores /test/e2e/): they start n8n processes
// and take a minute or two once n8n is cached in .cache/ (`npm run n8n:prepare`).
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
	rootDir: path.resolve(__dirname, '../..'),
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': [
			'ts-jest',
			{ tsconfig: 'tsconfig.dev.json', diagnostics: false },
		],
	},
	maxWorkers: 1,
	testTimeout: 600_000,
	slowTestThreshold: 120,
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
