/**
 * The Azure simulator: one loopback HTTPS server that is both the Entra authority (client-credentials
 * tokens) and Azure Resource Manager, so unmodified `@azure/identity` and `@azure/arm-*` clients run
 * against an estate's `azure:` part. `startAzureSimulator({ estate })` → endpoint, credentials, CA.
 */
import { Connections } from '../connections.js';
import { writeFile } from 'node:fs/promises';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Estate, FaultSpec } from '../aws/estate.js';
import { AzureEngine, type AzureSimStats } from './engine.js';
import type { AzureSimService } from './service.js';
import { makeCertificate } from './tls.js';

export type { AzureSimStats } from './engine.js';

export interface AzureSimulatorOptions {
  /** Uses `estate.azure`, `estate.faults` and `estate.settings`. */
  estate: Estate;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Services to serve (default: the registry in services/index.ts). */
  services?: AzureSimService[];
  /** Overrides every list route's page size (paging tests). */
  pageSize?: number;
  /** Also write the certificate's PEM here (for `--ca-file` / PARAPET_AZURE_CA_FILE). */
  caFile?: string;
}

export interface AzureSimulator {
  /** ARM base URL: `https://127.0.0.1:PORT`. */
  endpoint: string;
  /** Entra authority host (the same server). */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** PEM of the self-signed certificate to trust. */
  ca: string;
  /** AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_AUTHORITY_HOST, PARAPET_AZURE_ENDPOINT, PARAPET_AZURE_CA (PEM), PARAPET_AZURE_CA_FILE (with `caFile`). */
  env: Record<string, string>;
  stats(): AzureSimStats;
  resetStats(): void;
  setFaults(f: FaultSpec[]): void;
  close(): Promise<void>;
}


export async function startAzureSimulator(opts: AzureSimulatorOptions): Promise<AzureSimulator> {
  const azure = opts.estate.azure;
  if (!azure) throw new Error('startAzureSimulator: the estate has no azure: section');
  const caller = azure.clients[0];
  if (!caller) throw new Error('startAzureSimulator: azure.clients is empty (the simulator needs a service principal)');
  const services = opts.services ?? (await import('./services/index.js')).azureSimServices;
  const engine = new AzureEngine(opts.estate, services, { pageSize: opts.pageSize });
  const tls = await makeCertificate();
  if (opts.caFile) await writeFile(opts.caFile, tls.cert, 'utf8');
  let base = '';

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      connections.replyWith(res, engine.handle({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks), base }),
        (message) => JSON.stringify({ error: { code: 'InternalServerError', message } }),
      );
    });
  };

  const server = https.createServer({ cert: tls.cert, key: tls.key }, onRequest);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 0;
  const connections = new Connections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  base = `https://127.0.0.1:${port}`;

  return {
    endpoint: base,
    authorityHost: base,
    tenantId: azure.tenantId,
    clientId: caller.clientId,
    clientSecret: caller.clientSecret,
    ca: tls.cert,
    env: {
      AZURE_TENANT_ID: azure.tenantId,
      AZURE_CLIENT_ID: caller.clientId,
      AZURE_CLIENT_SECRET: caller.clientSecret,
      AZURE_AUTHORITY_HOST: base,
      PARAPET_AZURE_ENDPOINT: base,
      PARAPET_AZURE_CA: tls.cert,
      ...(opts.caFile ? { PARAPET_AZURE_CA_FILE: opts.caFile } : {}),
    },
    stats: () => engine.stats(),
    resetStats: () => engine.resetStats(),
    setFaults: (f) => engine.setFaults(f),
    close: () => connections.close(),
  };
}
