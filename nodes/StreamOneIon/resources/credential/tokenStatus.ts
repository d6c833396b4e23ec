import type { IDataObject } from 'n8n-workflow';

/*
 * What Ion's `POST /oauth/validateAccess` answer means for the user, as output fields (pure, so
 * unit-tested on its own). Ion answers `{ access_expires_in, refresh_expires_in }` in seconds.
 */

export interface TokenLifetimes {
	accessExpiresIn: number;
	refreshExpiresIn: number;
}

const SECONDS_PER_DAY = 86_400;

/** The lifetimes of a validateAccess answer, or undefined when it does not have both numbers. */
export function lifetimesOf(body: unknown): TokenLifetimes | undefined {
	const data = (body !== null && typeof body === 'object' ? body : {}) as IDataObject;
	const access = Number(data.access_expires_in);
	const refresh = Number(data.refresh_expires_in);
	if (data.access_expires_in === undefined || data.refresh_expires_in === undefined)
		return undefined;
	if (!Number.isFinite(access) || !Number.isFinite(refresh)) return undefined;
	return { accessExpiresIn: Math.max(0, access), refreshExpiresIn: Math.max(0, refresh) };
}

/**
 * The output item: seconds left and expiry timestamps of both tokens, the refresh token's days
 * left (rounded down to a tenth, for "alert when fewer than N days"), whether this check rotated
 * the refresh token (it had to get a new access token first), and when it checked. Never a token.
 */
export function tokenStatusOutput(
	lifetimes: TokenLifetimes,
	context: { accountId: string; refreshTokenRotated: boolean; now: number },
): IDataObject {
	const at = (seconds: number) => new Date(context.now + seconds * 1000).toISOString();
	return {
		accountId: context.accountId,
		accessExpiresInSeconds: lifetimes.accessExpiresIn,
		accessExpiresAt: at(lifetimes.accessExpiresIn),
		refreshExpiresInSeconds: lifetimes.refreshExpiresIn,
		refreshExpiresAt: at(lifetimes.refreshExpiresIn),
		refreshDaysLeft: Math.floor((lifetimes.refreshExpiresIn / SECONDS_PER_DAY) * 10) / 10,
		refreshTokenRotated: context.refreshTokenRotated,
		checkedAt: new Date(context.now).toISOString(),
	};
}
