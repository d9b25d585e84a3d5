/**
 * The request pipeline: identify the service (SigV4 scope) and caller (access key), route to the operation
 * with the service's protocol, then rate limits, faults, latency, the handler, and the answer in the
 * protocol's own shape. Transport-free: `server.ts` feeds it HTTP requests.
 */
import { randomUUID } from 'node:crypto';
import { CallContext } from './context.js';
import { CredentialStore } from './credentials.js';
import type { Estate, FaultSpec } from './estate.js';
import { FaultInjector } from './faults.js';
import { loadServiceModel, type ServiceModel } from './model/sdk.js';
import { codesFor } from './protocols/codes.js';
import { PROTOCOLS, sniffProtocol } from './protocols/index.js';
import type { Protocol, ProtocolCodes, WireRequest, WireResponse } from './protocols/types.js';
import { isPaginated, RateLimiter, type BucketStats } from './rate-limiter.js';
import { SimError, type SimService } from './service.js';
import { signedScope } from './sigv4.js';

export interface SimStats {
  calls: number;
  throttled: number;
  faults: number;
  /** By `service:Operation` (signing name). */
  byOperation: Record<string, number>;
  buckets: BucketStats[];
  floorSeconds: number;
}

/** The engine's answer: a response, or hold the connection open (timeout fault). */
export type Outcome = WireResponse | { hold: true };

interface ServiceEntry {
  service: SimService;
  model?: ServiceModel;
  loading?: Promise<ServiceModel>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** IAM action prefix of a signing name, for AWS-like denial messages. */
const IAM_PREFIX: Record<string, string> = { monitoring: 'cloudwatch', s3control: 's3', elasticloadbalancing: 'elasticloadbalancing' };

export class Engine {
  readonly credentials: CredentialStore;
  private readonly services = new Map<string, ServiceEntry>();
  private readonly faults: FaultInjector;
  private readonly limiter = new RateLimiter();
  private counters = { calls: 0, throttled: 0, faults: 0 };
  private byOperation: Record<string, number> = Object.create(null);

  constructor(
    readonly estate: Estate,
    services: SimService[],
  ) {
    this.credentials = new CredentialStore(estate);
    for (const s of services) this.services.set(s.signingName, { service: s });
    this.faults = new FaultInjector(estate.faults ?? []);
  }

  setFaults(faults: FaultSpec[]): void {
    this.faults.set(faults);
  }

  stats(): SimStats {
    return {
      ...this.counters,
      byOperation: { ...this.byOperation },
      buckets: this.limiter.stats(),
      floorSeconds: this.limiter.floorSeconds(),
    };
  }

  resetStats(): void {
    this.counters = { calls: 0, throttled: 0, faults: 0 };
    this.byOperation = Object.create(null);
    this.limiter.reset();
  }

  /** Loads every service model now (optional: they load on first use otherwise). */
  async preload(): Promise<void> {
    await Promise.all([...this.services.values()].map((e) => this.model(e)));
  }

  private async model(e: ServiceEntry): Promise<ServiceModel> {
    if (e.model) return e.model;
    e.loading ??= loadServiceModel(e.service.sdk);
    e.model = await e.loading;
    return e.model;
  }

