// Dev-only emulator code (never published): token material from node:crypto.
import { randomBytes } from 'node:crypto';

/** Ion-looking opaque token: 48 upper-case base64 characters. */
function newToken(): string {
	return randomBytes(36).toString('base64').replace(/[+/=]/g, 'X').toUpperCase();
}

interface RefreshRecord {
	expiresAt: number;
	spentAt?: number;
	/** the refresh token minted when this one was spent */
	child?: string;
	/** the access token minted together with this refresh token */
	accessToken?: string;
}

interface AccessRecord {
	expiresAt: number;
	/** the refresh token minted together with this access token */
	refreshToken: string;
}

export interface TokenPair {
	accessToken: string;
	refreshToken: string;
	accessExpiresAt: number;
	refreshExpiresAt: number;
}

export type RefreshFailure = 'unknown' | 'spent' | 'expired';

/** OAuth state: single-use rotating refresh tokens and bearer access tokens. */
export class TokenStore {
	private readonly refresh = new Map<string, RefreshRecord>();
	private readonly access = new Map<string, AccessRecord>();
	lastIssuedRefreshToken = '';

	/**
	 * Simulates refresh-token reuse detection (OAuth 2.0 Security BCP): presenting a spent refresh
	 * token again revokes every token minted from it. Ion documents no such behaviour; off by default.
	 */
	revokeChainOnReuse = false;

	/** How many chains were revoked by reuse detection. */
	revokedChains = 0;

	constructor(
		private readonly accessTtlMs: number,
		private readonly refreshTtlMs: number,
		private readonly now: () => number = Date.now,
	) {}

	issueRefreshToken(): string {
		const token = newToken();
		this.refresh.set(token, { expiresAt: this.now() + this.refreshTtlMs });
		this.lastIssuedRefreshToken = token;
		return token;
	}

	issuePair(): TokenPair {
		const refreshToken = this.issueRefreshToken();
		const accessToken = newToken();
		const accessExpiresAt = this.now() + this.accessTtlMs;
		this.access.set(accessToken, { expiresAt: accessExpiresAt, refreshToken });
		(this.refresh.get(refreshToken) as RefreshRecord).accessToken = accessToken;
		return { accessToken, refreshToken, accessExpiresAt, refreshExpiresAt: this.now() + this.refreshTtlMs };
	}

	/** Spends a refresh token (single use) and mints a new pair, or says why it cannot. */
	exchange(refreshToken: string): TokenPair | RefreshFailure {
		const rec = this.refresh.get(refreshToken);
		if (!rec) return 'unknown';
		if (rec.spentAt !== undefined) {
			if (this.revokeChainOnReuse) this.revokeDescendants(rec);
			return 'spent';
		}
		if (rec.expiresAt <= this.now()) return 'expired';
		rec.spentAt = this.now();
		const pair = this.issuePair();
		rec.child = pair.refreshToken;
		return pair;
	}

	/** Reuse detected: every refresh and access token minted after `rec` stops working. */
	private revokeDescendants(rec: RefreshRecord): void {
		const now = this.now();
		let revoked = false;
		for (let token = rec.child; token !== undefined; ) {
			const next = this.refresh.get(token);
			if (!next) break;
			if (next.spentAt === undefined || next.child === undefined) revoked = true;
			next.spentAt ??= now;
			const access = next.accessToken ? this.access.get(next.accessToken) : undefined;
			if (access) access.expiresAt = Math.min(access.expiresAt, now);
			token = next.child;
		}
		if (revoked) this.revokedChains++;
	}

	/** What Ion would say about a refresh token, without spending it. */
	refreshTokenState(refreshToken: string): 'unspent' | RefreshFailure {
		const rec = this.refresh.get(refreshToken);
		if (!rec) return 'unknown';
		if (rec.spentAt !== undefined) return 'spent';
		return rec.expiresAt <= this.now() ? 'expired' : 'unspent';
	}

	/** Every access token issued so far expires now (as two hours later). Refresh tokens are untouched. */
	expireAccessTokens(): number {
		const now = this.now();
		let n = 0;
		for (const rec of this.access.values()) {
			if (rec.expiresAt > now) {
				rec.expiresAt = now;
				n++;
			}
		}
		return n;
	}

	/** Seconds left for the access token and its paired refresh token, or why not. */
	inspect(accessToken: string): { accessExpiresIn: number; refreshExpiresIn: number } | 'unknown' | 'expired' {
		const rec = this.access.get(accessToken);
		if (!rec) return 'unknown';
		const now = this.now();
		if (rec.expiresAt <= now) return 'expired';
		const r = this.refresh.get(rec.refreshToken);
		const refreshLeft = r && r.spentAt === undefined ? Math.max(0, Math.floor((r.expiresAt - now) / 1000)) : 0;
		return { accessExpiresIn: Math.floor((rec.expiresAt - now) / 1000), refreshExpiresIn: refreshLeft };
	}

	checkBearer(accessToken: string): 'ok' | 'unknown' | 'expired' {
		const rec = this.access.get(accessToken);
		if (!rec) return 'unknown';
		return rec.expiresAt <= this.now() ? 'expired' : 'ok';
	}
}
