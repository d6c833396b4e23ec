import type { INodeProperties } from 'n8n-workflow';

import { agreementParameters } from './common';

export const description: INodeProperties[] = [...agreementParameters];
