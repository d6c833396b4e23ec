// Test helper (dev only, no side effects: the n8n end-to-end tests import it too).
import type { StellrEmulator } from '../../emulator/stellr';

/** The Stellr credential's fields as a user saves them, pointed at the emulator (Region: Custom URL). */
export function stellrCredentialData(stellr: StellrEmulator): Record<string, unknown> {
	return {
		environment: 'sandbox',
		region: 'custom',
		customBaseUrl: stellr.url,
		clientId: stellr.clientId,
		clientSecret: stellr.clientSecret,
		tokenUrl: stellr.tokenUrl,
		clientAuthentication: 'body',
		scope: '',
	};
}
