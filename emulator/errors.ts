// Ion's error body: {"error": "NOT_FOUND", "message": "...", "code": 404, "details": [{"@type": ..., "requestId": ...}]}

export class IonError extends Error {
	constructor(
		readonly status: number,
		readonly error: string,
		message: string,
		readonly extraDetails: Record<string, unknown> = {},
	) {
		super(message);
	}
}

export function ionErrorBody(status: number, error: string, message: string, requestId: string, extra: Record<string, unknown> = {}) {
	return {
		error,
		message,
		code: status,
		details: [{ '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId, ...extra }],
	};
}

export const notFound = (resource: string) => new IonError(404, 'NOT_FOUND', `resource '${resource}' not found`);
export const invalidArgument = (message: string, extra: Record<string, unknown> = {}) =>
	new IonError(400, 'INVALID_ARGUMENT', message, extra);
