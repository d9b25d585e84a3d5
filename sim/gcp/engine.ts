/**
 * The GCP simulator's request engine: authenticates the bearer token, finds the route of `/<api>/<path>`,
 * applies faults and rate limits, runs the handler and shapes list/aggregated responses. Every answer is a
 * Google-shaped JSON response; an unknown route is a 404 in that shape, never a hang.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Estate, FaultSpec } from '../aws/estate.js';
import { FaultInjector } from '../aws/faults.js';
import type { GcpEstate, GcpProjectEstate } from './estate.js';
import { fromSimError, googleError, type GoogleErrorBody } from './google-error.js';
import { pageAggregated, pageList } from './paging.js';
import { gcpRateLimitFor } from '../../src/providers/gcp/rate-limits.js';
import { GcpRateLimiter } from './rate-limiter.js';
import { RouteTable } from './routes.js';
import { GcpSimError, type GcpRoute, type GcpSimContext, type GcpSimService } from './service.js';
import type { TokenIssuer } from './token.js';

export interface GcpWireRequest {
  method: string;
  /** Path with the leading slash: `/storage/storage/v1/b`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export type GcpWireResponse = { status: number; headers: Record<string, string>; body: string } | { hold: true };

export interface GcpSimStats {
  /** API calls answered (the token endpoint not counted). */
  calls: number;
  throttled: number;
  denied: number;
  tokensIssued: number;
  byOperation: Record<string, number>;
  /** Least seconds the rate limits allow for the calls made so far. */
  floorSeconds: number;
}

const NO_PROJECT: GcpProjectEstate = { projectId: '-', projectNumber: '0', resources: {} };

const json = (status: number, body: unknown): GcpWireResponse => ({ status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify(body) });
const errorResponse = (body: GoogleErrorBody): GcpWireResponse => json(body.error.code, body);

/** The region a route's parameters name (`zones/us-central1-a` → `us-central1`), for faults. */
function regionOf(params: Record<string, string>): string {
  if (params.region) return params.region;
  if (params.zone) return params.zone.replace(/-[a-z]$/, '');
  if (params.location) return params.location;
  return 'global';
}

function permissionOf(route: GcpRoute): string {
  return route.permission ?? route.operation.replace(/\.aggregatedList$/, '.list');
}

