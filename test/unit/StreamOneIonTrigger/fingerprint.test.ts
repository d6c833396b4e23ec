import { CUSTOMER_FIELDS, SUBSCRIPTION_FIELDS } from '../../../nodes/StreamOneIonTrigger/events';
import { difference, fingerprint, hash32 } from '../../../nodes/StreamOneIonTrigger/fingerprint';

const subscription = {
	id: '500001',
	subscriptionStatus: 'ACTIVE',
	autoRenew: true,
	renewalDate: '2027-01-15T09:00:00Z',
	subscriptionEndDate: '2027-01-15T09:00:00Z',
	ccpPlanId: 'MS-M365-E5-P1Y-ANNUAL',
	subscriptionBillingTerm: 'P1Y',
	subscriptionBillingCycle: 'ANNUAL',
	subscriptionTotalLicenses: '250',
	customerCost: 123.45, // not watched
};

describe('fingerprint of a subscription', () => {
	test('fixed-width head (status 1, auto-renew 1, renewal 6, four hashes of 3) then the seats', () => {
		const fp = fingerprint(SUBSCRIPTION_FIELDS, subscription);
		expect(fp).toHaveLength(1 + 1 + 6 + 4 * 3 + 3);
		expect(fp.endsWith('250')).toBe(true);
		expect(fp).toMatch(/^[A-Za-z0-9_.~-]+$/); // nothing JSON has to escape
	});

	test('the same watched values give the same fingerprint; unwatched fields do not count', () => {
		const a = fingerprint(SUBSCRIPTION_FIELDS, subscription);
		expect(
			fingerprint(SUBSCRIPTION_FIELDS, { ...subscription, customerCost: 1, lastUpdatedDate: 'x' }),
		).toBe(a);
		expect(difference(SUBSCRIPTION_FIELDS, a, subscription).changes).toEqual({});
	});

	test('exactly kept fields come back as previous values and as from', () => {
		const stored = fingerprint(SUBSCRIPTION_FIELDS, subscription);
		const now = {
			...subscription,
			subscriptionStatus: 'SUSPENDED',
			autoRenew: false,
			renewalDate: '2028-01-15T09:00:00Z',
			subscriptionTotalLicenses: '7',
		};
		const { changes, previous } = difference(SUBSCRIPTION_FIELDS, stored, now);
		expect(previous).toEqual({
			subscriptionStatus: 'ACTIVE',
			autoRenew: true,
			renewalDate: '2027-01-15T09:00:00Z',
			subscriptionTotalLicenses: '250',
		});
		expect(changes).toEqual({
			subscriptionStatus: { from: 'ACTIVE', to: 'SUSPENDED' },
			autoRenew: { from: true, to: false },
			renewalDate: { from: '2027-01-15T09:00:00Z', to: '2028-01-15T09:00:00Z' },
			subscriptionTotalLicenses: { from: '250', to: '7' },
		});
	});

	test('hashed fields: the change is seen, only `to` is known', () => {
		const stored = fingerprint(SUBSCRIPTION_FIELDS, subscription);
		const { changes } = difference(SUBSCRIPTION_FIELDS, stored, {
			...subscription,
			ccpPlanId: 'MS-M365-E5-P1M-MONTHLY',
		});
		expect(changes).toEqual({ ccpPlanId: { to: 'MS-M365-E5-P1M-MONTHLY' } });
	});

	test('empty, missing and odd values: seen as changes, never mistaken for each other', () => {
		const odd = {
			...subscription,
			subscriptionStatus: 'SOMETHING_NEW',
			renewalDate: 'not a date',
			subscriptionTotalLicenses: '1.5',
		};
		const stored = fingerprint(SUBSCRIPTION_FIELDS, odd);
		expect(difference(SUBSCRIPTION_FIELDS, stored, odd).changes).toEqual({});
		const { changes, previous } = difference(SUBSCRIPTION_FIELDS, stored, subscription);
		expect(changes.subscriptionStatus).toEqual({ to: 'ACTIVE' }); // an unknown status has no `from`
		expect(changes.renewalDate).toEqual({ to: subscription.renewalDate });
		expect(changes.subscriptionTotalLicenses).toEqual({ to: '250' });
		expect(previous).toEqual({ autoRenew: true });
		const empty = fingerprint(SUBSCRIPTION_FIELDS, { id: '1' });
		expect(difference(SUBSCRIPTION_FIELDS, empty, { id: '1', renewalDate: '' }).changes).toEqual(
			{},
		);
		// an empty field is known exactly, hashed or not
		const fromEmpty = difference(SUBSCRIPTION_FIELDS, empty, subscription);
		expect(Object.values(fromEmpty.previous)).toEqual(SUBSCRIPTION_FIELDS.map(() => ''));
		expect(fromEmpty.changes.ccpPlanId).toEqual({ from: '', to: subscription.ccpPlanId });
	});
});

describe('fingerprint of a customer', () => {
	const customer = {
		customerStatus: 'ACTIVE',
		customerOrganization: 'Gringotts Ltd',
		customerAddress: { street: '1 Diagon Alley', city: 'London', country: 'GB' },
		customerEmail: 'g@example.com',
	};

	test('key order inside the address does not count; a changed address does', () => {
		const stored = fingerprint(CUSTOMER_FIELDS, customer);
		const reordered = {
			...customer,
			customerAddress: { country: 'GB', city: 'London', street: '1 Diagon Alley' },
		};
		expect(fingerprint(CUSTOMER_FIELDS, reordered)).toBe(stored);
		const moved = { ...customer, customerAddress: { ...customer.customerAddress, city: 'Leeds' } };
		expect(difference(CUSTOMER_FIELDS, stored, moved).changes).toEqual({
			customerAddress: { to: moved.customerAddress },
		});
	});
});

describe('hash32', () => {
	test('FNV-1a reference values', () => {
		expect(hash32('')).toBe(0x811c9dc5);
		expect(hash32('a')).toBe(0xe40c292c);
		expect(hash32('foobar')).toBe(0xbf9cf968);
	});
});
