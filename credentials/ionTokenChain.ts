import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import {
	FIX_HINT,
	exchangeRefreshToken,
	isIonTokenRefusedError,
	readCredential,
	tokenRefusedError,
	type IonTokens,
} from './ionTokenExchange';

/**
 * The Ion token chain inside one n8n process.
 *
 * Ion refresh tokens are single-use: every exchange kills the token spent and returns a new one.
 * n8n calls `preAuthentication` when the hidden `sessionToken` is empty (first use), after a 401
 * and when the credential is tested, without any lock, and saves every key we return (it re-reads
 * the stored credential, merges our keys over it and writes it back). The items of one node run
 * and the executions of one process call it at the same time, each with the tokens it read.
 *
 * - Single flight: callers spending the same refresh token share one token call.
 * - Follow: a caller that read the credential just before this process saved a rotation still
 *   holds the spent token; within FOLLOW_WINDOW_MS it gets the newest tokens of the chain.
 * - Refusals are remembered for REFUSAL_MEMORY_MS: every caller holding a refused token, the ones
 *   that joined the exchange and the ones that come later, gets the same marked error without
 *   another token call. The node resends the request after a short wait (twice at most), so n8n reads the
 *   credential again: if another process (a queue-mode worker) won the race and saved its
 *   tokens, the request goes through with them; if the stored token is the same, it is refused
 *   here again at once. A dead token costs one token call per process in that window.
 *
 * Late saves. A follower saves the tokens it returns. That could overwrite a newer token only if
 * another process had already spent the one we return, i.e. read it from the database after our
 * save and exchanged it. A worker that loses a race never does: it re-reads and uses our access
 * token. So it takes an out-of-band refresh (a credential test in the editor, or Ion refusing a
 * brand-new access token) landing within one request round trip of our follower. Followers are
 * therefore only served inside FOLLOW_WINDOW_MS; later ones get the marked error and re-read
 * instead of saving anything. Every caller that joined an exchange saves the same tokens as the
 * caller that started it, so in-process saves never disagree.
 *
 * Why every caller returns the rotated refresh token, not only the one that started the exchange:
 * n8n's save reads the stored credential and writes all of it back with our keys on top, in two
 * queries without a lock. A caller that returned only the access token would write back the
 * refresh token its read found; when a burst of saves interleaves (all reads, then all writes),
 * that is the spent one, written over the rotation. Tried (issue 13): the chain broke in 5 of 15
 * queue-mode bursts; the harness now interleaves saves the same way, and the 125-caller tests in
 * test/credential/credential.test.ts fail with it.
 */

/** Callers holding a token this process spent this long ago are sent to re-read instead. */
export const FOLLOW_WINDOW_MS = 10_000;
/** How long a refused refresh token is answered from memory. */
export const REFUSAL_MEMORY_MS = 60_000;
/** Successful exchanges are kept at least this long (to tell followers from strangers)... */
const MIN_KEEP_MS = 2 * 60_000;
/** ...and at most this long, or until the access token they minted expires. */
const MAX_KEEP_MS = 3 * 60 * 60_000;
/** A pasted access token this close to its known expiry is not used any more. */
const EXPIRY_MARGIN_MS = 60_000;

interface Exchange {
	settledAt?: number;
	promise: Promise<IonTokens>;
	result?: IonTokens;
	/** the exchange ended in a refusal (remembered for REFUSAL_MEMORY_MS) */
	refused?: boolean;
}

function isFresh(tokens: IonTokens, now: number): boolean {
	const expiresAt = Date.parse(tokens.expiresAt);
	return Number.isNaN(expiresAt) || expiresAt > now;
}

/** What n8n saves: the expirable `sessionToken`, its expiry, the rotated refresh token. */
function output(tokens: IonTokens): IDataObject {
	return { ...tokens, accessToken: tokens.sessionToken };
}

/** A fresh copy per caller, so no caller's error object is shared with another. */
function sameError(error: unknown): unknown {
	return isIonTokenRefusedError(error) ? tokenRefusedError((error as Error).message) : error;
}

export class IonTokenChain {
	/** Exchanges by `baseUrl + spent refresh token`. */
	private readonly exchanges = new Map<string, Exchange>();

	constructor(private readonly now: () => number = Date.now) {}