export function findProject(estate: GcpEstate | undefined, key: string | null | undefined): GcpProjectEstate | undefined {
  if (!estate || !key) return undefined;
  const k = key.replace(/^projects\//, '');
  return estate.projects.find((p) => p.projectId === k || p.projectNumber === k);
}

export class GcpEngine {
  private readonly routes: RouteTable;
  private readonly faults: FaultInjector;
  private readonly limiter = new GcpRateLimiter();
  private stats0 = { calls: 0, throttled: 0, denied: 0, tokensIssued: 0, byOperation: {} as Record<string, number> };

  constructor(
    private readonly estate: Estate,
    services: GcpSimService[],
    private readonly issuer: TokenIssuer,
    /** The token endpoint's URL (known once the server listens): accepted as the assertion's audience. */
    private readonly tokenUri: () => string,
  ) {
    this.routes = new RouteTable(services);
    this.faults = new FaultInjector(estate.faults ?? []);
  }

  setFaults(f: FaultSpec[]): void {
    this.faults.set(f);
  }

  stats(): GcpSimStats {
    return { ...this.stats0, byOperation: { ...this.stats0.byOperation }, floorSeconds: this.limiter.floorSeconds() };
  }

  resetStats(): void {
    this.stats0 = { calls: 0, throttled: 0, denied: 0, tokensIssued: 0, byOperation: {} };
    this.limiter.reset();
  }

  async handle(req: GcpWireRequest): Promise<GcpWireResponse> {
    if (req.path === '/token') return this.token(req);
    const slash = req.path.indexOf('/', 1);
    const api = slash > 0 ? req.path.slice(1, slash) : req.path.slice(1);
    const rest = slash > 0 ? req.path.slice(slash + 1) : '';
    const principal = this.authenticate(req);
    if (!principal)
      return errorResponse(
        googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'authError'),
      );
    if (api === 'iamcredentials') return this.impersonate(req, rest);
    const found = this.routes.has(api) ? this.routes.match(api, req.method, rest) : undefined;
    if (!found) return errorResponse(googleError(404, 'NOT_FOUND', `The simulator has no route for ${req.method} ${req.path}`, 'notFound'));
    const { route } = found.route;
    const { params } = found;
    this.stats0.calls++;
    this.stats0.byOperation[route.operation] = (this.stats0.byOperation[route.operation] ?? 0) + 1;
    try {
      const project = this.projectFor(route, params, req.query);
      const region = regionOf(params);
      const input: Record<string, unknown> = { ...params, ...Object.fromEntries(req.query) };
      let latency = this.estate.settings?.latencyMs ?? 0;
      for (const f of this.faults.match({ account: project.projectId, region, service: api, operation: route.operation, input })) {
        if (f.effect === 'latency') latency += f.latencyMs ?? 0;
        else if (f.effect === 'timeout') return { hold: true };
        else return this.faultResponse(f, route, project, params);
      }
      if (latency > 0) await sleep(latency);
      if (!this.limiter.take(project.projectId, region, api, route.operation, this.estate.settings?.rateLimits === true)) {
        this.stats0.throttled++;
        const limit = gcpRateLimitFor(api, route.operation);
        const per = limit.burst < limit.perMinute ? 'second' : 'minute';
        const consumer = limit.scope === 'consumer' ? "the caller's quota project" : `consumer 'project_number:${project.projectNumber}'`;
        return errorResponse(googleError(429, 'RESOURCE_EXHAUSTED', `Quota exceeded for quota metric 'Read requests' and limit 'Read requests per ${per}' of service '${api}.googleapis.com' for ${consumer}.`, 'rateLimitExceeded'));
      }
      const ctx = this.context(project, params, req);
      const out = await route.handler(ctx);
      if (route.kind === 'list') return json(200, pageList(api, route, req.query, (out as unknown[] | undefined) ?? []));
      if (route.kind === 'aggregated') return json(200, pageAggregated(api, route, req.query, (out as Record<string, unknown[]> | undefined) ?? {}));
      return json(200, out ?? {});
    } catch (e) {
      if (e instanceof GcpSimError) return errorResponse(fromSimError(e));
      throw e;
    }
  }

  private faultResponse(f: FaultSpec, route: GcpRoute, project: GcpProjectEstate, params: Record<string, string>): GcpWireResponse {
    if (f.effect === 'deny') {
      this.stats0.denied++;
      const on = params.bucket ? `b/${params.bucket}` : `projects/${project.projectId}`;
      return errorResponse(googleError(f.status ?? 403, 'PERMISSION_DENIED', `Required '${permissionOf(route)}' permission for '${on}' (or it may not exist).`, f.code ?? 'forbidden'));
    }
    if (f.effect === 'throttle') {
      this.stats0.throttled++;
      return errorResponse(googleError(f.status ?? 429, 'RESOURCE_EXHAUSTED', `Rate limit exceeded for ${route.operation}.`, f.code ?? 'rateLimitExceeded', 'usageLimits'));
    }
    const status = f.status ?? 500;
    return errorResponse(googleError(status, status === 503 ? 'UNAVAILABLE' : 'INTERNAL', 'Internal error. Please try again.', f.code ?? 'backendError'));
  }

  private projectFor(route: GcpRoute, params: Record<string, string>, query: URLSearchParams): GcpProjectEstate {
    const key = params.project ?? query.get('project');
    if (key) {
      const p = findProject(this.estate.gcp, key);
      if (!p) throw new GcpSimError(404, 'NOT_FOUND', `The resource 'projects/${key}' was not found`, 'notFound');
      return p;
    }
    const gcp = this.estate.gcp;
    return (gcp && route.projectOf?.(gcp, params, query)) || NO_PROJECT;
  }

  private context(project: GcpProjectEstate, params: Record<string, string>, req: GcpWireRequest): GcpSimContext {
    const estate = this.estate.gcp ?? { projects: [] };
    let body: unknown;
    if (req.body.length) {
      try {
        body = JSON.parse(req.body.toString('utf8'));
      } catch {
        throw new GcpSimError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.', 'parseError');
      }
    }
    return { estate, project, params, query: req.query, body, section: <T>(name: string) => (project.resources?.[name] ?? []) as T[] };
  }

  private authenticate(req: GcpWireRequest): string | undefined {
    const h = req.headers.authorization;
    const v = Array.isArray(h) ? h[0] : h;
    const m = /^Bearer\s+(\S+)$/i.exec(v ?? '');
    return m ? this.issuer.principalOf(m[1]!) : undefined;
  }

  private token(req: GcpWireRequest): GcpWireResponse {
    if (req.method !== 'POST') return json(405, { error: 'invalid_request', error_description: 'POST required' });
    const answer = this.issuer.grant(new URLSearchParams(req.body.toString('utf8')), this.tokenUri());
    if (answer.status === 200) this.stats0.tokensIssued++;
    return json(answer.status, answer.body);
  }

  /** iamcredentials `projects/-/serviceAccounts/{email}:generateAccessToken` (service-account impersonation). */
  private impersonate(req: GcpWireRequest, rest: string): GcpWireResponse {
    const m = /^v1\/projects\/[^/]+\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(rest);
    if (req.method !== 'POST' || !m) return errorResponse(googleError(404, 'NOT_FOUND', `The simulator has no route for ${req.method} ${req.path}`, 'notFound'));
    const email = decodeURIComponent(m[1]!);
    const known = this.issuer.knows(email) || (this.estate.gcp?.serviceAccounts ?? []).some((s) => s.clientEmail === email) || this.serviceAccountInEstate(email);
    if (!known) return errorResponse(googleError(404, 'NOT_FOUND', `Requested entity was not found.`, 'notFound'));
    const { token, expires } = this.issuer.issue(email);
    this.stats0.tokensIssued++;
    return json(200, { accessToken: token, expireTime: new Date(expires).toISOString() });
  }

  /** Service accounts of the estate (the `serviceAccounts` resource section), impersonation targets. */
  private serviceAccountInEstate(email: string): boolean {
    for (const p of this.estate.gcp?.projects ?? []) for (const sa of (p.resources?.serviceAccounts ?? []) as Array<{ email?: string }>) if (sa.email === email) return true;
    return false;
  }
}
