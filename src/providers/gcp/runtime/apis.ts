/**
 * The `googleapis` clients of a scan, one per API, built once and shared by every collector and project:
 * auth from the runtime, retries off (the runtime retries through its limiter), a per-request timeout, and
 * the API's root URL — Google's default, or a custom endpoint (the simulator, Private Service Connect,
 * a sovereign cloud).
 *
 * A custom endpoint is either a template with `{api}` (`https://{api}-myvpc.p.googleapis.com/`) or a base
 * URL under which each API has its own root (`http://127.0.0.1:8085` → `http://127.0.0.1:8085/storage/`,
 * the simulator's layout). It is passed as each call's `rootUrl` option, which googleapis prefixes to the
 * API's path (`<root>/storage/v1/b`); the client-wide `rootUrl` option would instead replace the root's
 * own path, losing the `/<api>/` part.
 */
import { createRequire } from 'node:module';
import type { AuthClient } from 'google-auth-library';
import type { GcpApis } from '../collector.js';
import { ToolError } from '../../aws/runtime/tool-error.js';

type Ctor = new (options: Record<string, unknown>) => unknown;

/** googleapis' API modules are CommonJS: required on first use (one API's code is megabytes), synchronously. */
const require = createRequire(import.meta.url);
const load = (path: string, ns: string, cls: string) => (): Ctor => (require(`googleapis/build/src/apis/${path}.js`) as Record<string, Record<string, Ctor>>)[ns]![cls]!;

/** Each client's module and its root on a custom endpoint. */
const API_MODULES: { [K in keyof GcpApis]: { root: string; load(): Ctor } } = {
  storage: { root: 'storage', load: load('storage/v1', 'storage_v1', 'Storage') },
  compute: { root: 'compute', load: load('compute/v1', 'compute_v1', 'Compute') },
  sqladmin: { root: 'sqladmin', load: load('sqladmin/v1', 'sqladmin_v1', 'Sqladmin') },
  iam: { root: 'iam', load: load('iam/v1', 'iam_v1', 'Iam') },
  cloudresourcemanager: { root: 'cloudresourcemanager', load: load('cloudresourcemanager/v3', 'cloudresourcemanager_v3', 'Cloudresourcemanager') },
  // v1 and v3 share the API's host, so they share its root too.
  cloudresourcemanagerV1: { root: 'cloudresourcemanager', load: load('cloudresourcemanager/v1', 'cloudresourcemanager_v1', 'Cloudresourcemanager') },
  logging: { root: 'logging', load: load('logging/v2', 'logging_v2', 'Logging') },
  monitoring: { root: 'monitoring', load: load('monitoring/v3', 'monitoring_v3', 'Monitoring') },
  cloudkms: { root: 'cloudkms', load: load('cloudkms/v1', 'cloudkms_v1', 'Cloudkms') },
  dns: { root: 'dns', load: load('dns/v1', 'dns_v1', 'Dns') },
  container: { root: 'container', load: load('container/v1', 'container_v1', 'Container') },
  bigquery: { root: 'bigquery', load: load('bigquery/v2', 'bigquery_v2', 'Bigquery') },
};

export const GCP_API_NAMES = Object.keys(API_MODULES) as Array<keyof GcpApis>;

/** The root URL of one API on a custom endpoint, or undefined for Google's default. */
export function rootUrlFor(endpoint: string | undefined, api: string): string | undefined {
  if (!endpoint) return undefined;
  if (endpoint.includes('{api}')) return endpoint.replaceAll('{api}', api);
  return `${endpoint.replace(/\/+$/, '')}/${api}/`;
}

/** The simulator root name of an API (`cloudresourcemanagerV1` is served under `cloudresourcemanager`). */
export function apiRoot(name: keyof GcpApis): string {
  return API_MODULES[name].root;
}

/** Wraps a client so every method call carries `{ rootUrl }` in its per-call options. */
function withRootUrl<T extends object>(client: T, rootUrl: string): T {
  const cache = new WeakMap<object, unknown>();
  const wrap = (obj: object): unknown => {
    const hit = cache.get(obj);
    if (hit) return hit;
    const proxy = new Proxy(obj, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (prop === 'context') return v;
        if (typeof v === 'function') return (params?: unknown, options?: Record<string, unknown>) => (v as (...a: unknown[]) => unknown).call(target, params ?? {}, { rootUrl, ...options });
        if (v && typeof v === 'object') return wrap(v);
        return v;
      },
    });
    cache.set(obj, proxy);
    return proxy;
  };
  return wrap(client) as T;
}

export interface GcpApiSettings {
  auth: AuthClient;
  endpoint?: string;
  requestTimeoutMs: number;
}

export class GcpApiFactory {
  private readonly clients = new Map<keyof GcpApis, unknown>();

  constructor(private readonly settings: GcpApiSettings) {}

  get<K extends keyof GcpApis>(name: K): GcpApis[K] {
    let c = this.clients.get(name);
    if (!c) {
      const mod = API_MODULES[name];
      if (!mod) throw new ToolError(`internal: no googleapis client for the ${String(name)} API`);
      const Client = mod.load();
      const client = new Client({ auth: this.settings.auth, retry: false, timeout: this.settings.requestTimeoutMs }) as object;
      const root = rootUrlFor(this.settings.endpoint, mod.root);
      c = root ? withRootUrl(client, root) : client;
      this.clients.set(name, c);
    }
    return c as GcpApis[K];
  }
}
