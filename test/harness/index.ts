export {
	CredentialStore,
	TestCredentialsHelper,
	applyDefaults,
	registerCredentialType,
	reportedErrors,
	runConcurrent,
	runNode,
	testCredential,
} from './harness';
export type { CredentialTestResult, RunNodeOptions, RunNodeResult } from './harness';
export { CredentialProbe } from './fixtures/CredentialProbe.node';
