// All route handlers, keyed 'METHOD /spec/path/{template}' (the operationId the spec quirks assign).
import type { RouteTable } from '../context';
import { cartRoutes } from './carts';
import { customerRoutes } from './customers';
import { orderRoutes } from './orders';
import { productRoutes } from './products';
import { programRoutes } from './programs';
import { reportRoutes } from './reports';
import { subscriptionRoutes } from './subscriptions';
import { templateRoutes } from './templates';

export const ROUTES: RouteTable = {
	...customerRoutes,
	...subscriptionRoutes,
	...orderRoutes,
	...productRoutes,
	...programRoutes,
	...templateRoutes,
	...cartRoutes,
	...reportRoutes,
};

export { provisioningErrorBody } from './orders';
