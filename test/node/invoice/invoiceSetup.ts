// A node-test context whose credential also holds the emulator's v1 API key and secret.
import { CredentialStore } from '../../harness';
import { setup, type Ctx } from '../helpers';

export async function setupWithApiKeys(options: Parameters<typeof setup>[0] = {}): Promise<Ctx> {
	const t = await setup(options);
	t.store.data = { ...t.store.data, apiKey: t.ion.apiKey, apiSecret: t.ion.apiSecret };
	return t;
}

/** The v1 requests the node sent (no /oauth, no v3). */
export function v1Requests(t: Ctx) {
	return t.ion.log.filter((e) => e.path.startsWith('/api/v1/'));
}

/** A store like `t.store` but without the API secret (the Invoice operations must refuse it). */
export function storeWithoutSecret(t: Ctx): CredentialStore {
	return new CredentialStore({ ...t.store.data, apiSecret: '' });
}
