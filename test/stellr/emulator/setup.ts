// One demo emulator per test file, with a token and the request helpers the emulator tests share.
import {
	startStellrEmulator,
	type Customer,
	type StellrEmulator,
	type Subscription,
} from '../../../emulator/stellr';
import { api, stellrToken } from '../helpers';

export interface StellrSession {
	readonly stellr: StellrEmulator;
	token: string;
	get(path: string): ReturnType<typeof api>;
	post(path: string, body?: unknown): ReturnType<typeof api>;
	subs(): Subscription[];
	customers(): Customer[];
	subPath(s: Subscription, rest?: string): string;
	/** An active top-level subscription (not an add-on, not the Azure plan) matching `where`. */
	activeSub(where?: (s: Subscription) => boolean): Subscription;
}

/** Starts the emulator before the file's tests, stops it after, clears faults and counters before each. */
export function useStellr(): StellrSession {
	let stellr: StellrEmulator | undefined;
	const session: StellrSession = {
		get stellr() {
			if (!stellr) throw new Error('the emulator is not started yet');
			return stellr;
		},
		token: '',
		get: async (path) => await api(session.stellr, session.token, 'GET', path),
		post: async (path, body) => await api(session.stellr, session.token, 'POST', path, body),
		subs: () => [...session.stellr.store.subscriptions.values()],
		customers: () => [...session.stellr.store.customers.values()],
		subPath: (s, rest = '') =>
			`/api/v1/customers/${s.customerNo}/subscriptions/${s.subscriptionId}${rest}`,
		activeSub: (where = () => true) =>
			session
				.subs()
				.find(
					(s) =>
						s.status === 'ACTIVE' &&
						!s.parentSubscriptionId &&
						s.productName !== 'Azure plan' &&
						where(s),
				) as Subscription,
	};
	beforeAll(async () => {
		stellr = await startStellrEmulator({ seed: 'demo' });
		session.token = await stellrToken(stellr);
	});
	afterAll(async () => {
		await stellr?.close();
	});
	beforeEach(() => {
		session.stellr.setFaults([]);
		session.stellr.setOperationTiming({ polls: 2 });
		session.stellr.reset();
	});
	return session;
}
