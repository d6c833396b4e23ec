// Path templates of the Stellr emulator: 'GET /api/v1/cloud/customers/{customerNo}' -> handler.
import type { Query } from '../context';
import type { Rng } from '../prng';
import type { Result } from './envelope';
import type { Operations } from './operations';
import type { StellrStore } from './store';

export interface Ctx {
	method: string;
	path: string;
	params: Record<string, string>;
	query: Query;
	body: unknown;
	store: StellrStore;
	ops: Operations;
	rng: Rng;
	now: () => number;
	requestId: string;
	maxPageSize: number;
}

export type Handler = (ctx: Ctx) => Result;

/** route key 'METHOD /path/{template}' -> handler */
export type RouteTable = Record<string, Handler>;

interface Compiled {
	key: string;
	method: string;
	regex: RegExp;
	names: string[];
	handler: Handler;
}

export type Match =
	| { kind: 'found'; key: string; params: Record<string, string>; handler: Handler }
	| { kind: 'method'; allowed: string[] }
	| { kind: 'none' };

export class Router {
	private readonly routes: Compiled[];

	constructor(table: RouteTable) {
		this.routes = Object.entries(table).map(([key, handler]) => {
			const [method, template] = key.split(' ');
			const names: string[] = [];
			const pattern = template
				.split('/')
				.map((segment) => {
					const m = /^\{(\w+)\}$/.exec(segment);
					if (!m) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
					names.push(m[1]);
					return '([^/]+)';
				})
				.join('/');
			return { key, method, regex: new RegExp(`^${pattern}/?$`), names, handler };
		});
		// literal segments win over parameters: /subscriptions/transfer before /subscriptions/{id}
		this.routes.sort((a, b) => a.names.length - b.names.length);
	}

	get keys(): string[] {
		return this.routes.map((r) => r.key);
	}

	match(method: string, path: string): Match {
		const allowed: string[] = [];
		for (const route of this.routes) {
			const m = route.regex.exec(path);
			if (!m) continue;
			if (route.method !== method) {
				allowed.push(route.method);
				continue;
			}
			const params: Record<string, string> = {};
			route.names.forEach((name, i) => {
				params[name] = safeDecode(m[i + 1]);
			});
			return { kind: 'found', key: route.key, params, handler: route.handler };
		}
		return allowed.length ? { kind: 'method', allowed } : { kind: 'none' };
	}
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
