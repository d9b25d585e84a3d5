/**
 * The GCP simulator: a loopback HTTP server speaking Google Cloud's REST APIs so the unmodified
 * `googleapis` clients and google-auth-library run against an estate. Each API is served under its own
 * root, `${endpoint}/<api>/`; the OAuth token endpoint is `${endpoint}/token`, and a service-account key
 * generated at start (`keyFile`, whose `token_uri` points here) is the credential to scan with.
 */
import { Connections } from '../connections.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Estate, FaultSpec } from '../aws/estate.js';
import { GcpEngine, type GcpSimStats, type GcpWireRequest } from './engine.js';
import type { GcpSimService } from './service.js';
import { TokenIssuer, type ServiceAccountKeyFile } from './token.js';

export type { GcpSimStats } from './engine.js';
export type { ServiceAccountKeyFile } from './token.js';

export interface GcpSimulatorOptions {
  /** Uses `estate.gcp`, `estate.faults` and `estate.settings`. */
  estate: Estate;
  /** 0 (default) picks a free port. */
  port?: number;
  /** APIs to serve (default: the registry in services/index.ts). */
  services?: GcpSimService[];
}

export interface GcpSimulator {
  /** `http://127.0.0.1:PORT` */
  endpoint: string;
  /** The root URL of one API: `${endpoint}/${api}/`. */
  rootUrl(api: string): string;
  tokenUri: string;
  /** A service-account key (JSON object) the simulator accepts; its `token_uri` is `tokenUri`. */
  keyFile: ServiceAccountKeyFile;
  /** `GOOGLE_APPLICATION_CREDENTIALS` (the key written to a temporary file) and `PARAPET_GCP_ENDPOINT`. */
  env: Record<string, string>;
  stats(): GcpSimStats;
  resetStats(): void;
  setFaults(f: FaultSpec[]): void;
  close(): Promise<void>;
}


export const SIM_SCANNER_ACCOUNT = 'parapet-scanner';

export async function startGcpSimulator(opts: GcpSimulatorOptions): Promise<GcpSimulator> {
  const services = opts.services ?? (await import('./services/index.js')).gcpSimServices;
  const issuer = new TokenIssuer();
  for (const sa of opts.estate.gcp?.serviceAccounts ?? []) issuer.addKey(sa.clientEmail, sa.privateKeyId, sa.publicKeyPem);
  let tokenUri = '';
  const engine = new GcpEngine(opts.estate, services, issuer, () => tokenUri);

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://sim');
      const wire: GcpWireRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks) };
      connections.replyWith(res, engine.handle(wire),
        (message) => JSON.stringify({ error: { code: 500, message, status: 'INTERNAL', errors: [{ reason: 'backendError', domain: 'global', message: 'simulator error' }] } }),
      );
    });
  });
  server.keepAliveTimeout = 65_000;
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
  const endpoint = `http://127.0.0.1:${port}`;
  tokenUri = `${endpoint}/token`;
  const home = opts.estate.gcp?.projects[0]?.projectId ?? 'parapet-sim';
  const keyFile = issuer.generateKey(`${SIM_SCANNER_ACCOUNT}@${home}.iam.gserviceaccount.com`, home, tokenUri);
  const dir = mkdtempSync(join(tmpdir(), 'parapet-gcp-sim-'));
  const keyPath = join(dir, 'key.json');
  writeFileSync(keyPath, JSON.stringify(keyFile, null, 2), { mode: 0o600 });

  return {
    endpoint,
    rootUrl: (api) => `${endpoint}/${api}/`,
    tokenUri,
    keyFile,
    env: { GOOGLE_APPLICATION_CREDENTIALS: keyPath, PARAPET_GCP_ENDPOINT: endpoint },
    stats: () => engine.stats(),
    resetStats: () => engine.resetStats(),
    setFaults: (f) => engine.setFaults(f),
    close: () => {
      rmSync(dir, { recursive: true, force: true });
      return connections.close();
    },
  };
}
