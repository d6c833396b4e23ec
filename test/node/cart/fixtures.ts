// Carts prepared in the emulator for the Cart and Cart Item tests, through its API (test code).
import type { Emulator } from '../../../emulator';
import { call, login } from '../../emulator/helpers';

export const AWS_PLAN = 'AWS-EC-P1M-MONTHLY';
export const SOPHOS_PLAN = 'SOPHOS-MDR-COMPLETE-P1M-MONTHLY';

/** The first customer of the demo tenant. */
export function firstCustomer(ion: Emulator): string {
	return [...ion.store.customers.keys()][0];
}

/** A cart of `customerId` with one item per plan (quantity 2); returns the cart and item IDs. */
export async function seedCart(
	ion: Emulator,
	customerId: string,
	plans: string[] = [AWS_PLAN],
	cart: Record<string, unknown> = { status: 'OPEN', cartDisplayName: 'Seeded' },
): Promise<{ cartId: string; itemIds: string[] }> {
	const token = await login(ion);
	const created = await call(ion, `/api/v3/customers/${customerId}/carts`, {
		method: 'POST',
		token,
		body: cart,
	});
	const cartId = String(created.body.name).split('/').pop() as string;
	const itemIds: string[] = [];
	for (const planName of plans) {
		const item = await call(ion, `/api/v3/customers/${customerId}/carts/${cartId}/cartItems`, {
			method: 'POST',
			token,
			body: { planName, quantity: 2 },
		});
		itemIds.push(String(item.body.name).split('/').pop() as string);
	}
	ion.reset();
	return { cartId, itemIds };
}
