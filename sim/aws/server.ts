/**
 * The AWS simulator: a loopback HTTP server speaking AWS's wire protocols so unmodified AWS SDK v3 clients
 * (and other AWS tools) run against an estate. `startSimulator({ estate })` → endpoint + credentials.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
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

/** How long a `timeout` fault holds a request before dropping the connection. */
const HOLD_MS = 5 * 60 * 1000;

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
  const held = new Map<http.ServerResponse, NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      engine.handle(toWire(req, body)).then(
        (out) => {
          if ('hold' in out) {
            const timer = setTimeout(() => {
              held.delete(res);
              res.destroy();
            }, HOLD_MS);
            held.set(res, timer);
            res.on('close', () => {
              clearTimeout(timer);
              held.delete(res);
            });
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
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

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

  let closed: Promise<void> | undefined;
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
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const [res, timer] of held) {
          clearTimeout(timer);
          res.destroy();
        }
        held.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
      return closed;
    },
  };
}
