/**
 * The AWS simulator: a loopback HTTP server speaking AWS's wire protocols so unmodified AWS SDK v3 clients
 * (and other AWS tools) run against an estate. `startSimulator({ estate })` → endpoint + credentials.
 */
import { Connections } from '../connections.js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Engine, type SimStats } from './engine.js';
import type { Estate, FaultSpec } from './estate.js';
import type { WireRequest } from './protocols/types.js';
import type { SimService } from './service.js';

export type { SimStats } from './engine.js';

export interface SimulatorOptions {
  estate: Estate;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Services to serve (default: the registry in services/index.ts). */
  services?: SimService[];
  /** Load every service's SDK model before answering (default: on first use). */
  preload?: boolean;
}

export interface Simulator {
  endpoint: string;
  /** AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION. */
  env: Record<string, string>;
  credentials: { accessKeyId: string; secretAccessKey: string };
  stats(): SimStats;
  resetStats(): void;
  setFaults(f: FaultSpec[]): void;
  close(): Promise<void>;
}


function hostOf(header: string | undefined): string {
  if (!header) return '';
  const h = header.toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const i = h.lastIndexOf(':');
  return i >= 0 ? h.slice(0, i) : h;
}

function toWire(req: http.IncomingMessage, body: Buffer): WireRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return {
    method: req.method ?? 'GET',
    path: q >= 0 ? url.slice(0, q) : url,
    query: new URLSearchParams(q >= 0 ? url.slice(q + 1) : ''),
    headers: req.headers,
    body,
    host: hostOf(req.headers.host),
  };
}

export async function startSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const services = opts.services ?? (await import('./services/index.js')).defaultServices;
  const engine = new Engine(opts.estate, services);
  if (opts.preload) await engine.preload();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      engine.handle(toWire(req, body)).then(
        (out) => {
          if ('hold' in out) {
            connections.hold(res);
            return;
          }
          if (res.destroyed) return;
          const payload = typeof out.body === 'string' ? Buffer.from(out.body, 'utf8') : out.body;
          res.writeHead(out.status, { ...out.headers, 'content-length': String(payload.byteLength) });
          res.end(payload);
        },
        (err: unknown) => {
          if (res.destroyed) return;
          const msg = `simulator error: ${(err as Error)?.message ?? String(err)}`;
          res.writeHead(500, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(msg)) });
          res.end(msg);
        },
      );
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 0;
  const connections = new Connections(server);

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const creds = engine.credentials.primary;
  const credentials = { accessKeyId: creds?.accessKeyId ?? '', secretAccessKey: creds?.secretAccessKey ?? '' };
  const first = opts.estate.accounts.find((a) => a.id === creds?.account) ?? opts.estate.accounts[0];
  const region = first?.regions[0] ?? 'us-east-1';

  return {
    endpoint,
    credentials,
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_REGION: region,
    },
    stats: () => engine.stats(),
    resetStats: () => engine.resetStats(),
    setFaults: (f) => engine.setFaults(f),
    close: () => connections.close(),
  };
}
