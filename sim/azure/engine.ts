/**
 * The ARM request pipeline: Entra token requests first, then bearer check, route, `api-version`,
 * subscription, rate limits, faults, latency, the handler, and ARM's answer (`{ value, nextLink }` pages,
 * `{ error: { code, message } }` failures). Transport-free: server.ts feeds it HTTPS requests.
 */
import { randomUUID } from 'node:crypto';
import type { Estate, FaultSpec } from '../aws/estate.js';
import { FaultInjector } from '../aws/faults.js';
import { Entra } from './entra.js';
import type { AzureEstate, AzureSubscriptionEstate } from './estate.js';
import { ArmRateLimiter, type AzureBucketStats } from './rate-limiter.js';
import { actionOf, compileRoutes, matchRoute, type CompiledRoute } from './routes.js';
import { AzureSimError, type AzureSimContext, type AzureSimService } from './service.js';

export interface AzureRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** `https://host:port`, for absolute links (nextLink, OpenID endpoints). */
  base: string;
}

export interface AzureResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type AzureOutcome = AzureResponse | { hold: true };

export interface AzureSimStats {
  calls: number;
  throttled: number;
  faults: number;
  tokens: number;
  /** By route operation (`Microsoft.Storage/storageAccounts.list`). */
  byOperation: Record<string, number>;
  buckets: AzureBucketStats[];
  floorSeconds: number;
}

export interface EngineOptions {
  /** Overrides every list route's page size (tests of paging). */
  pageSize?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const GUID = /\/subscriptions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

export class AzureEngine {
  readonly entra: Entra;
  private readonly routes: CompiledRoute[];
  private readonly faults: FaultInjector;
  private readonly limiter = new ArmRateLimiter();
  private counters = { calls: 0, throttled: 0, faults: 0, tokens: 0 };
  private byOperation: Record<string, number> = Object.create(null);
  readonly azure: AzureEstate;

  constructor(
    private readonly estate: Estate,
    services: AzureSimService[],
    private readonly opts: EngineOptions = {},
  ) {
    if (!estate.azure) throw new Error('the estate has no azure: section');
    this.azure = estate.azure;
    this.entra = new Entra(this.azure);
    this.routes = compileRoutes(services);
    this.faults = new FaultInjector(estate.faults ?? []);
  }

  setFaults(faults: FaultSpec[]): void {
    this.faults.set(faults);
  }

  stats(): AzureSimStats {
    return { ...this.counters, byOperation: { ...this.byOperation }, buckets: this.limiter.stats(), floorSeconds: this.limiter.floorSeconds() };
  }

  resetStats(): void {
    this.counters = { calls: 0, throttled: 0, faults: 0, tokens: 0 };
    this.byOperation = Object.create(null);
    this.limiter.reset();
  }