  async handle(req: WireRequest): Promise<Outcome> {
    const requestId = randomUUID();
    this.counters.calls++;
    const scope = signedScope(req.headers, req.query);
    let signing = scope?.service;
    if (signing === 's3' && (req.path.startsWith('/v20180820/') || req.headers['x-amz-account-id'] !== undefined) && this.services.has('s3control')) signing = 's3control';
    const entry = signing ? this.services.get(signing) : undefined;

    let model: ServiceModel | undefined;
    let protocol: Protocol;
    if (entry) {
      try {
        model = await this.model(entry);
      } catch (e) {
        protocol = PROTOCOLS[sniffProtocol(req, signing)];
        return this.fail(protocol, codesFor(protocol.id, signing).internal, `simulator could not load ${entry.service.sdk}: ${(e as Error).message}`, requestId);
      }
      protocol = PROTOCOLS[model.protocol];
    } else protocol = PROTOCOLS[sniffProtocol(req, signing)];
    const codes = codesFor(protocol.id, signing);

    if (!scope) return this.fail(protocol, codes.missingToken, 'Request is missing Authentication Token', requestId, model);
    const auth = this.credentials.resolve(scope);
    if ('error' in auth) {
      if (auth.error === 'expired') return this.fail(protocol, codes.expiredToken, 'The security token included in the request is expired', requestId, model);
      const message =
        protocol.id === 'restXml'
          ? 'The AWS Access Key Id you provided does not exist in our records.'
          : protocol.id === 'ec2Query'
            ? 'AWS was not able to validate the provided access credentials'
            : 'The security token included in the request is invalid.';
      return this.fail(protocol, codes.invalidToken, message, requestId, model);
    }
    const principal = auth.principal;
    if (!entry || !model || !signing) return this.fail(protocol, codes.unknownOperation, `The simulator does not serve the ${signing} service`, requestId, model);

    const routed = protocol.route(req, model);
    if (!routed || typeof routed === 'string') {
      const what = typeof routed === 'string' ? `The action ${routed} is not valid for this web service.` : `No ${signing} operation matches ${req.method} ${req.path}`;
      return this.fail(protocol, codes.unknownOperation, what, requestId, model);
    }
    const operation = routed.op.name;
    const opKey = `${signing}:${operation}`;
    this.byOperation[opKey] = (this.byOperation[opKey] ?? 0) + 1;
    const handler = entry.service.operations[operation];
    if (!handler) return this.fail(protocol, codes.unknownOperation, `The simulator does not implement ${signing}:${operation}`, requestId, model);

    let input: Record<string, unknown>;
    try {
      input = protocol.decode(req, routed, model);
    } catch (e) {
      return this.fail(protocol, ['ValidationException', 400], `could not read the request: ${(e as Error).message}`, requestId, model);
    }

    const region = scope.region;
    const account = principal.account;
    const settings = this.estate.settings ?? {};
    let latency = settings.latencyMs ?? 0;

    if (!this.limiter.take(account.id, region, signing, operation, isPaginated(input), !!settings.rateLimits)) {
      this.counters.throttled++;
      if (latency > 0) await sleep(latency);
      return this.fail(protocol, codes.throttling, 'Rate exceeded', requestId, model, operation);
    }

    const applied = this.faults.match({ account: account.id, region, service: signing, operation, input });
    let terminal: FaultSpec | undefined;
    for (const f of applied) {
      if (f.effect === 'latency') latency += f.latencyMs ?? 0;
      else terminal ??= f;
    }
    if (terminal) this.counters.faults++;
    if (terminal?.latencyMs && terminal.effect !== 'timeout') latency += terminal.latencyMs;
    if (latency > 0) await sleep(latency);

    if (terminal) {
      switch (terminal.effect) {
        case 'timeout':
          return { hold: true };
        case 'deny': {
          const [code, status] = codes.accessDenied;
          const message =
            protocol.id === 'ec2Query'
              ? 'You are not authorized to perform this operation.'
              : `User: ${principal.arn} is not authorized to perform: ${IAM_PREFIX[signing] ?? signing}:${operation} because no identity-based policy allows the ${IAM_PREFIX[signing] ?? signing}:${operation} action`;
          return this.fail(protocol, [terminal.code ?? code, terminal.status ?? status], message, requestId, model, operation);
        }
        case 'throttle': {
          const [code, status] = codes.throttling;
          return this.fail(protocol, [terminal.code ?? code, terminal.status ?? status], 'Rate exceeded', requestId, model, operation);
        }
        default: {
          const [code, status] = codes.internal;
          return this.fail(protocol, [terminal.code ?? code, terminal.status ?? status], 'We encountered an internal error. Please try again.', requestId, model, operation);
        }
      }
    }

    const ctx = new CallContext(this.estate, account, region, requestId, principal, this.credentials);
    let output: unknown;
    try {
      output = await handler(input, ctx);
    } catch (e) {
      if (e instanceof SimError) return protocol.error({ code: e.code, message: e.message, status: e.status }, requestId, model, operation);
      return this.fail(protocol, codes.internal, `simulator handler ${opKey} failed: ${(e as Error)?.message ?? String(e)}`, requestId, model, operation);
    }
    try {
      return protocol.encode(routed, output, requestId, model);
    } catch (e) {
      return this.fail(protocol, codes.internal, `simulator could not encode ${opKey}: ${(e as Error)?.message ?? String(e)}`, requestId, model, operation);
    }
  }

  private fail(protocol: Protocol, [code, status]: ProtocolCodes['internal'], message: string, requestId: string, model?: ServiceModel, operation?: string): WireResponse {
    return protocol.error({ code, message, status, explicitStatus: true }, requestId, model, operation);
  }
}