	async preAuthenticate(
		helpers: IHttpRequestHelper['helpers'],
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		const { baseUrl, refreshToken, sessionToken, pastedAccessToken, expiresAt } =
			readCredential(credentials);
		this.prune();

		// 1. This process already spent the caller's refresh token: take the newest tokens.
		const known = refreshToken ? await this.follow(baseUrl, refreshToken) : undefined;
		if (known && known.sessionToken !== sessionToken && isFresh(known, this.now())) {
			return output(known);
		}

		// 2. First use with an access token pasted by the user: use it, spend nothing. Its expiry
		//    is unknown unless we minted it ourselves, so it is used until the API answers 401.
		if (!sessionToken && pastedAccessToken && !known) {
			const until = Date.parse(expiresAt);
			if (Number.isNaN(until) || until - EXPIRY_MARGIN_MS > this.now()) {
				return { sessionToken: pastedAccessToken, expiresAt };
			}
		}

		// 3. Exchange the newest refresh token of the chain, once for all concurrent callers.
		const toSpend = known ? known.refreshToken : refreshToken;
		if (!toSpend) throw new Error(`The StreamOne Ion credential has no refresh token. ${FIX_HINT}`);
		return output(await this.spend(helpers, baseUrl, toSpend));
	}

	/** Drops what no caller can need any more. */
	private prune(): void {
		const now = this.now();
		for (const [key, entry] of this.exchanges) {
			if (entry.settledAt === undefined) continue;
			const age = now - entry.settledAt;
			if (entry.refused) {
				if (age > REFUSAL_MEMORY_MS) this.exchanges.delete(key);
			} else if (
				age > MAX_KEEP_MS ||
				(age > MIN_KEEP_MS && entry.result && !isFresh(entry.result, now))
			) {
				this.exchanges.delete(key);
			}
		}
	}

	/**
	 * The newest tokens this process minted from `refreshToken` on, or undefined if this process
	 * never spent it. Joins exchanges still running. Throws the marked error when the chain ends in
	 * a refusal, or when the caller's token was spent too long ago to follow (re-read instead).
	 */
	private async follow(baseUrl: string, refreshToken: string): Promise<IonTokens | undefined> {
		let current: IonTokens | undefined;
		let token = refreshToken;
		const seen = new Set<string>();
		for (;;) {
			const entry = this.exchanges.get(`${baseUrl}\n${token}`);
			if (!entry || seen.has(token)) return current;
			seen.add(token);
			const joined = entry.settledAt === undefined;
			try {
				current = await entry.promise;
			} catch (error) {
				if (current && !isIonTokenRefusedError(error)) return current;
				throw sameError(error);
			}
			if (!joined && this.now() - (entry.settledAt ?? 0) > FOLLOW_WINDOW_MS) {
				throw tokenRefusedError(
					`The refresh token in the StreamOne Ion credential was already exchanged by this n8n process, and the credential n8n read does not hold the new one. Run the workflow again; if this keeps happening, ${FIX_HINT.charAt(0).toLowerCase()}${FIX_HINT.slice(1)}`,
				);
			}
			token = current.refreshToken;
		}
	}

	/** Starts (or joins) the one exchange of `refreshToken`. */
	private async spend(
		helpers: IHttpRequestHelper['helpers'],
		baseUrl: string,
		refreshToken: string,
	): Promise<IonTokens> {
		const key = `${baseUrl}\n${refreshToken}`;
		let entry = this.exchanges.get(key);
		if (!entry) {
			const started: Exchange = {
				promise: exchangeRefreshToken(helpers, baseUrl, refreshToken, this.now),
			};
			entry = started;
			this.exchanges.set(key, started);
			started.promise.then(
				(result) => {
					started.result = result;
					started.settledAt = this.now();
				},
				(error: Error) => {
					started.settledAt = this.now();
					// A refusal is remembered; a network failure or a 5xx is not (the next caller
					// tries again, as the refresh token may not have been spent).
					if (isIonTokenRefusedError(error)) started.refused = true;
					else if (this.exchanges.get(key) === started) this.exchanges.delete(key);
				},
			);
		}
		try {
			return await entry.promise;
		} catch (error) {
			throw sameError(error);
		}
	}
}

/** The chain of this n8n process (module scope). */
export const ionTokenChain = new IonTokenChain();
