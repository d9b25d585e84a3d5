/**
 * Classifies errors from googleapis / gaxios the way the retry loop and reports need. Google's error JSON
 * (`{ error: { code, message, status, errors: [{ reason }] } }`) gives the code: the legacy reason when
 * there is one (`forbidden`, `notFound`, `rateLimitExceeded`), else the canonical status
 * (`PERMISSION_DENIED`); OAuth errors (`{ error: 'invalid_grant', error_description }`) give theirs.
 */
import type { ErrorInfo } from '../../aws/runtime/errors.js';

export type { ErrorInfo };

/** Reasons that mean "slow down" (Compute answers 403 rateLimitExceeded; newer APIs 429 RESOURCE_EXHAUSTED). */
const THROTTLE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'RATE_LIMIT_EXCEEDED', 'RESOURCE_EXHAUSTED']);
const TRANSIENT_REASONS = new Set(['backendError', 'internalError', 'INTERNAL', 'UNAVAILABLE']);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);

interface GoogleErrorShape {
  name?: string;
  code?: string | number;
  message?: string;
  status?: number;
  cause?: { code?: string; message?: string };
  response?: { status?: number; data?: unknown };
}

export interface GcpErrorInfo extends ErrorInfo {
  /** Both names Google gives the error (reason and status), for `absentOn` matching. */
  names: string[];
}

export function classifyGcp(e: unknown): GcpErrorInfo {
  const err = (e ?? {}) as GoogleErrorShape;
  const status = err.response?.status ?? (typeof err.status === 'number' ? err.status : undefined);
  const data = err.response?.data as { error?: unknown; error_description?: string } | undefined;
  const body = data?.error;
  let reason: string | undefined;
  let statusName: string | undefined;
  let message = (err.message ?? String(e)).split('\n')[0] ?? '';
  if (body && typeof body === 'object') {
    const g = body as { message?: string; status?: string; errors?: Array<{ reason?: string }> };
    reason = g.errors?.[0]?.reason;
    statusName = g.status;
    if (g.message) message = g.message;
  } else if (typeof body === 'string') {
    reason = body;
    if (data?.error_description) message = `${body}: ${data.error_description}`;
  }
  const netCode = typeof err.code === 'string' && NETWORK.has(err.code) ? err.code : err.cause?.code && NETWORK.has(err.cause.code) ? err.cause.code : undefined;
  const code = reason ?? statusName ?? netCode ?? (err.name && err.name !== 'Error' && err.name !== 'GaxiosError' ? err.name : undefined) ?? (status ? `HTTP${status}` : 'UnknownError');
  const names = [reason, statusName].filter((x): x is string => typeof x === 'string');
  if (status === 429 || THROTTLE_REASONS.has(reason ?? '') || statusName === 'RESOURCE_EXHAUSTED') return { code, message, status, kind: 'throttle', names };
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || /timed? ?out|timeout/i.test(message)) return { code: code === 'UnknownError' ? 'TimeoutError' : code, message, status, kind: 'timeout', names };
  if (status === 501) return { code, message, status, kind: 'final', names };
  if ((status !== undefined && status >= 500) || netCode || TRANSIENT_REASONS.has(reason ?? statusName ?? '')) return { code, message, status, kind: 'transient', names };
  return { code, message, status, kind: 'final', names };
}
