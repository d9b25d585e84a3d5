import http from 'node:http';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  PutBucketTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './server.js';
import { SimError, type SimService } from './service.js';
import { failure, MGMT, sdkConfig, tinyEstate } from './test-helpers.js';

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::logs/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }, null, 2);
const created = new Date('2022-02-02T02:02:02Z');
let tagged: unknown;

function bucketOf(input: { Bucket?: string }): string {
  if (input.Bucket !== 'logs' && input.Bucket !== 'my.dotted.bucket') throw new SimError('NoSuchBucket', 'The specified bucket does not exist', 404);
  return input.Bucket;
}

const s3: SimService = {
  signingName: 's3',
  sdk: '@aws-sdk/client-s3',
  operations: {
    ListBuckets: (_i, ctx) => ({
      Buckets: [
        { Name: 'logs', CreationDate: created, BucketRegion: 'eu-west-1' },
        { Name: 'my.dotted.bucket', CreationDate: '2021-01-01T00:00:00Z', BucketRegion: 'us-east-1' },
      ],
      Owner: { ID: `canonical-${ctx.account.id}`, DisplayName: 'owner' },
    }),
    GetBucketAcl: (input) => {
      bucketOf(input);
      return {
        Owner: { ID: 'canonical-owner' },
        Grants: [
          { Grantee: { Type: 'CanonicalUser', ID: 'canonical-owner', DisplayName: 'owner' }, Permission: 'FULL_CONTROL' },
          { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
        ],
      };
    },
    GetBucketPolicy: (input) => {
      if (bucketOf(input) === 'logs') return { Policy: POLICY };
      throw new SimError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
    },
    GetBucketPolicyStatus: (input) => ({ PolicyStatus: { IsPublic: bucketOf(input) === 'logs' } }),
    GetPublicAccessBlock: (input) => {
      bucketOf(input);
      return { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: 'true' } };
    },
    GetBucketEncryption: (input) => {
      bucketOf(input);
      return { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:eu-west-1:111111111111:key/k1' }, BucketKeyEnabled: true }] } };
    },
    GetBucketLocation: (input) => ({ LocationConstraint: bucketOf(input) === 'logs' ? 'eu-west-1' : undefined }),
    HeadBucket: (input) => ({ BucketRegion: bucketOf(input) === 'logs' ? 'eu-west-1' : 'us-east-1' }),
    PutBucketTagging: (input) => {
      tagged = input;
      return {};
    },
    GetBucketTagging: () => ({ TagSet: [] }),
  },
};

const s3control: SimService = {
  signingName: 's3control',
  sdk: '@aws-sdk/client-s3-control',
  operations: {
    GetPublicAccessBlock: (input: { AccountId?: string }, ctx) => {
      if (input.AccountId !== ctx.account.id) throw new SimError('AccessDenied', 'Access Denied', 403);
      return { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false } };
    },
  },
};

