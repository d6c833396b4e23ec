// Dev-only emulator code (never published): OAuth2 client credentials for the Stellr emulator.
// Guesses G1-G3 (README.md): token URL path, form fields, answer and error bodies.
import { randomBytes } from 'node:crypto';

export interface Client {
	clientId: string;
	clientSecret: string;
	/** token requests fail with invalid_client before this time (new credentials take up to 10 minutes) */
	activeFrom: number;
}

interface AccessRecord {
	clientId: string;
	expiresAt: number;
}

export type TokenAnswer =
	| {
			status: 200;
			body: { access_token: string; token_type: 'Bearer'; expires_in: number; scope?: string };
	  }
	| { status: 400 | 401; body: { error: string; error_description: string } };

function secret(bytes: number): string {
	return randomBytes(bytes).toString('base64url');
}

export class ClientRegistry {
	private readonly clients = new Map<string, Client>();
	private readonly tokens = new Map<string, AccessRecord>();

	constructor(
		private tokenTtlMs: number,
		private readonly now: () => number = Date.now,
	) {}

	setTokenTtlMs(ms: number): void {
		this.tokenTtlMs = ms;
	}

	issueClient(activeAfterMs = 0): Client {
		const client = {
			clientId: `stellr-${secret(9)}`,
			clientSecret: secret(30),
			activeFrom: this.now() + activeAfterMs,
		};
		this.clients.set(client.clientId, client);
		return client;
	}

	/** Every access token issued so far stops working (as after a key rotation). */
	revokeAccessTokens(): void {
		this.tokens.clear();
	}

	/**
	 * POST /oauth2/v1/token. Client authentication in the form body (`client_id`, `client_secret`)
	 * or as HTTP Basic, like most OAuth2 servers accept.
	 */
	token(form: URLSearchParams, authorization: string | undefined): TokenAnswer {
		let clientId = form.get('client_id') ?? '';
		let clientSecret = form.get('client_secret') ?? '';
		const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
		if (basic) {
			const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
			const colon = decoded.indexOf(':');
			if (colon > 0) {
				clientId = decodeURIComponent(decoded.slice(0, colon));
				clientSecret = decodeURIComponent(decoded.slice(colon + 1));
			}
		}
		const grant = form.get('grant_type');
		if (grant !== 'client_credentials') {
			return {
				status: 400,
				body: {
					error: 'unsupported_grant_type',
					error_description: "grant_type must be 'client_credentials'",
				},
			};
		}
		const client = this.clients.get(clientId);
		if (!client || client.clientSecret !== clientSecret || client.activeFrom > this.now()) {
			return {
				status: 401,
				body: { error: 'invalid_client', error_description: 'Client authentication failed.' },
			};
		}
		const accessToken = secret(36);
		this.tokens.set(accessToken, { clientId, expiresAt: this.now() + this.tokenTtlMs });
		const scope = form.get('scope');
		return {
			status: 200,
			body: {
				access_token: accessToken,
				token_type: 'Bearer',
				expires_in: Math.round(this.tokenTtlMs / 1000),
				...(scope ? { scope } : {}),
			},
		};
	}

	checkBearer(token: string): 'ok' | 'unknown' | 'expired' {
		const rec = this.tokens.get(token);
		if (!rec) return 'unknown';
		return rec.expiresAt <= this.now() ? 'expired' : 'ok';
	}
}
