import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { cartIdParameter } from './common';

/** Cart > Get: one cart with its status and number of items. */
export const description: INodeProperties[] = [customerLocator, cartIdParameter];
