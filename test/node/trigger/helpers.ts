// Test-only helpers for the trigger's behaviour tests: an emulator, a credential and poll sessions.
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startEmulator, type Emulator } from '../../../emulator';
import { CredentialStore } from '../../harness';
import { PollSession, type PollOutcome } from '../../harness/poll';
import { dataRequests } from '../helpers';

export interface TriggerCtx {
	ion: Emulator;
	store: CredentialStore;
	/** A poll session (one activated workflow) with these parameters, against `baseUrl` (default the emulator). */
	session: (parameters: INodeParameters, baseUrl?: string) => Promise<PollSession>;
	close: () => Promise<void>;
}

export async function triggerSetup(
	options: Parameters<typeof startEmulator>[0] = {},
): Promise<TriggerCtx> {
	const ion = await startEmulator({ port: 0, seed: 'demo', ...options });
	const store = new CredentialStore({
		accountId: ion.accountId,
		refreshToken: ion.issueRefreshToken(),
		baseUrl: ion.url,
	});
	return {
		ion,
		store,
		session: async (parameters, baseUrl) => {
			if (baseUrl) store.data.baseUrl = baseUrl;
			else store.data.baseUrl = ion.url;
			return await PollSession.create({ store, parameters });
		},
		close: async () => await ion.close(),
	};
}

/** The events of a poll outcome (json of each item); [] when the poll emitted nothing. */
export function events(outcome: PollOutcome): IDataObject[] {
	if (outcome.error) throw outcome.error;
	return (outcome.items ?? []).map((i: INodeExecutionData) => i.json);
}

/** `[event, id]` pairs, sorted, for compact assertions. */
export function eventIds(outcome: PollOutcome): Array<[string, string]> {
	return events(outcome)
		.map((e) => [String(e.event), String(e.id)] as [string, string])
		.sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

/** The data requests since the last `ion.reset()` for a route, as "offset" or "pageToken" summaries. */
export function listRequests(ion: Emulator, path: string) {
	return dataRequests(ion).filter((e) => e.path === `/api/v3/accounts/${ion.accountId}${path}`);
}

/** Fast retry settings for the trigger (waits of a few ms), and retries off. */
export const fastRetry = { retrySettings: { baseDelayMs: 5, maxAttempts: 3, maxWaitSeconds: 10 } };
export const noRetry = { retrySettings: { enabled: false } };

/** ISO date-time `days` from now. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export { dataRequests };
