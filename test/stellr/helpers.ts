/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Test helpers for the Stellr emulator and credential (dev only): plain fetch, timers.
import { StreamOneStellrApi } from '../../credentials/StreamOneStellrApi.credentials';
import type { StellrEmulator } from '../../emulator/stellr';
import {
	CredentialStore,
	registerCredentialType,
	reportedErrors,
	type RunNodeResult,
} from '../harness';
import { stellrCredentialData } from './credentialData';

registerCredentialType(new StreamOneStellrApi());

/** Emulator tokens and secrets are long base64url strings; nothing that long may appear in errors. */
export const SECRET_LIKE = /[A-Za-z0-9_-]{36,}/;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

export interface Res {
	status: number;
	headers: Headers;
	body: Loose;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A live access token for the emulator's default client. */
export async function stellrToken(
	stellr: StellrEmulator,
	client = { clientId: stellr.clientId, clientSecret: stellr.clientSecret },
): Promise<string> {
	const r = await fetch(stellr.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: client.clientId,
			client_secret: client.clientSecret,
		}).toString(),
	});
	const body = (await r.json()) as Loose;
	if (r.status !== 200) throw new Error(`token request failed: ${r.status}`);
	return body.access_token as string;
}

/** One request to the emulator with a bearer token; JSON body in and out. */
export async function api(
	stellr: StellrEmulator,
	token: string,
	method: string,
	path: string,
	body?: unknown,
): Promise<Res> {
	const headers: Record<string, string> = { authorization: `Bearer ${token}` };
	if (body !== undefined) headers['content-type'] = 'application/json';
	const r = await fetch(stellr.url + path, {
		method,
		headers,
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await r.text();
	return { status: r.status, headers: r.headers, body: (text ? JSON.parse(text) : {}) as Loose };
}

/** The credential as a user saves it, pointed at the emulator (Region: Custom URL). */
export function stellrStore(
	stellr: StellrEmulator,
	over: Loose = {},
	type = 'streamOneStellrApi',
): CredentialStore {
	return new CredentialStore({ ...stellrCredentialData(stellr), ...over }, { type });
}

export function items(n: number) {
	return Array.from({ length: n }, (_, i) => ({ json: { i } }));
}

/** Every text a user or a log could see from a run: error, description, items, n8n's error reports. */
export function visibleTexts(result: RunNodeResult): string[] {
	const error = result.error as (Error & { description?: string }) | undefined;
	return [
		error?.message ?? '',
		error?.description ?? '',
		JSON.stringify(error ?? {}),
		JSON.stringify(result.items),
		...reportedErrors,
	];
}
