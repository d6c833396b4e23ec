/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Test helpers for the emulator (dev only): plain fetch against a running instance.
import type { Emulator } from '../../emulator';

/** Response bodies are read loosely in tests; assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

export interface Res<T = Record<string, unknown>> {
	status: number;
	headers: Headers;
	body: T;
}

export async function call<T = Loose>(
	ion: Emulator,
	path: string,
	init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Res<T>> {
	const headers: Record<string, string> = { ...init.headers };
	if (init.token) headers.authorization = `Bearer ${init.token}`;
	let body: string | undefined;
	if (init.body !== undefined) {
		headers['content-type'] = headers['content-type'] ?? 'application/json';
		body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
	}
	const r = await fetch(ion.url + path, { method: init.method ?? 'GET', headers, body });
	const text = await r.text();
	return { status: r.status, headers: r.headers, body: (text ? JSON.parse(text) : {}) as T };
}

export async function exchange(ion: Emulator, refreshToken: string): Promise<Res<Loose>> {
	return call(ion, '/oauth/token', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
	});
}

/** A live access token, obtained the way the node does it (spending a portal refresh token). */
export async function login(ion: Emulator): Promise<string> {
	const r = await exchange(ion, ion.issueRefreshToken());
	if (r.status !== 200) throw new Error(`login failed: ${r.status}`);
	return r.body.access_token as string;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function acct(ion: Emulator, rest: string): string {
	return `/api/v3/accounts/${ion.accountId}${rest}`;
}
