/**
 * How every Azure SDK client (ARM clients and the credential's own HTTP client) is built: the ARM
 * endpoint and token audience (public or sovereign cloud, or the simulator), TLS trust for a private CA
 * passed per client (never a process-wide switch), SDK retries off (the runtime paces and retries), and
 * a per-request timeout.
 */
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { AzureClientOptions } from '../collector.js';
import { errorBodyPolicy } from './errors.js';

export const PUBLIC_ARM_ENDPOINT = 'https://management.azure.com';
export const PUBLIC_AUTHORITY_HOST = 'https://login.microsoftonline.com';

export interface AzureConnection {
  /** ARM base URL (default the public cloud's). */
  endpoint?: string;
  /** PEM of a CA to trust in addition to none: replaces the default trust store for these clients. */
  ca?: string;
  requestTimeoutMs?: number;
}

/** The token audience of an ARM endpoint: `https://management.azure.com/.default`. */
export function armScope(endpoint: string): string {
  return `${new URL(endpoint).origin}/.default`;
}

/**
 * A per-request timeout through an abort signal whose timer is cleared when the request settles. (The
 * pipeline's own `request.timeout` leaves its timer running after a failed connection, which holds the
 * process open for the whole timeout.)
 */
function timeoutPolicy(ms: number): PipelinePolicy {
  return {
    name: 'parapetRequestTimeout',
    async sendRequest(request, next) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), ms);
      const upstream = request.abortSignal;
      const follow = () => controller.abort();
      if (upstream?.aborted) controller.abort();
      else upstream?.addEventListener('abort', follow);
      request.abortSignal = controller.signal;
      try {
        return await next(request);
      } finally {
        clearTimeout(timer);
        upstream?.removeEventListener('abort', follow);
        request.abortSignal = upstream;
      }
    },
  };
}

/** Options shared by ARM clients and credentials: TLS, retries, timeout. */
export function pipelineOptions(conn: AzureConnection): Record<string, unknown> {
  return {
    retryOptions: { maxRetries: 0 },
    ...(conn.ca ? { tlsOptions: { ca: conn.ca } } : {}),
    additionalPolicies: [
      { policy: timeoutPolicy(conn.requestTimeoutMs ?? 30_000), position: 'perCall' },
      { policy: errorBodyPolicy, position: 'perRetry' },
    ],
  };
}

/** Options for `new XxxManagementClient(credential, subscriptionId, options)`, old-style and modular clients alike. */
export function armClientOptions(conn: AzureConnection): AzureClientOptions {
  const endpoint = (conn.endpoint ?? PUBLIC_ARM_ENDPOINT).replace(/\/+$/, '');
  const scope = armScope(endpoint);
  return {
    ...pipelineOptions(conn),
    endpoint,
    // Some old-style clients (management groups) build URLs from `$host` instead of `endpoint`.
    $host: endpoint,
    // Old-style clients read `credentialScopes`, modular ones `credentials.scopes`.
    credentialScopes: [scope],
    credentials: { scopes: [scope] },
  };
}
