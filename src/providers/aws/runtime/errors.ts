/** Classifies SDK errors the way the retry loop and reports need. */

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

export interface ErrorInfo {
  code: string;
  message: string;
  status?: number;
  kind: 'throttle' | 'transient' | 'timeout' | 'final';
}

export function classify(e: unknown): ErrorInfo {
  const err = e as { name?: string; Code?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  const status = err?.$metadata?.httpStatusCode;
  const code = err?.Code ?? (err?.name && err.name !== 'Error' ? err.name : undefined) ?? err?.code ?? 'UnknownError';
  const message = (err?.message ?? String(e)).split('\n')[0] ?? '';
  if (THROTTLING.has(code) || status === 429) return { code, message, status, kind: 'throttle' };
  if (code === 'TimeoutError' || code === 'RequestTimeout' || code === 'AbortError' || /timed? ?out/i.test(message))
    return { code: code === 'UnknownError' ? 'TimeoutError' : code, message, status, kind: 'timeout' };
  // 501 Not Implemented will not change on retry.
  if (status === 501 || code === 'NotImplemented') return { code, message, status, kind: 'final' };
  if ((status !== undefined && status >= 500) || TRANSIENT_NETWORK.has(err?.code ?? '') || code === 'InternalError' || code === 'ServiceUnavailable')
    return { code, message, status, kind: 'transient' };
  return { code, message, status, kind: 'final' };
}

/** Whether an error means the credentials are unusable (no point calling further in that account). */
export function isCredentialError(code: string): boolean {
  return ['InvalidClientTokenId', 'UnrecognizedClientException', 'ExpiredToken', 'ExpiredTokenException', 'AuthFailure', 'InvalidAccessKeyId', 'CredentialsProviderError', 'SignatureDoesNotMatch'].includes(code);
}
