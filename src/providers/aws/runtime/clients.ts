import http from 'node:http';
import https from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export interface ClientSettings {
  credentials: AwsCredentialIdentityProvider;
  /** Custom endpoint for every service (sovereign/private endpoints, the simulator). */
  endpoint?: string;
  /** Per-request timeout. */
  requestTimeoutMs: number;
}

/**
 * S3 Control's endpoint rules put the account id in front of the host (`111122223333.host`), which breaks
 * a custom endpoint given as an IP address or a single host name: there the endpoint is used as given.
 */
function customEndpointQuirks(client: string, endpoint: string): Record<string, unknown> {
  if (client !== 'S3ControlClient') return {};
  const url = new URL(endpoint);
  return { endpointProvider: () => ({ url }) };
}

/** One keep-alive agent for the whole scan: sockets are reused across clients, accounts and regions. */
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 512 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 512 }),
};

/**
 * Makes SDK clients for one account, cached per (client class, region). SDK retries are off: the runtime
 * retries through the shared limiter instead, so all calls to one account-region-service share one budget.
 */
export class ClientFactory {
  private readonly cache = new Map<string, unknown>();
  private readonly handler: NodeHttpHandler;

  constructor(private readonly settings: ClientSettings) {
    this.handler = new NodeHttpHandler({
      httpAgent: agents.http,
      httpsAgent: agents.https,
      connectionTimeout: 5_000,
      requestTimeout: settings.requestTimeoutMs,
      // Without this the handler only warns on a timeout and the call hangs until the server answers.
      throwOnRequestTimeout: true,
    });
  }

  get<C>(ctor: new (config: any) => C, region: string): C {
    const key = `${ctor.name}|${region}`;
    let c = this.cache.get(key) as C | undefined;
    if (!c) {
      const custom = this.settings.endpoint;
      c = new ctor({
        region,
        credentials: this.settings.credentials,
        maxAttempts: 1,
        requestHandler: this.handler,
        // Resolve each command's middleware stack once per client instead of on every call.
        cacheMiddleware: true,
        // Reads only: no CRC32 over request bodies, no checksum validation of (read-only, small) responses.
        ...(ctor.name === 'S3Client' ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
        ...(custom ? { endpoint: custom, forcePathStyle: true, disableHostPrefix: true, ...customEndpointQuirks(ctor.name, custom) } : {}),
      });
      this.cache.set(key, c);
    }
    return c;
  }
}
