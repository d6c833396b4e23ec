import {
	lifetimesOf,
	tokenStatusOutput,
} from '../../../nodes/StreamOneIon/resources/credential/tokenStatus';

const NOW = Date.UTC(2026, 0, 5, 8, 0, 0);

describe('lifetimesOf (the validateAccess answer)', () => {
	test('reads both lifetimes, numbers or numeric strings', () => {
		expect(lifetimesOf({ access_expires_in: 6673, refresh_expires_in: '2764273' })).toEqual({
			accessExpiresIn: 6673,
			refreshExpiresIn: 2764273,
		});
	});

	test('a negative lifetime is 0; a missing or non-numeric one makes the answer unusable', () => {
		expect(lifetimesOf({ access_expires_in: -5, refresh_expires_in: 10 })).toEqual({
			accessExpiresIn: 0,
			refreshExpiresIn: 10,
		});
		expect(lifetimesOf({ access_expires_in: 10 })).toBeUndefined();
		expect(lifetimesOf({ access_expires_in: 'soon', refresh_expires_in: 10 })).toBeUndefined();
		expect(lifetimesOf('<html>')).toBeUndefined();
		expect(lifetimesOf(null)).toBeUndefined();
	});
});

describe('tokenStatusOutput', () => {
	test('seconds, expiry timestamps from the time of the check, days left rounded down to a tenth', () => {
		const out = tokenStatusOutput(
			{ accessExpiresIn: 6673, refreshExpiresIn: 2764273 },
			{ accountId: '1000', refreshTokenRotated: true, now: NOW },
		);
		expect(out).toEqual({
			accountId: '1000',
			accessExpiresInSeconds: 6673,
			accessExpiresAt: '2026-01-05T09:51:13.000Z',
			refreshExpiresInSeconds: 2764273,
			refreshExpiresAt: '2026-02-06T07:51:13.000Z',
			refreshDaysLeft: 31.9,
			refreshTokenRotated: true,
			checkedAt: '2026-01-05T08:00:00.000Z',
		});
	});

	test('just under a day boundary stays below it, so "fewer than 7 days" alerts at 6.99 days', () => {
		const out = tokenStatusOutput(
			{ accessExpiresIn: 0, refreshExpiresIn: 7 * 86_400 - 1 },
			{ accountId: '1', refreshTokenRotated: false, now: NOW },
		);
		expect(out.refreshDaysLeft).toBe(6.9);
		expect(out.accessExpiresAt).toBe(out.checkedAt);
	});
});
