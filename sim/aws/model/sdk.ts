/**
 * Reads a service's wire model out of its `@aws-sdk/client-*` package: the protocol the client speaks (from
 * the client's own resolved config), operation schemas (`Operation$` exports) and modeled errors
 * (`Error$` exports). Loaded lazily, once per package.
 */
import { translateTraits } from '@smithy/core/schema';
import { shapeOf, type Shape } from './shapes.js';

export type ProtocolId = 'awsQuery' | 'ec2Query' | 'restXml' | 'awsJson1_0' | 'awsJson1_1' | 'restJson1';

export interface HttpTrait {
  method: string;
  /** URI template, with its static query: `/?acl`, `/2015-03-31/functions/{FunctionName}/policy`. */
  uri: string;
  code: number;
}

export interface OperationModel {
  readonly name: string;
  readonly input: Shape;
  readonly output: Shape;
  readonly http?: HttpTrait;
}

export interface ErrorModel {
  /** The shape name: what the SDK surfaces as `error.name`. */
  name: string;
  /** awsQuery wire code when it differs from the name (`NoSuchEntity` for `NoSuchEntityException`). */
  queryCode?: string;
  queryStatus?: number;
  httpStatus?: number;
  fault: 'client' | 'server';
}

export interface ServiceModel {
  readonly sdk: string;
  readonly protocol: ProtocolId;
  /** Smithy namespace: `com.amazonaws.ec2`. */
  readonly namespace: string;
  readonly xmlNamespace?: string;
  readonly version?: string;
  readonly serviceTarget?: string;
  /** awsJson services that moved from awsQuery (SQS, CloudWatch): errors carry `x-amzn-query-error`. */
  readonly queryCompatible: boolean;
  operation(name: string): OperationModel | undefined;
  operationNames(): string[];
  /** A modeled error by shape name or by awsQuery code. */
  error(code: string): ErrorModel | undefined;
}

const PROTOCOLS: Record<string, ProtocolId> = {
  'aws.protocols#awsQuery': 'awsQuery',
  'aws.protocols#ec2Query': 'ec2Query',
  'aws.protocols#restXml': 'restXml',
  'aws.protocols#awsJson1_0': 'awsJson1_0',
  'aws.protocols#awsJson1_1': 'awsJson1_1',
  'aws.protocols#restJson1': 'restJson1',
};

class SdkServiceModel implements ServiceModel {
  private readonly rawOps = new Map<string, unknown[]>();
  private readonly ops = new Map<string, OperationModel>();
  private readonly errors = new Map<string, ErrorModel>();

  constructor(
    readonly sdk: string,
    readonly protocol: ProtocolId,
    readonly namespace: string,
    readonly xmlNamespace: string | undefined,
    readonly version: string | undefined,
    readonly serviceTarget: string | undefined,
    readonly queryCompatible: boolean,
    mod: Record<string, unknown>,
  ) {
    for (const [k, v] of Object.entries(mod)) {
      if (!k.endsWith('$') || !Array.isArray(v)) continue;
      if (v[0] === 9) this.rawOps.set(String(v[2]), v);
      else if (v[0] === -3 && !String(v[1]).startsWith('smithy.ts.sdk.synthetic')) {
        const traits = translateTraits(v[3]) as Record<string, any>;
        const q = traits.awsQueryError as [string, number] | undefined;
        const e: ErrorModel = {
          name: String(v[2]),
          queryCode: q?.[0],
          queryStatus: q?.[1],
          httpStatus: typeof traits.httpError === 'number' ? traits.httpError : undefined,
          fault: traits.error === 'server' ? 'server' : 'client',
        };
        this.errors.set(e.name, e);
        if (e.queryCode && !this.errors.has(e.queryCode)) this.errors.set(e.queryCode, e);
      }
    }
  }

  operation(name: string): OperationModel | undefined {
    let op = this.ops.get(name);
    if (op) return op;
    const raw = this.rawOps.get(name);
    if (!raw) return undefined;
    const traits = translateTraits(raw[3] as any) as Record<string, any>;
    const http = Array.isArray(traits.http) ? { method: String(traits.http[0]), uri: String(traits.http[1]), code: Number(traits.http[2] ?? 200) } : undefined;
    op = { name, input: shapeOf(raw[4]), output: shapeOf(raw[5]), http };
    this.ops.set(name, op);
    return op;
  }

  operationNames(): string[] {
    return [...this.rawOps.keys()];
  }

  error(code: string): ErrorModel | undefined {
    return this.errors.get(code);
  }
}

const cache = new Map<string, Promise<ServiceModel>>();

export function loadServiceModel(sdk: string): Promise<ServiceModel> {
  let p = cache.get(sdk);
  if (!p) {
    p = load(sdk);
    cache.set(sdk, p);
    p.catch(() => cache.delete(sdk));
  }
  return p;
}

async function load(sdk: string): Promise<ServiceModel> {
  const mod = (await import(sdk)) as Record<string, any>;
  const ctorName = Object.keys(mod).find((k) => k.endsWith('Client') && typeof mod[k] === 'function' && typeof mod[k].prototype?.send === 'function');
  if (!ctorName) throw new Error(`${sdk}: no SDK client class exported`);
  const client = new mod[ctorName]({ region: 'us-east-1', credentials: { accessKeyId: 'model', secretAccessKey: 'model' } });
  try {
    const protocol = client.config?.protocol;
    const settings = (client.config?.protocolSettings ?? protocol?.options ?? {}) as Record<string, any>;
    const shapeId = typeof protocol?.getShapeId === 'function' ? String(protocol.getShapeId()) : '';
    const id = PROTOCOLS[shapeId];
    if (!id) throw new Error(`${sdk}: unsupported protocol ${shapeId || 'unknown'}`);
    return new SdkServiceModel(
      sdk,
      id,
      String(settings.defaultNamespace ?? ''),
      settings.xmlNamespace,
      settings.version,
      settings.serviceTarget,
      !!settings.awsQueryCompatible,
      mod,
    );
  } finally {
    client.destroy?.();
  }
}
