// Test-only: a fake `helpers.httpRequest` that answers Ion's token endpoint from memory, with a
// clock the test moves, so the token chain is tested without sockets or timers.
import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

export interface FakeCall {
	url: string;
	refreshToken: string;
}

type Answer = 'ok' | 'refuse' | '503' | 'network';

export class FakeIon {
	/** Simulated epoch ms; the chain under test reads it through `now`. */
	time = Date.parse('2026-01-01T00:00:00Z');

	readonly calls: FakeCall[] = [];

	/** What the next token calls answer, in order; afterwards Ion's real rules apply. */
	readonly script: Answer[] = [];

	/** While set, every token call waits until `release()`. */
	private held: Array<() => void> | undefined;

	private readonly unspent = new Set<string>();

	private counter = 0;

	readonly now = () => this.time;

	/** A refresh token Ion would accept once. */
	issue(): string {
		this.counter += 1;
		const token = `RT${String(this.counter).padStart(46, '0')}`;
		this.unspent.add(token);
		return token;
	}

	/** Spends a token as another process would; returns the new refresh token. */
	spendElsewhere(token: string): string {
		if (!this.unspent.delete(token)) throw new Error('not spendable');
		return this.issue();
	}

	hold(): void {
		this.held = [];
	}

	release(): void {
		const waiting = this.held ?? [];
		this.held = undefined;
		for (const go of waiting) go();
	}

	readonly helpers = {
		httpRequest: async (options: IHttpRequestOptions) => {
			const form = new URLSearchParams(String(options.body));
			const refreshToken = form.get('refresh_token') ?? '';
			this.calls.push({ url: String(options.url), refreshToken });
			if (this.held) await new Promise<void>((resolve) => this.held?.push(resolve));
			const answer = this.script.shift() ?? (this.unspent.has(refreshToken) ? 'ok' : 'refuse');
			if (answer === 'network') {
				// like axios: the error carries the request, and so the refresh token
				throw Object.assign(new Error(`socket hang up ${String(options.body)}`), {
					code: 'ECONNRESET',
					config: options,
				});
			}
			if (answer === '503') return { statusCode: 503, body: { error: 'UNAVAILABLE' } };
			if (answer === 'refuse') {
				return {
					statusCode: 400,
					body: { error: `cannot validate token: redis: nil (${refreshToken})` },
				};
			}
			this.unspent.delete(refreshToken);
			this.counter += 1;
			return {
				statusCode: 200,
				body: {
					access_token: `AT${String(this.counter).padStart(46, '0')}`,
					expires_in: 7200,
					refresh_token: this.issue(),
					token_type: 'Bearer',
				},
			};
		},
	} as unknown as IHttpRequestHelper['helpers'];
}
