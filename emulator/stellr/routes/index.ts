// The 35 Stellr endpoints of the 36 actions (the 36th, API Request, is any of these).
import type { RouteTable } from '../router';
import { accountRoutes } from './accounts';
import { billingRoutes } from './billing';
import { catalogueRoutes } from './catalogue';
import { customerRoutes } from './customers';
import { subscriptionRoutes } from './subscriptions';

export const STELLR_ROUTES: RouteTable = {
	...customerRoutes,
	...catalogueRoutes,
	...subscriptionRoutes,
	...billingRoutes,
	...accountRoutes,
};
