import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { GetFunctionUrlConfigCommand, GetPolicyCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './server.js';
import { page, SimError, type SimService } from './service.js';
import { failure, sdkConfig, tinyEstate } from './test-helpers.js';

const FUNCTIONS = ['alpha', 'beta', 'gamma'];
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'public', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' }] });
let seen: Record<string, unknown> | undefined;

const lambda: SimService = {
  signingName: 'lambda',
  sdk: '@aws-sdk/client-lambda',
  operations: {
    ListFunctions(input: { Marker?: string; MaxItems?: number }, ctx) {
      const p = page(FUNCTIONS, input.Marker, input.MaxItems, 50);
      return {
        Functions: p.items.map((name) => ({
          FunctionName: name,
          FunctionArn: `arn:aws:lambda:${ctx.region}:${ctx.account.id}:function:${name}`,
          Runtime: 'nodejs20.x',
          MemorySize: 128,
          LastModified: '2025-01-01T00:00:00.000+0000',
          Environment: { Variables: { STAGE: 'prod' } },
          Layers: [{ Arn: 'arn:aws:lambda:us-east-1:111111111111:layer:l:1', CodeSize: 10 }],
        })),
        NextMarker: p.next,
      };
    },
    GetPolicy(input: { FunctionName?: string; Qualifier?: string }) {
      seen = input;
      if (!FUNCTIONS.includes(input.FunctionName ?? '')) throw new SimError('ResourceNotFoundException', `Function not found: ${input.FunctionName}`, 404);
      return { Policy: POLICY, RevisionId: 'rev-1' };
    },
  },
};

const eks: SimService = {
  signingName: 'eks',
  sdk: '@aws-sdk/client-eks',
  operations: {
    ListClusters: (input) => {
      seen = input;
      return { clusters: ['prod', 'dev'] };
    },
    DescribeCluster: (input: { name?: string }) => {
      if (input.name !== 'prod') throw new SimError('ResourceNotFoundException', `No cluster found for name: ${input.name}.`, 404);
      return {
        cluster: {
          name: 'prod',
          arn: 'arn:aws:eks:us-east-1:111111111111:cluster/prod',
          createdAt: new Date('2024-01-01T00:00:00Z'),
          version: '1.30',
          resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'], subnetIds: ['subnet-1'] },
          logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }] },
          encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:us-east-1:111111111111:key/k' } }],
          tags: { env: 'prod' },
        },
      };
    },
  },
};

const guardduty: SimService = {
  signingName: 'guardduty',
  sdk: '@aws-sdk/client-guardduty',
  operations: {
    ListDetectors: () => ({ DetectorIds: ['d-1'] }),
    GetDetector: (input: { DetectorId?: string }) => ({ Status: 'ENABLED', ServiceRole: 'arn:aws:iam::111111111111:role/gd', CreatedAt: '2024-01-01T00:00:00.000Z', FindingPublishingFrequency: 'SIX_HOURS', DataSources: { S3Logs: { Status: 'ENABLED' } }, Tags: { id: input.DetectorId } }),
  },
};

describe('restJson1 protocol through the real SDK', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate(), services: [lambda, eks, guardduty] });
  });
  afterAll(() => sim.close());

  it('Lambda ListFunctions pages through query parameters', async () => {
    const c = new LambdaClient(sdkConfig(sim, 'eu-west-1'));
    const first = await c.send(new ListFunctionsCommand({ MaxItems: 2 }));
    expect(first.Functions?.map((f) => f.FunctionName)).toEqual(['alpha', 'beta']);
    expect(first.Functions?.[0]).toMatchObject({
      FunctionArn: 'arn:aws:lambda:eu-west-1:111111111111:function:alpha',
      MemorySize: 128,
      Environment: { Variables: { STAGE: 'prod' } },
      Layers: [{ Arn: 'arn:aws:lambda:us-east-1:111111111111:layer:l:1', CodeSize: 10 }],
    });
    const second = await c.send(new ListFunctionsCommand({ MaxItems: 2, Marker: first.NextMarker }));
    expect(second.Functions?.map((f) => f.FunctionName)).toEqual(['gamma']);
    expect(second.NextMarker).toBeUndefined();
  });

  it('Lambda GetPolicy: labels (escaped), query, and errors', async () => {
    const c = new LambdaClient(sdkConfig(sim));
    const out = await c.send(new GetPolicyCommand({ FunctionName: 'alpha', Qualifier: '$LATEST' }));
    expect(seen).toEqual({ FunctionName: 'alpha', Qualifier: '$LATEST' });
    expect(out.Policy).toBe(POLICY);
    expect(out.RevisionId).toBe('rev-1');
    await failure(c.send(new GetPolicyCommand({ FunctionName: 'arn:aws:lambda:us-east-1:111111111111:function:zeta' })));
    expect(seen?.FunctionName).toBe('arn:aws:lambda:us-east-1:111111111111:function:zeta');
    const e = await failure(c.send(new GetPolicyCommand({ FunctionName: 'zeta' })));
    expect(e.name).toBe('ResourceNotFoundException');
    expect(e.$metadata.httpStatusCode).toBe(404);
    expect(e.message).toBe('Function not found: zeta');
  });

  it('unimplemented operations answer UnknownOperationException', async () => {
    const e = await failure(new LambdaClient(sdkConfig(sim)).send(new GetFunctionUrlConfigCommand({ FunctionName: 'alpha' })));
    expect(e.name).toBe('UnknownOperationException');
    expect(e.$metadata.httpStatusCode).toBe(404);
  });

  it('EKS ListClusters and DescribeCluster', async () => {
    const c = new EKSClient(sdkConfig(sim));
    const list = await c.send(new ListClustersCommand({ maxResults: 10, include: ['all'] }));
    expect(seen).toEqual({ maxResults: 10, include: ['all'] });
    expect(list.clusters).toEqual(['prod', 'dev']);
    const d = await c.send(new DescribeClusterCommand({ name: 'prod' }));
    expect(d.cluster).toMatchObject({
      name: 'prod',
      createdAt: new Date('2024-01-01T00:00:00Z'),
      resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'], subnetIds: ['subnet-1'] },
      logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }] },
      encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:us-east-1:111111111111:key/k' } }],
      tags: { env: 'prod' },
    });
    const e = await failure(c.send(new DescribeClusterCommand({ name: 'nope' })));
    expect(e.name).toBe('ResourceNotFoundException');
    expect(e.$metadata.httpStatusCode).toBe(404);
  });

  it('GuardDuty ListDetectors and GetDetector (jsonName members)', async () => {
    const c = new GuardDutyClient(sdkConfig(sim));
    expect((await c.send(new ListDetectorsCommand({}))).DetectorIds).toEqual(['d-1']);
    const d = await c.send(new GetDetectorCommand({ DetectorId: 'd-1' }));
    expect(d).toMatchObject({ Status: 'ENABLED', CreatedAt: '2024-01-01T00:00:00.000Z', FindingPublishingFrequency: 'SIX_HOURS', DataSources: { S3Logs: { Status: 'ENABLED' } }, Tags: { id: 'd-1' } });
  });

  it('unknown access keys get UnrecognizedClientException', async () => {
    const e = await failure(new EKSClient({ ...sdkConfig(sim), credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } }).send(new ListClustersCommand({})));
    expect(e.name).toBe('UnrecognizedClientException');
    expect(e.$metadata.httpStatusCode).toBe(403);
  });
});
