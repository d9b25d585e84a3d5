/**
 * AWS Lambda (restJson1; signing name `lambda`): ListFunctions, GetPolicy and GetFunctionUrlConfig.
 *
 * Estate section `regional[<region>].lambda` ({@link LambdaSection}). Functions are given in the shape
 * ListFunctions returns them (FunctionConfiguration); the handler fills what AWS always fills (ARN,
 * Version $LATEST, PackageType Zip, State Active, defaults for memory, timeout, tracing, architecture).
 * `Policy` is the function's resource-based policy (built by AddPermission in real life): as a document,
 * or only its statements; GetPolicy answers ResourceNotFoundException (404) when there is none, as AWS does.
 * ListFunctions pages with Marker / NextMarker, 50 items at most per page (the API maximum and default).
 */
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { lambdaGenerator } from './lambda/generator.js';

export interface LambdaFunctionEntry extends Omit<FunctionConfiguration, 'FunctionArn'> {
  FunctionName: string;
  /** The resource-based policy: a document, a JSON string, or its statement list. Absent: no policy. */
  Policy?: string | { Statement: unknown[] } | unknown[];
  /** The function URL, when one is configured. */
  Url?: { AuthType: 'NONE' | 'AWS_IAM'; Cors?: Record<string, unknown> };
}

export interface LambdaSection {
  functions?: LambdaFunctionEntry[];
}

/** ListFunctions' maximum (and default) page size. */
const MAX_ITEMS = 50;
const LAST_MODIFIED = '2025-06-01T00:00:00.000+0000';

export const functionArn = (ctx: SimContext, name: string) => `arn:aws:lambda:${ctx.region}:${ctx.account.id}:function:${name}`;

/** FunctionName may be a name, a full ARN or a partial ARN (`123456789012:function:name`), optionally qualified. */
export function functionNameOf(ref: string | undefined): string {
  const m = /(?:^|:)function:([^:]+)/.exec(ref ?? '');
  return m ? m[1]! : (ref ?? '').split(':')[0]!;
}

function findFunction(ctx: SimContext, ref: string | undefined): LambdaFunctionEntry {
  const name = functionNameOf(ref);
  const fn = (ctx.regional<LambdaSection>('lambda').functions ?? []).find((f) => f.FunctionName === name);
  if (!fn) throw new SimError('ResourceNotFoundException', `Function not found: ${functionArn(ctx, name)}`, 404);
  return fn;
}

function configurationOf(ctx: SimContext, f: LambdaFunctionEntry): FunctionConfiguration {
  const { Policy: _policy, Url: _url, ...given } = f;
  const image = given.PackageType === 'Image';
  return {
    FunctionArn: functionArn(ctx, f.FunctionName),
    ...(image ? {} : { Runtime: 'python3.12', Handler: 'index.handler' }),
    Role: `arn:aws:iam::${ctx.account.id}:role/${f.FunctionName}-role`,
    CodeSize: 2048,
    Description: '',
    Timeout: 3,
    MemorySize: 128,
    LastModified: LAST_MODIFIED,
    Version: '$LATEST',
    TracingConfig: { Mode: 'PassThrough' },
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    EphemeralStorage: { Size: 512 },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${f.FunctionName}` },
    RevisionId: '00000000-0000-4000-8000-000000000000',
    ...given,
  };
}

/** The policy document AWS returns: Version, Id "default", and statements scoped to the function. */
export function policyDocument(ctx: SimContext, f: LambdaFunctionEntry): string | undefined {
  const p = f.Policy;
  if (p === undefined) return undefined;
  if (typeof p === 'string') return p;
  const statements = Array.isArray(p) ? p : p.Statement;
  const resource = functionArn(ctx, f.FunctionName);
  return JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements.map((s) => ({ Resource: resource, ...(s as object) })) });
}

export const service: SimService = {
  signingName: 'lambda',
  sdk: '@aws-sdk/client-lambda',
  operations: {
    ListFunctions(input: { Marker?: string; MaxItems?: number; FunctionVersion?: string; MasterRegion?: string }, ctx) {
      if (input.MaxItems !== undefined && (input.MaxItems < 1 || input.MaxItems > 10_000))
        throw new SimError('InvalidParameterValueException', `1 validation error detected: Value '${input.MaxItems}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 10000`, 400);
      const functions = ctx.regional<LambdaSection>('lambda').functions ?? [];
      // Lambda caps a page at 50 whatever MaxItems asks for.
      const p = page(functions, input.Marker, Math.min(input.MaxItems ?? MAX_ITEMS, MAX_ITEMS), MAX_ITEMS);
      return { Functions: p.items.map((f) => configurationOf(ctx, f)), ...(p.next ? { NextMarker: p.next } : {}) };
    },

    GetPolicy(input: { FunctionName?: string; Qualifier?: string }, ctx) {
      const fn = findFunction(ctx, input.FunctionName);
      const policy = policyDocument(ctx, fn);
      if (!policy) throw new SimError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
      return { Policy: policy, RevisionId: '00000000-0000-4000-8000-000000000000' };
    },

    GetFunctionUrlConfig(input: { FunctionName?: string; Qualifier?: string }, ctx) {
      const fn = findFunction(ctx, input.FunctionName);
      if (!fn.Url) throw new SimError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
      const id = Buffer.from(`${ctx.account.id}/${fn.FunctionName}`).toString('hex').slice(0, 32);
      return {
        FunctionUrl: `https://${id}.lambda-url.${ctx.region}.on.aws/`,
        FunctionArn: functionArn(ctx, fn.FunctionName),
        AuthType: fn.Url.AuthType,
        ...(fn.Url.Cors ? { Cors: fn.Url.Cors } : {}),
        CreationTime: '2025-06-01T00:00:00.000Z',
        LastModifiedTime: '2025-06-01T00:00:00.000Z',
        InvokeMode: 'BUFFERED',
      };
    },
  },
};

export const generators: ResourceGenerator[] = [lambdaGenerator];
