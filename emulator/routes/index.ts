// All route handlers, keyed 'METHOD /spec/path/{template}' (the operationId the spec quirks assign).
import type { RouteTable } from '../context';
import { customerRoutes } from './customers';
import { subscriptionRoutes } from './subscriptions';

export const ROUTES: RouteTable = {
	...customerRoutes,
	...subscriptionRoutes,
};
