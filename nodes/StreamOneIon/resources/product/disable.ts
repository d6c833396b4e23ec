import type { INodeProperties } from 'n8n-workflow';

import { productLocator } from './common';

/** Product > Disable: hides the product from your Ion catalogue (see enable.ts). */
export const description: INodeProperties[] = [productLocator];