  async handle(req: AzureRequest): Promise<AzureOutcome> {
    const form = req.method === 'POST' ? new URLSearchParams(req.body.toString('utf8')) : req.query;
    const entra = this.entra.handle(req.method, req.path, req.base, form);
    if (entra) {
      if (req.path.toLowerCase().endsWith('/token')) this.counters.tokens++;
      return json(entra.status, entra.body);
    }
    const caller = this.entra.caller(first(req.headers.authorization));
    if (!caller)
      return armError(401, req.headers.authorization ? 'InvalidAuthenticationToken' : 'AuthenticationFailed', req.headers.authorization ? 'The access token is invalid.' : "Authentication failed. The 'Authorization' header is missing.", {
        'www-authenticate': `Bearer authorization_uri="${req.base}/${this.azure.tenantId}", error="invalid_token"`,
      });
    const hit = matchRoute(this.routes, req.method, req.path);
    if (!hit) return armError(404, 'NotFound', `The Parapet Azure simulator has no route for ${req.method} ${req.path}.`);
    const { compiled, params } = hit;
    const { route, service } = compiled;
    const apiVersion = req.query.get('api-version');
    if (!apiVersion) return armError(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.");

    const subId = params.subscriptionId ?? GUID.exec(req.path)?.[1];
    const subscription = subId ? this.azure.subscriptions.find((s) => s.subscriptionId.toLowerCase() === subId.toLowerCase()) : this.azure.subscriptions[0];
    if (subId && !subscription) return armError(404, 'SubscriptionNotFound', `The subscription '${subId}' could not be found.`);

    this.counters.calls++;
    this.byOperation[route.operation] = (this.byOperation[route.operation] ?? 0) + 1;
    const take = this.limiter.take(subId, this.azure.tenantId, this.estate.settings?.rateLimits === true);
    if (!take.ok) {
      this.counters.throttled++;
      return throttled(take.retryAfterSeconds, subId);
    }
    const remaining = { [subId ? 'x-ms-ratelimit-remaining-subscription-reads' : 'x-ms-ratelimit-remaining-tenant-reads']: String(take.remaining) };

    let latency = this.estate.settings?.latencyMs ?? 0;
    for (const f of this.faults.match({ account: subId ?? '', region: 'global', service: service.name, operation: route.operation, input: params })) {
      if (f.effect === 'latency') {
        latency += f.latencyMs ?? 0;
        continue;
      }
      this.counters.faults++;
      if (f.effect === 'timeout') return { hold: true };
      if (f.effect === 'throttle') {
        this.counters.throttled++;
        return throttled(1, subId, f.code, f.status);
      }
      if (f.effect === 'deny') {
        const scope = req.path.replace(/\/providers\/[^/]+\/[^/]+$/i, '') || '/';
        return armError(
          f.status ?? 403,
          f.code ?? 'AuthorizationFailed',
          `The client '${caller.clientId}' with object id '${caller.clientId}' does not have authorization to perform action '${actionOf(route)}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
        );
      }
      return armError(f.status ?? 500, f.code ?? 'InternalServerError', 'Encountered internal server error. Diagnostic information: simulated fault.');
    }
    if (latency > 0) await sleep(latency);

    const ctx = this.context(subscription, params, req.query);
    let result: unknown;
    try {
      result = route.handler(ctx);
    } catch (e) {
      if (e instanceof AzureSimError) return armError(e.status, e.code, e.message, remaining);
      throw e;
    }
    if (route.kind === 'get') return json(200, result, remaining);
    const items = Array.isArray(result) ? result : [];
    const size = this.opts.pageSize ?? route.pageSize ?? 100;
    const start = Math.max(0, Number.parseInt(req.query.get('$skiptoken') ?? '0', 10) || 0);
    const value = items.slice(start, start + size);
    const body: Record<string, unknown> = { value };
    if (start + size < items.length) {
      const next = new URLSearchParams(req.query);
      next.set('$skiptoken', String(start + size));
      body.nextLink = `${req.base}${req.path}?${next.toString()}`;
    }
    return json(200, body, remaining);
  }

  private context(subscription: AzureSubscriptionEstate | undefined, params: Record<string, string>, query: URLSearchParams): AzureSimContext {
    const sub = subscription ?? { subscriptionId: '00000000-0000-0000-0000-000000000000', displayName: 'none', resources: {} };
    return {
      estate: this.azure,
      subscription: sub,
      params,
      query,
      section: <T>(name: string) => (sub.resources[name] ?? []) as T[],
    };
  }
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): AzureResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': randomUUID(), ...headers }, body: JSON.stringify(body) };
}

export function armError(status: number, code: string, message: string, headers: Record<string, string> = {}): AzureResponse {
  return json(status, { error: { code, message } }, headers);
}

function throttled(retryAfter: number, subId: string | undefined, code?: string, status?: number): AzureResponse {
  return armError(
    status ?? 429,
    code ?? 'SubscriptionRequestsThrottled',
    `Number of 'read' requests for subscription '${subId ?? ''}' actor exceeded. Please try again after '${retryAfter}' seconds after the additional tokens are replenished.`,
    { 'retry-after': String(retryAfter), ...(subId ? { 'x-ms-ratelimit-remaining-subscription-reads': '0' } : {}) },
  );
}
