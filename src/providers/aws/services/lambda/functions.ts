import { GetPolicyCommand, LambdaClient, ListFunctionsCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { parsedJson } from './support/json-aspect.js';
import { mapInOrder } from '../../map-in-order.js';

/** ListFunctions returns at most 50 functions a page whatever MaxItems asks for. */
const PAGE_SIZE = 50;
/** GetPolicy calls kept in flight; the limiter's Lambda bucket sets the actual pace. */
const IN_FLIGHT = 16;

/**
 * The function's configuration as listed, minus environment variable values: they often hold secrets
 * and Parapet stores assets, so only the variable names are kept (`Environment.VariableNames`).
 */
export function withoutSecrets(fn: FunctionConfiguration): Record<string, unknown> {
  const { Environment, ...rest } = fn;
  if (!Environment) return rest;
  return { ...rest, Environment: { VariableNames: Object.keys(Environment.Variables ?? {}).sort(), ...(Environment.Error ? { Error: Environment.Error } : {}) } };
}

async function functionAsset(ctx: AwsCollectContext, client: LambdaClient, fn: FunctionConfiguration & { FunctionName: string; FunctionArn: string }): Promise<Asset> {
  const asset = ctx.asset({ id: fn.FunctionArn, type: 'AWS::Lambda::Function', kind: 'compute.function', name: fn.FunctionName });
  asset.config.function = withoutSecrets(fn);
  // The unqualified policy ($LATEST / the function itself); alias- and version-level policies are not read.
  const policy = await ctx.call('GetPolicy', () => client.send(new GetPolicyCommand({ FunctionName: fn.FunctionName })), { resource: fn.FunctionName, absentOn: ['ResourceNotFoundException'] });
  ctx.aspect(asset, 'policy', parsedJson(ctx, policy, (o) => o.Policy, { service: 'lambda', operation: 'GetPolicy', resource: fn.FunctionName }));
  return asset;
}

/**
 * Lambda functions of the region (ListFunctions) with their resource-based policy (GetPolicy, null when
 * the function has none). Aspects: `function` (FunctionConfiguration without environment values) and
 * `policy` (the parsed document). `pageSize` is a knob for tests.
 */
export function makeFunctionsCollector({ pageSize = PAGE_SIZE, inFlight = IN_FLIGHT } = {}): AwsCollector {
  return {
    id: 'aws.lambda.functions',
    service: 'lambda',
    scope: 'regional',
    types: ['AWS::Lambda::Function'],
    permissions: ['lambda:ListFunctions', 'lambda:GetPolicy'],
    async *collect(ctx) {
      const client = ctx.client(LambdaClient);
      for await (const page of ctx.pages(
        'ListFunctions',
        (Marker) => client.send(new ListFunctionsCommand({ MaxItems: pageSize, ...(Marker ? { Marker } : {}) })),
        (p) => p.NextMarker,
      )) {
        const functions = (page.Functions ?? []).filter((f): f is FunctionConfiguration & { FunctionName: string; FunctionArn: string } => !!f.FunctionName && !!f.FunctionArn);
        ctx.progress(functions.length);
        yield* mapInOrder(functions, inFlight, (f) => functionAsset(ctx, client, f));
      }
    },
  };
}

export const functionsCollector = makeFunctionsCollector();
