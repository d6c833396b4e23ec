// The Stellr emulator's token endpoint (client credentials), API authentication and its 35 routes.
import { type StellrEmulator } from '../../../emulator/stellr';
import { api, stellrToken, type Loose } from '../helpers';
import { useStellr } from './setup';

/** Method and path of the 35 endpoints, as api-beyond-the-spec.md section 6 lists them. */
const NOTES_ROUTES = [
	'GET /api/v1/customers/{customerNo}/agreements/{agreementType}',
	'POST /api/v1/customers/{customerNo}/agreements/{agreementType}',
	'GET /api/v1/cloud/consumption/azure/summary',
	'GET /api/v1/cloud/customers',
	'POST /api/v1/cloud/customers',
	'GET /api/v1/cloud/customers/{customerNo}',
	'GET /api/v1/cloud/invoices',
	'GET /api/v1/cloud/invoice/report',
	'GET /api/v1/subscriptions/operations/{operationId}',
	'GET /api/v2/vendors/{vendorId}/cloud/products',
	'GET /api/v1/cloud/products/{productId}',
	'GET /api/v1/cloud/products/skuNo/{skuNo}',
	'GET /api/v1/cloud/products/{primaryProductId}/related',
	'GET /api/v1/vendors/Google/cloud/products/transferable',
	'GET /api/v1/customers/{customerNo}/vendors/{vendorId}/subscribed/products',
	'GET /api/v1/customers/{customerNo}/subscriptions',
	'POST /api/v1/customers/{customerNo}/subscriptions',
	'POST /api/v1/customers/{customerNo}/subscriptions/transfer',
	'GET /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}',
	...[
		'addOn',
		'changeSeats',
		'cancel',
		'reactive',
		'upgrade',
		'downgrade',
		'changePlan',
		'suspend',
		'activate',
	].map((verb) => `POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/${verb}`),
	'GET /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/transition/products',
	'GET /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/renew/options',
	'PUT /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/renew/setting',
	'GET /api/v1/cloud/vendors',
	'POST /api/v1/cloud/vendors/{vendorId}/check/{checkType}',
	'GET /api/v1/cloud/vendors/account',
	'POST /api/v1/cloud/vendors/account',
];

describe('Stellr emulator', () => {
	const session = useStellr();
	const { get } = session;
	let stellr: StellrEmulator;
	beforeAll(() => {
		stellr = session.stellr;
	});

	describe('token endpoint (client credentials)', () => {
		const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
			fetch(stellr.tokenUrl, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
				body: new URLSearchParams(fields).toString(),
			});

		it('answers access_token, token_type and expires_in for the client in the form body or as Basic', async () => {
			const r = await form({
				grant_type: 'client_credentials',
				client_id: stellr.clientId,
				client_secret: stellr.clientSecret,
			});
			expect(r.status).toBe(200);
			expect(await r.json()).toEqual({
				access_token: expect.stringMatching(/^[\w-]{40,}$/),
				token_type: 'Bearer',
				expires_in: 3600,
			});
			const basic = Buffer.from(`${stellr.clientId}:${stellr.clientSecret}`).toString('base64');
			expect(
				(await form({ grant_type: 'client_credentials' }, { authorization: `Basic ${basic}` }))
					.status,
			).toBe(200);
			expect(stellr.stats().tokenCalls).toBe(2);
			expect(stellr.log.every((e) => e.body === undefined)).toBe(true);
		});

		it('refuses a wrong secret (401 invalid_client), another grant (400) and a GET (405)', async () => {
			const wrong = await form({
				grant_type: 'client_credentials',
				client_id: stellr.clientId,
				client_secret: 'nope',
			});
			expect(wrong.status).toBe(401);
			expect(await wrong.json()).toEqual({
				error: 'invalid_client',
				error_description: 'Client authentication failed.',
			});
			const grant = await form({
				grant_type: 'password',
				client_id: stellr.clientId,
				client_secret: stellr.clientSecret,
			});
			expect(grant.status).toBe(400);
			expect(((await grant.json()) as Loose).error).toBe('unsupported_grant_type');
			expect((await fetch(stellr.tokenUrl)).status).toBe(405);
		});

		it('refuses a client that is not active yet (new credentials take up to 10 minutes)', async () => {
			const later = stellr.issueClient(60_000);
			const r = await form({
				grant_type: 'client_credentials',
				client_id: later.clientId,
				client_secret: later.clientSecret,
			});
			expect(r.status).toBe(401);
		});
	});

	describe('API authentication', () => {
		it('answers 401 without a token, with an unknown one and with an expired one', async () => {
			const none = await fetch(`${stellr.url}/api/v1/cloud/vendors`);
			expect(none.status).toBe(401);
			expect(none.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
			expect((await api(stellr, 'not-a-token', 'GET', '/api/v1/cloud/vendors')).body).toMatchObject(
				{ code: 'UNAUTHORIZED', message: 'The access token is not valid' },
			);
			stellr.setTokenTtlSeconds(0);
			const expired = await stellrToken(stellr);
			stellr.setTokenTtlSeconds(3600);
			expect((await api(stellr, expired, 'GET', '/api/v1/cloud/vendors')).body.message).toBe(
				'The access token has expired',
			);
		});

		it('revokeAccessTokens makes every issued token fail', async () => {
			const t = await stellrToken(stellr);
			stellr.revokeAccessTokens();
			expect((await api(stellr, t, 'GET', '/api/v1/cloud/vendors')).status).toBe(401);
			session.token = await stellrToken(stellr);
			expect((await get('/api/v1/cloud/vendors')).status).toBe(200);
		});

		it('answers 404 for an unknown path and 405 for a known path with another method', async () => {
			expect((await get('/api/v1/cloud/nothing')).body).toMatchObject({
				code: 'RESOURCE_NOT_FOUND',
			});
			const r = await api(stellr, session.token, 'DELETE', '/api/v1/cloud/customers');
			expect(r.status).toBe(405);
			expect(r.headers.get('allow')).toBe('GET, POST');
		});
	});

	it('serves exactly the 35 endpoints of the notes (the 36th action, API Request, uses any of them)', () => {
		expect([...stellr.routes].sort()).toEqual([...NOTES_ROUTES].sort());
	});
});