describe('restXml protocol through the real SDK (S3, S3 Control)', () => {
  let sim: Simulator;
  let client: S3Client;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate(), services: [s3, s3control] });
    client = new S3Client(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('ListBuckets', async () => {
    const out = await client.send(new ListBucketsCommand({}));
    expect(out.Buckets).toEqual([
      { Name: 'logs', CreationDate: created, BucketRegion: 'eu-west-1' },
      { Name: 'my.dotted.bucket', CreationDate: new Date('2021-01-01T00:00:00Z'), BucketRegion: 'us-east-1' },
    ]);
    expect(out.Owner).toEqual({ ID: `canonical-${MGMT}`, DisplayName: 'owner' });
  });

  it('GetBucketAcl: grants with xsi:type grantees', async () => {
    const out = await client.send(new GetBucketAclCommand({ Bucket: 'my.dotted.bucket' }));
    expect(out.Owner).toEqual({ ID: 'canonical-owner' });
    expect(out.Grants).toEqual([
      { Grantee: { Type: 'CanonicalUser', ID: 'canonical-owner', DisplayName: 'owner' }, Permission: 'FULL_CONTROL' },
      { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
    ]);
  });

  it('GetBucketPolicy returns the policy document as the payload string', async () => {
    const out = await client.send(new GetBucketPolicyCommand({ Bucket: 'logs' }));
    expect(out.Policy).toBe(POLICY);
  });

  it('NoSuchBucketPolicy and NoSuchBucket errors', async () => {
    const e = await failure(client.send(new GetBucketPolicyCommand({ Bucket: 'my.dotted.bucket' })));
    expect(e.name).toBe('NoSuchBucketPolicy');
    expect(e.$metadata.httpStatusCode).toBe(404);
    const e2 = await failure(client.send(new GetBucketPolicyCommand({ Bucket: 'nope' })));
    expect(e2.name).toBe('NoSuchBucket');
  });

  it('payload structures: policy status, public access block, encryption', async () => {
    expect((await client.send(new GetBucketPolicyStatusCommand({ Bucket: 'logs' }))).PolicyStatus).toEqual({ IsPublic: true });
    expect((await client.send(new GetPublicAccessBlockCommand({ Bucket: 'logs' }))).PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: true,
    });
    const enc = await client.send(new GetBucketEncryptionCommand({ Bucket: 'logs' }));
    expect(enc.ServerSideEncryptionConfiguration?.Rules).toEqual([
      { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:eu-west-1:111111111111:key/k1' }, BucketKeyEnabled: true },
    ]);
  });

  it('GetBucketLocation and HeadBucket', async () => {
    expect((await client.send(new GetBucketLocationCommand({ Bucket: 'logs' }))).LocationConstraint).toBe('eu-west-1');
    expect((await client.send(new GetBucketLocationCommand({ Bucket: 'my.dotted.bucket' }))).LocationConstraint).toBeUndefined();
    expect((await client.send(new HeadBucketCommand({ Bucket: 'logs' }))).BucketRegion).toBe('eu-west-1');
    const e = await failure(client.send(new HeadBucketCommand({ Bucket: 'nope' })));
    expect(e.$metadata.httpStatusCode).toBe(404);
  });

  it('reads XML request bodies (PutBucketTagging)', async () => {
    await client.send(new PutBucketTaggingCommand({ Bucket: 'logs', Tagging: { TagSet: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] } }));
    expect(tagged).toMatchObject({ Bucket: 'logs', Tagging: { TagSet: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] } });
    expect((await client.send(new GetBucketTaggingCommand({ Bucket: 'logs' }))).TagSet).toEqual([]);
  });

  it('unimplemented operations answer NotImplemented in the S3 error shape', async () => {
    const e = await failure(client.send(new GetBucketLoggingCommand({ Bucket: 'logs' })));
    expect(e.name).toBe('NotImplemented');
    expect(e.$metadata.httpStatusCode).toBe(501);
  });

  it('unknown access keys get InvalidAccessKeyId', async () => {
    const e = await failure(new S3Client({ ...sdkConfig(sim), credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } }).send(new ListBucketsCommand({})));
    expect(e.name).toBe('InvalidAccessKeyId');
    expect(e.$metadata.httpStatusCode).toBe(403);
  });

  it('virtual-hosted style requests (bucket.localhost) reach the same handlers', async () => {
    const { port } = new URL(sim.endpoint);
    const authorization = `AWS4-HMAC-SHA256 Credential=${sim.credentials.accessKeyId}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0`;
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/?policyStatus', headers: { host: `logs.localhost:${port}`, authorization } }, (r) => {
        let body = '';
        r.on('data', (c: Buffer) => (body += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<IsPublic>true</IsPublic>');
  });

  it('S3 Control GetPublicAccessBlock (account in x-amz-account-id)', async () => {
    // S3 Control's endpoint rules put the account id in front of the host, which an IP endpoint cannot
    // take: clients for a custom endpoint pin the URL with an endpointProvider.
    const url = new URL(sim.endpoint);
    const control = new S3ControlClient({ ...sdkConfig(sim), endpointProvider: () => ({ url }) });
    const out = await control.send(new GetAccountPublicAccessBlockCommand({ AccountId: MGMT }));
    expect(out.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false });
    const e = await failure(control.send(new GetAccountPublicAccessBlockCommand({ AccountId: '999999999999' })));
    expect(e.name).toBe('AccessDenied');
    expect(e.$metadata.httpStatusCode).toBe(403);
  });
});
