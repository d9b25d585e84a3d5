/**
 * Benchmark Lambda functions for one account and region. Runtimes follow a realistic age spread (about a
 * quarter on runtimes Lambda has deprecated), a third run in a VPC, a tenth are container images, and
 * most carry a resource policy: service invocations pinned by source ARN and account, some S3 triggers
 * without aws:SourceAccount (the confused-deputy case Lambda.1 flags) and a few open to everyone.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName } from '../logs/random.js';
import type { LambdaFunctionEntry, LambdaSection } from '../lambda.js';

const CURRENT = ['python3.12', 'python3.13', 'nodejs22.x', 'nodejs24.x', 'java21', 'provided.al2023', 'dotnet10', 'ruby3.4'] as const;
const DEPRECATED = ['python3.9', 'python3.10', 'nodejs18.x', 'nodejs20.x', 'nodejs16.x', 'go1.x', 'dotnet8', 'provided.al2'] as const;

type Statement = Record<string, unknown>;

function policyFor(rng: () => number, accountId: string, region: string, name: string): Statement[] | undefined {
  const r = rng();
  const sid = `${name}-invoke`;
  if (r < 0.03) return [{ Sid: sid, Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' }];
  if (r < 0.08)
    return [{ Sid: sid, Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:s3:::${name}-uploads` } } }];
  if (r < 0.35)
    return [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Condition: { StringEquals: { 'AWS:SourceAccount': accountId }, ArnLike: { 'AWS:SourceArn': `arn:aws:s3:::${name}-uploads` } },
      },
    ];
  if (r < 0.6)
    return [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { Service: pick(rng, ['apigateway.amazonaws.com', 'events.amazonaws.com', 'sns.amazonaws.com']) },
        Action: 'lambda:InvokeFunction',
        Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${region}:${accountId}:${name}/*` } },
      },
    ];
  return undefined;
}

function buildFunction(rng: () => number, accountId: string, region: string, i: number): LambdaFunctionEntry {
  const FunctionName = resourceName(rng, i);
  const image = chance(rng, 0.1);
  const fn: LambdaFunctionEntry = {
    FunctionName,
    Role: `arn:aws:iam::${accountId}:role/${FunctionName}-exec`,
    MemorySize: pick(rng, [128, 256, 512, 1024]),
    Timeout: pick(rng, [3, 15, 30, 300]),
    LastModified: `${2021 + Math.floor(rng() * 5)}-0${1 + Math.floor(rng() * 9)}-15T10:00:00.000+0000`,
    Environment: { Variables: { STAGE: FunctionName.split('-')[1] ?? 'prod', TABLE_NAME: `${FunctionName}-table` } },
    TracingConfig: { Mode: chance(rng, 0.3) ? 'Active' : 'PassThrough' },
  };
  if (image) fn.PackageType = 'Image';
  else fn.Runtime = chance(rng, 0.25) ? pick(rng, DEPRECATED) : pick(rng, CURRENT);
  if (chance(rng, 0.33)) {
    const vpc = `vpc-${(i % 7).toString(16).padStart(17, '0')}`;
    fn.VpcConfig = { VpcId: vpc, SubnetIds: [`subnet-${(i % 5).toString(16).padStart(17, 'a')}`], SecurityGroupIds: [`sg-${(i % 9).toString(16).padStart(17, 'b')}`] };
  }
  const statements = policyFor(rng, accountId, region, FunctionName);
  if (statements) fn.Policy = statements;
  return fn;
}

export const lambdaGenerator: ResourceGenerator = {
  service: 'lambda',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const functions = Array.from({ length: n }, (_, i) => buildFunction(rng, accountId, region, i));
    return { section: { functions } satisfies LambdaSection, assets: functions.length };
  },
};
