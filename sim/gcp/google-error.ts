/** Google's JSON error envelope, as every REST API on googleapis.com answers errors. */
import { GcpSimError } from './service.js';

export interface GoogleErrorBody {
  error: { code: number; message: string; status: string; errors: Array<{ reason: string; domain: string; message: string }> };
}

/** Legacy `errors[].reason` for a canonical status, when the thrower gave none. */
const REASONS: Record<string, string> = {
  PERMISSION_DENIED: 'forbidden',
  NOT_FOUND: 'notFound',
  RESOURCE_EXHAUSTED: 'rateLimitExceeded',
  UNAUTHENTICATED: 'authError',
  INVALID_ARGUMENT: 'invalid',
  INTERNAL: 'backendError',
  UNAVAILABLE: 'backendError',
};

export function googleError(status: number, statusName: string, message: string, reason?: string, domain = 'global'): GoogleErrorBody {
  const r = reason ?? REASONS[statusName] ?? 'unknown';
  return { error: { code: status, message, status: statusName, errors: [{ reason: r, domain, message }] } };
}

export function fromSimError(e: GcpSimError): GoogleErrorBody {
  return googleError(e.status, e.statusName, e.message, e.reason);
}

export const notFound = (what: string): GcpSimError => new GcpSimError(404, 'NOT_FOUND', `The resource '${what}' was not found`, 'notFound');
