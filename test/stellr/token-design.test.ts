// Why the Stellr credential keeps its token in process memory: the same workload through
// n8n-core with three credential designs, counted at the emulator.
//  A "persisted, per caller": preAuthentication fetches a token and returns it as the expirable
//    field, so n8n saves it and uses it until a 401 (the usual n8n pattern, no sharing).
//  B "persisted, single flight": as A, but concurrent callers share one fetch (the Ion design).
//  C the real credential: nothing saved, preAuthentication before every request, renewal ahead
//    of expiry, single flight.
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
} from 'n8n-workflow';

import {
	StreamOneStellrApi,
	stellrTokenSettings,
} from '../../credentials/StreamOneStellrApi.credentials';
import { clearStellrTokens, fetchStellrToken, getStellrToken } from '../../credentials/stellrToken';
import { startStellrEmulator, type StellrEmulator } from '../../emulator/stellr';
import { registerCredentialType, runNode, type CredentialStore } from '../harness';
import { StellrProbe } from './fixtures/StellrProbe.node';
import { items, sleep, stellrStore } from './helpers';

function persistedDesign(name: string, shared: boolean): ICredentialType {
	const real = new StreamOneStellrApi();
	return {
		name,
		displayName: name,
		properties: real.properties,
		async preAuthentication(
			this: IHttpRequestHelper,
			credentials: ICredentialDataDecryptedObject,
		): Promise<IDataObject> {
			const http = async (options: IHttpRequestOptions) => await this.helpers.httpRequest(options);
			const settings = stellrTokenSettings(credentials);
			const refused =
				typeof credentials.sessionToken === 'string' && credentials.sessionToken
					? credentials.sessionToken
					: undefined;
			const sessionToken = shared
				? await getStellrToken(http, settings, { rejected: refused })
				: (await fetchStellrToken(http, settings)).accessToken;
			return { sessionToken };
		},
		async authenticate(
			credentials: ICredentialDataDecryptedObject,
			requestOptions: IHttpRequestOptions,
		): Promise<IHttpRequestOptions> {
			requestOptions.headers = {
				...requestOptions.headers,
				Authorization: `Bearer ${String(credentials.sessionToken ?? '')}`,
			};
			return requestOptions;
		},
	};
}

registerCredentialType(persistedDesign('stellrDesignPersisted', false));
registerCredentialType(persistedDesign('stellrDesignPersistedShared', true));

interface Measure {
	tokenCalls: number;
	refused: number;
	saves: number;
}

describe('Stellr token designs: 20 concurrent items, then again once the token has expired', () => {
	let stellr: StellrEmulator;
	beforeAll(async () => {
		stellr = await startStellrEmulator({ seed: 'demo', tokenTtlSeconds: 3 });
		clearStellrTokens();
	});
	afterAll(async () => {
		await stellr.close();
	});

	async function measure(type: string, store: CredentialStore): Promise<Measure> {
		stellr.reset();
		const savesBefore = store.updates;
		const result = await runNode({
			nodeType: new StellrProbe(type),
			parameters: { operation: 'listCustomers' },
			items: items(20),
			store,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(20);
		const s = stellr.stats();
		return {
			tokenCalls: s.tokenCalls,
			refused: s.byMethodPathStatus['GET /api/v1/cloud/customers 401'] ?? 0,
			saves: store.updates - savesBefore,
		};
	}

	it('only the in-memory design makes one token call, saves nothing and has no refused request at expiry', async () => {
		// a client per design, so their tokens never mix
		const designs = {
			persisted: [
				'stellrDesignPersisted',
				stellrStore(stellr, stellr.issueClient(), 'stellrDesignPersisted'),
			],
			persistedShared: [
				'stellrDesignPersistedShared',
				stellrStore(stellr, stellr.issueClient(), 'stellrDesignPersistedShared'),
			],
			inMemory: ['streamOneStellrApi', stellrStore(stellr, stellr.issueClient())],
		} as const;
		const cold: Record<string, Measure> = {};
		for (const [key, [type, store]] of Object.entries(designs))
			cold[key] = await measure(type, store);
		await sleep(3_100); // every token has expired at the emulator
		const expired: Record<string, Measure> = {};
		for (const [key, [type, store]] of Object.entries(designs))
			expired[key] = await measure(type, store);

		expect(cold).toEqual({
			persisted: { tokenCalls: 20, refused: 0, saves: 20 },
			persistedShared: { tokenCalls: 1, refused: 0, saves: 20 },
			inMemory: { tokenCalls: 1, refused: 0, saves: 0 },
		});
		expect(expired).toEqual({
			persisted: { tokenCalls: 20, refused: 20, saves: 20 },
			persistedShared: { tokenCalls: 1, refused: 20, saves: 20 },
			inMemory: { tokenCalls: 1, refused: 0, saves: 0 },
		});
	});
});
