import { startEmulator } from '../../emulator';
import type { Emulator } from '../../emulator';
import { acct, call, login } from './helpers';

const ADDRESS = { street: '1 Main St', city: 'Clearwater', state: 'FL', zip: '33760', country: 'US' };
const NEW_CUSTOMER = {
	customerOrganization: 'Tailspin Toys',
	customerAddress: ADDRESS,
	customerName: 'Ada Lovelace',
	customerEmail: 'ada@tailspin.example.com',
	languageCode: 'en',
};

describe('emulator validation, 404s and state', () => {
	let ion: Emulator;
	let token: string;
	beforeAll(async () => {
		ion = await startEmulator({ port: 0, seed: 'demo' });
		token = await login(ion);
	});
	afterAll(async () => ion.close());

	test('a spec-invalid body is 400 INVALID_ARGUMENT naming the field', async () => {
		const missing = await call(ion, acct(ion, '/customers'), {
			method: 'POST',
			token,
			body: { ...NEW_CUSTOMER, customerAddress: { street: 'x', state: 'FL', zip: '1', country: 'US' } },
		});
		expect(missing.status).toBe(400);
		expect(missing.body.error).toBe('INVALID_ARGUMENT');
		expect(missing.body.code).toBe(400);
		expect(missing.body.message).toContain('customerAddress.city');

		const wrongType = await call(ion, acct(ion, '/customers'), { method: 'POST', token, body: { ...NEW_CUSTOMER, customerEmail: 42 } });
		expect(wrongType.status).toBe(400);
		expect(wrongType.body.message).toContain('customerEmail');

		const badEnum = await call(ion, acct(ion, '/customers?pageSize=5&filter.customerStatus=SLEEPING'), { token });
		expect(badEnum.status).toBe(400);
		expect(badEnum.body.message).toContain('filter.customerStatus');
		expect(badEnum.body.message).toContain('ACTIVE');

		const badAction = await call(ion, acct(ion, '/customers/10001/orders'), {
			method: 'POST',
			token,
			body: { orderItems: [{ action: 'DELETE', productId: 'a', skuId: 'b', planId: 'c', quantity: 1, attributes: [] }] },
		});
		expect(badAction.status).toBe(400);
		expect(badAction.body.message).toContain('orderItems.0.action');

		const badInt = await call(ion, acct(ion, '/subscriptions?pagination.limit=ten'), { token });
		expect(badInt.status).toBe(400);
		expect(badInt.body.message).toContain('pagination.limit');

		const badDate = await call(ion, acct(ion, '/subscriptions?endDate=yesterday'), { token });
		expect(badDate.status).toBe(400);
		expect(badDate.body.message).toContain('endDate');
		const goodDate = await call(ion, acct(ion, '/subscriptions?endDate=2030-01-01T00:00:00Z'), { token });
		expect(goodDate.status).toBe(200);

		const unknownParam = await call(ion, acct(ion, '/customers?pageSize=5&colour=blue'), { token });
		expect(unknownParam.status).toBe(400);
		expect(unknownParam.body.message).toContain('colour');

		const vendorMissing = await call(ion, acct(ion, '/provisionTemplates'), { token });
		expect(vendorMissing.status).toBe(400);
		expect(vendorMissing.body.message).toContain('vendor');
	});

	test('unknown ids are 404 in Ion shape', async () => {
		const c = await call(ion, acct(ion, '/customers/9'), { token });
		expect(c.status).toBe(404);
		expect(c.body).toEqual({
			error: 'NOT_FOUND',
			message: "resource 'accounts/1000/customers/9' not found",
			code: 404,
			details: [expect.objectContaining({ requestId: expect.any(String) })],
		});
		const o = await call(ion, acct(ion, '/customers/10001/orders/1899'), { token });
		expect(o.status).toBe(404);
		expect(o.body.message).toBe("resource 'accounts/1000/customers/10001/orders/1899' not found");
		const p = await call(ion, acct(ion, '/products/AWS-NOPE'), { token });
		expect(p.status).toBe(404);
		expect(p.body.message).toBe('listing AWS-NOPE not found');
		const s = await call(ion, acct(ion, '/customers/10001/subscriptions/nope'), { token });
		expect(s.status).toBe(404);
	});

	test('customers: create, get, update and list filters see the change', async () => {
		const created = await call(ion, acct(ion, '/customers'), { method: 'POST', token, body: NEW_CUSTOMER });
		expect(created.status).toBe(200);
		expect(created.body.name).toMatch(/^accounts\/1000\/customers\/\d+$/);
		expect(created.body.customerStatus).toBe('ACTIVE');
		expect(created.body.user.userName).toBe('DEFAULT ACCOUNT USER');
		const id = created.body.name.split('/').pop();
		expect(ion.store.customers.get(id)?.customerEmail).toBe(NEW_CUSTOMER.customerEmail);

		const dup = await call(ion, acct(ion, '/customers'), { method: 'POST', token, body: NEW_CUSTOMER });
		expect(dup.status).toBe(412);
		expect(dup.body.error).toBe('FAILED_PRECONDITION');

		const updated = await call(ion, acct(ion, `/customers/${id}`), {
			method: 'PUT',
			token,
			body: { ...NEW_CUSTOMER, customerOrganization: 'Tailspin Toys GmbH', languageCode: 'de' },
		});
		expect(updated.status).toBe(200);
		const got = await call(ion, acct(ion, `/customers/${id}`), { token });
		expect(got.body.customerOrganization).toBe('Tailspin Toys GmbH');
		const byEmail = await call(ion, acct(ion, `/customers?pageSize=10&filter.customerEmail=${NEW_CUSTOMER.customerEmail}`), { token });
		expect(byEmail.body.customers).toHaveLength(1);
		expect(byEmail.body.customers[0].languageCode).toBe('de');
	});

	test('orders: CREATE makes a subscription, UPDATE changes its quantity, cancel reverts', async () => {
		const base = { productId: 'MS-M365-E3', skuId: 'CFQ7TTC0LFLX', planId: 'MS-M365-E3-P1Y-MONTHLY' };
		const create = await call(ion, acct(ion, '/customers/10003/orders'), {
			method: 'POST',
			token,
			body: { referenceId: 'onboard-1', orderItems: [{ ...base, action: 'CREATE', quantity: 10, attributes: [{ name: 'domainName', value: 'tailspin.onmicrosoft.com' }] }] },
		});
		expect(create.status).toBe(200);
		expect(create.body.status).toBe('COMPLETED');
		expect(create.body.total).toBe(342);
		const resourceId = create.body.orderItems[0].resourceId;
		const sub = ion.store.findSubscription(resourceId);
		expect(sub?.subscriptionTotalLicenses).toBe('10');
		expect(sub?.customerId).toBe('10003');

		const update = await call(ion, acct(ion, '/customers/10003/orders'), {
			method: 'POST',
			token,
			body: { orderItems: [{ ...base, action: 'UPDATE', resourceId, quantity: 25, attributes: [] }] },
		});
		expect(update.status).toBe(200);
		const got = await call(ion, acct(ion, `/customers/10003/subscriptions/${sub?.id}`), { token });
		expect(got.body.subscriptionTotalLicenses).toBe('25');

		const listed = await call(ion, acct(ion, '/customers/-/orders?pageSize=100'), { token });
		expect(listed.body.orders[0].orderId).toBe(update.body.orderId);
		const mine = await call(ion, acct(ion, '/customers/10003/orders?pageSize=100'), { token });
		expect(mine.body.orders.every((o: { customerId: string }) => o.customerId === '10003')).toBe(true);
		expect((await call(ion, acct(ion, `/customers/-/orders/${create.body.orderId}`), { token })).status).toBe(200);

		const cancelUpdate = await call(ion, acct(ion, `/customers/10003/orders/${update.body.orderId}:cancel`), { method: 'POST', token });
		expect(cancelUpdate.status).toBe(200);
		expect(cancelUpdate.body.status).toBe('CANCELED');
		expect(ion.store.findSubscription(resourceId)?.subscriptionTotalLicenses).toBe('10');
		const cancelCreate = await call(ion, acct(ion, `/customers/10003/orders/${create.body.orderId}:cancel`), { method: 'POST', token });
		expect(cancelCreate.status).toBe(200);
		expect(ion.store.findSubscription(resourceId)?.subscriptionStatus).toBe('CANCELLED');
		const twice = await call(ion, acct(ion, `/customers/10003/orders/${create.body.orderId}:cancel`), { method: 'POST', token });
		expect(twice.status).toBe(400);
		// seed orders are older than the cancellation window
		const old = await call(ion, acct(ion, `/customers/${ion.store.orders.get('90001')?.customerId}/orders/90001:cancel`), { method: 'POST', token });
		expect(old.status).toBe(400);
		expect(old.body.error).toBe('FAILED_PRECONDITION');
	});

	test('orders: provisioning rules answer in Ion provisioning-error shape and change nothing', async () => {
		const before = ion.store.subscriptions.size;
		const r = await call(ion, acct(ion, '/customers/10004/orders'), {
			method: 'POST',
			token,
			body: {
				orderItems: [
					{ productId: 'MS-M365-E3', skuId: 'CFQ7TTC0LFLX', planId: 'MS-M365-E3-P1M-MONTHLY', action: 'CREATE', quantity: 3, attributes: [] },
					{ productId: 'MS-M365-E3', skuId: 'CFQ7TTC0LFLX', planId: 'MS-M365-E3-P1M-MONTHLY', action: 'UPDATE', quantity: 3, attributes: [] },
				],
			},
		});
		expect(r.status).toBe(400);
		expect(r.body.error).toBe('BAD_REQUEST: Invalid provisioning data');
		const codes = r.body.details[0].errors.map((e: { code: string }) => e.code);
		expect(codes).toEqual(expect.arrayContaining(['COMM-VL-004', 'COMM-VL-003']));
		expect(ion.store.subscriptions.size).toBe(before);
	});

	test('catalog and provisioning templates', async () => {
		const verticals = await call(ion, acct(ion, '/products/verticals'), { token });
		expect(verticals.body.verticals.map((v: { displayName: string }) => v.displayName)).toContain('Modern Work');
		const pricing = await call(ion, acct(ion, '/products:pricing'), {
			method: 'POST',
			token,
			body: { externalProductWithProvider: [{ provider: 'GOOGLE', externalProducts: ['1010020027'] }] },
		});
		expect(pricing.status).toBe(200);
		expect(pricing.body.plans.length).toBe(3);
		expect(pricing.body.plans[0].pricebookCurrency).toBe('USD');
		const one = await call(ion, acct(ion, '/provisionTemplates?vendor=GOOGLE&action=CREATE'), { token });
		expect(one.body.provisioningReference.id).toBe('google-create');
		expect(one.body.provisioningReference.defs.attributes.properties.name.enum).toContain('customerDomain');
		const many = await call(ion, acct(ion, '/provisionTemplates?vendor=MICROSOFT'), { token });
		expect(many.body.provisioningReferences.refs.map((t: { id: string }) => t.id)).toEqual(['microsoft-create', 'microsoft-update']);
		const byId = await call(ion, acct(ion, '/provisionTemplates/ibm-update'), { token });
		expect(byId.body.title).toBe('IBM UPDATE order');
	});
});
