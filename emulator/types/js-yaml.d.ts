// Minimal typing for js-yaml (installed with openapi-backend's ref parser; no @types package in the tree).
declare module 'js-yaml' {
	export function load(input: string, options?: Record<string, unknown>): unknown;
}
