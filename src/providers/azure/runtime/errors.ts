import type { PipelinePolicy } from '@azure/core-rest-pipeline';

/**
 * Classifies Azure SDK errors (RestError from old-style and modular clients, identity errors, network
 * failures) the way the retry loop and the reports need: code, message, status, Retry-After.
 */

export interface AzureErrorInfo {
  code: string;
  message: string;
  status?: number;
  /** What ARM asked us to wait before retrying (429, 503), in ms. */
  retryAfterMs?: number;
  kind: 'throttle' | 'transient' | 'timeout' | 'final';
}

/**
 * Error bodies by request. Modular clients' paging drops the parsed ARM error body from the RestError
 * it throws (only "Pagination failed with unexpected statusCode 403" remains); a pipeline policy keeps
 * the body here so the error report can say what ARM said (the action denied, the throttle window).
 */
const errorBodies = new WeakMap<object, string>();

export const errorBodyPolicy: PipelinePolicy = {
  name: 'parapetErrorBody',
  async sendRequest(request, next) {
    const response = await next(request);
    if (response.status >= 400 && response.bodyAsText) errorBodies.set(request, response.bodyAsText);
    return response;
  },
};

const NETWORK = /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ECONNABORTED|socket hang up/;

interface RestErrorLike {
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  details?: { error?: { code?: string; message?: string } };
  request?: object;
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string | null };
}

function bodyError(err: RestErrorLike): { code?: string; message?: string } {
  if (err.details?.error?.code) return err.details.error;
  const text = err.response?.bodyAsText ?? (err.request ? errorBodies.get(err.request) : undefined);
  if (!text) return {};
  try {
    return (JSON.parse(text) as { error?: { code?: string; message?: string } }).error ?? {};
  } catch {
    return {};
  }
}

export function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function classifyAzure(e: unknown): AzureErrorInfo {
  const err = (e ?? {}) as RestErrorLike;
  const status = err.statusCode;
  const body = bodyError(err);
  const rawCode = body.code ?? (err.code && err.code !== 'REQUEST_SEND_ERROR' ? err.code : undefined);
  const message = (body.message ?? err.message ?? String(e)).split('\n')[0] ?? '';
  const retryAfter = retryAfterMs(err.response?.headers?.get('retry-after'));
  const text = `${err.code ?? ''} ${err.message ?? ''}`;
  if (status === 429) return { code: rawCode ?? 'TooManyRequests', message, status, retryAfterMs: retryAfter, kind: 'throttle' };
  if (err.name === 'AbortError' || /operation was aborted|timed? ?out/i.test(err.message ?? ''))
    return { code: rawCode && rawCode !== 'ABORT_ERR' ? rawCode : 'RequestTimeout', message, status, kind: 'timeout' };
  if (status !== undefined && status >= 500 && status !== 501) return { code: rawCode ?? `Http${status}`, message, status, retryAfterMs: retryAfter, kind: 'transient' };
  if (status === undefined && NETWORK.test(text)) return { code: NETWORK.exec(text)?.[0] ?? 'NetworkError', message, kind: 'transient' };
  if (err.name === 'AuthenticationRequiredError' || err.name === 'CredentialUnavailableError' || err.name === 'AuthenticationError')
    return { code: err.name, message, status, kind: 'final' };
  return { code: rawCode ?? (status ? `Http${status}` : err.name && err.name !== 'Error' ? err.name : 'UnknownError'), message, status, kind: 'final' };
}
