import type { INodeProperties } from 'n8n-workflow';

import { productLocator } from './common';

/*
 * Product > Enable / Disable (Ion's catalogue administration, `POST .../products/{id}:enable`
 * and `:disable`). The spec's Catalog section calls it "toggling visibility on UI": it makes a
 * product visible and orderable in your Ion catalogue or hides it. It buys, cancels and bills
 * nothing, and existing subscriptions of the product are not touched (the spec names no effect
 * on them). A POST, so it is not resent after a server error (Ion's answer to a repeated
 * enable is not documented); the hint says how to check.
 */

export function toggleUnknownOutcomeHint(state: 'enabled' | 'disabled'): string {
	return `Check with Product > Get whether the product is now ${state} (its "disabled" field) before sending it again.`;
}

/** Product > Enable: makes the product visible and orderable in your Ion catalogue. */
export const description: INodeProperties[] = [productLocator];
