import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { additionalQuery } from '../../shared/parameters';

export const description: INodeProperties[] = [...returnAllAndLimit, additionalQuery];
