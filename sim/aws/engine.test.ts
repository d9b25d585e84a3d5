import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetPolicyCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DescribeOrganizationCommand, ListAccountsCommand, ListRootsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterEach, describe, expect, it } from 'vitest';
import type { Estate } from './estate.js';
import { startSimulator, type Simulator } from './server.js';
import type { SimService } from './service.js';
import * as organizations from './services/organizations.js';
import * as sts from './services/sts.js';
import { failure, MEMBER, MGMT, sdkConfig, tinyEstate } from './test-helpers.js';

const kms: SimService = {
  signingName: 'kms',
  sdk: '@aws-sdk/client-kms',
  operations: { ListKeys: (_i, ctx) => ({ Keys: [{ KeyId: 'k', KeyArn: `arn:aws:kms:${ctx.region}:${ctx.account.id}:key/k` }], Truncated: false }) },
};
const s3: SimService = { signingName: 's3', sdk: '@aws-sdk/client-s3', operations: { GetBucketPolicy: () => ({ Policy: '{}' }) } };
const ec2: SimService = { signingName: 'ec2', sdk: '@aws-sdk/client-ec2', operations: { DescribeSecurityGroups: () => ({ SecurityGroups: [] }) } };
const lambda: SimService = { signingName: 'lambda', sdk: '@aws-sdk/client-lambda', operations: { GetPolicy: () => ({ Policy: '{}' }) } };
const cloudtrail: SimService = { signingName: 'cloudtrail', sdk: '@aws-sdk/client-cloudtrail', operations: { DescribeTrails: () => ({ trailList: [] }) } };
const SERVICES = [sts.service, organizations.service, kms, s3, ec2, lambda, cloudtrail];

let sim: Simulator | undefined;
async function start(estate: Estate = tinyEstate()): Promise<Simulator> {
  sim = await startSimulator({ estate, services: SERVICES });
  return sim;
}
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('faults', () => {
  it('deny: each protocol family answers its own access-denied error', async () => {
    const s = await start(tinyEstate({}, { faults: [{ effect: 'deny', operation: 'GetBucketPolicy', resource: 'secret-*' }, { effect: 'deny', service: 'ec2' }, { effect: 'deny', service: 'kms' }, { effect: 'deny', service: 'lambda' }] }));
    const c = sdkConfig(s);
    const e = await failure(new S3Client(c).send(new GetBucketPolicyCommand({ Bucket: 'secret-bucket' })));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['AccessDenied', 403]);
    // The resource pattern narrows the fault.
    expect((await new S3Client(c).send(new GetBucketPolicyCommand({ Bucket: 'public-bucket' }))).Policy).toBe('{}');
    const e2 = await failure(new EC2Client(c).send(new DescribeSecurityGroupsCommand({})));
    expect([e2.name, e2.$metadata.httpStatusCode]).toEqual(['UnauthorizedOperation', 403]);
    const e3 = await failure(new KMSClient(c).send(new ListKeysCommand({})));
    expect([e3.name, e3.$metadata.httpStatusCode]).toEqual(['AccessDeniedException', 400]);
    expect(e3.message).toContain('kms:ListKeys');
    const e4 = await failure(new LambdaClient(c).send(new GetPolicyCommand({ FunctionName: 'f' })));
    expect([e4.name, e4.$metadata.httpStatusCode]).toEqual(['AccessDeniedException', 403]);
    expect(s.stats().faults).toBe(4);
  });

  it('throttle and error: the services own codes and statuses', async () => {
    const s = await start();
    const c = sdkConfig(s);
    s.setFaults([{ effect: 'throttle' }]);
    const cases: Array<[() => Promise<unknown>, string, number]> = [
      [() => new S3Client(c).send(new GetBucketPolicyCommand({ Bucket: 'b' })), 'SlowDown', 503],
      [() => new EC2Client(c).send(new DescribeSecurityGroupsCommand({})), 'RequestLimitExceeded', 503],
      [() => new STSClient(c).send(new GetCallerIdentityCommand({})), 'Throttling', 400],
      [() => new KMSClient(c).send(new ListKeysCommand({})), 'ThrottlingException', 400],
      [() => new LambdaClient(c).send(new GetPolicyCommand({ FunctionName: 'f' })), 'TooManyRequestsException', 429],
    ];
    for (const [call, name, status] of cases) {
      const e = await failure(call());
      expect([e.name, e.$metadata.httpStatusCode]).toEqual([name, status]);
    }
    s.setFaults([{ effect: 'error', service: 's3' }, { effect: 'error', service: 'kms' }, { effect: 'error', service: 'ec2', code: 'ServiceUnavailable', status: 503 }]);
    const e1 = await failure(new S3Client(c).send(new GetBucketPolicyCommand({ Bucket: 'b' })));
    expect([e1.name, e1.$metadata.httpStatusCode]).toEqual(['InternalError', 500]);
    const e2 = await failure(new KMSClient(c).send(new ListKeysCommand({})));
    expect([e2.name, e2.$metadata.httpStatusCode]).toEqual(['KMSInternalException', 500]);
    const e3 = await failure(new EC2Client(c).send(new DescribeSecurityGroupsCommand({})));
    expect([e3.name, e3.$metadata.httpStatusCode]).toEqual(['ServiceUnavailable', 503]);
  });

  it('timeout holds the request until the client gives up; close does not wait for it', async () => {
    const s = await start(tinyEstate({}, { faults: [{ effect: 'timeout', service: 'kms' }] }));
    const client = new KMSClient({ ...sdkConfig(s), requestHandler: new NodeHttpHandler({ requestTimeout: 300, throwOnRequestTimeout: true }) });
    const t0 = performance.now();
    const e = await failure(client.send(new ListKeysCommand({})));
    expect(e.name).toBe('TimeoutError');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(280);
    // A held request left open must not keep close() waiting.
    const pending = new KMSClient(sdkConfig(s)).send(new ListKeysCommand({})).catch((err: unknown) => err);
    await new Promise((r) => setTimeout(r, 50));
    const c0 = performance.now();
    await s.close();
    expect(performance.now() - c0).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('latency, times and probability (seeded)', async () => {
    const s = await start(tinyEstate({}, { faults: [{ effect: 'latency', service: 'kms', latencyMs: 150 }, { effect: 'deny', service: 'sts', times: 2 }] }));
    const c = sdkConfig(s);
    const t0 = performance.now();
    await new KMSClient(c).send(new ListKeysCommand({}));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    const sts1 = new STSClient(c);
    expect((await failure(sts1.send(new GetCallerIdentityCommand({})))).name).toBe('AccessDenied');
    expect((await failure(sts1.send(new GetCallerIdentityCommand({})))).name).toBe('AccessDenied');
    expect((await sts1.send(new GetCallerIdentityCommand({}))).Account).toBe(MGMT);

    const run = async () => {
      s.setFaults([{ effect: 'deny', service: 'kms', probability: 0.5 }]);
      const out: boolean[] = [];
      for (let i = 0; i < 30; i++) out.push(await new KMSClient(c).send(new ListKeysCommand({})).then(() => true, () => false));
      return out;
    };
    const a = await run();
    const failed = a.filter((x) => !x).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(25);
    expect(await run()).toEqual(a);
  });
});

describe('rate limits and stats', () => {
  it('token buckets throttle at the configured rate and refill', async () => {
    const s = await start(tinyEstate({}, { settings: { rateLimits: true } }));
    const ct = new CloudTrailClient(sdkConfig(s));
    const results = await Promise.all(Array.from({ length: 14 }, () => ct.send(new DescribeTrailsCommand({})).then(() => 'ok', (e: { name: string }) => e.name)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(10);
    expect(results.filter((r) => r === 'ThrottlingException')).toHaveLength(4);
    const stats = s.stats();
    expect(stats.throttled).toBe(4);
    expect(stats.buckets).toContainEqual({ key: `${MGMT}/us-east-1/cloudtrail`, capacity: 10, refillPerSecond: 10, admitted: 10 });
    await new Promise((r) => setTimeout(r, 350));
    const after = await Promise.all(Array.from({ length: 3 }, () => ct.send(new DescribeTrailsCommand({})).then(() => 'ok', (e: { name: string }) => e.name)));
    expect(after).toEqual(['ok', 'ok', 'ok']);
  });

  it('counts calls per bucket without enforcing; the floor follows from the counts', async () => {
    const s = await start();
    const ct = new CloudTrailClient(sdkConfig(s));
    for (let i = 0; i < 25; i++) await ct.send(new DescribeTrailsCommand({}));
    const ec2c = new EC2Client(sdkConfig(s, 'eu-west-1'));
    await ec2c.send(new DescribeSecurityGroupsCommand({}));
    await ec2c.send(new DescribeSecurityGroupsCommand({ MaxResults: 5 }));
    const stats = s.stats();
    expect(stats.throttled).toBe(0);
    expect(stats.calls).toBe(27);
    expect(stats.byOperation).toEqual({ 'cloudtrail:DescribeTrails': 25, 'ec2:DescribeSecurityGroups': 2 });
    expect(stats.floorSeconds).toBeCloseTo(1.5);
    const keys = stats.buckets.map((b) => b.key).sort();
    expect(keys).toEqual([`${MGMT}/eu-west-1/ec2:non-mutating`, `${MGMT}/eu-west-1/ec2:unpaginated-describe`, `${MGMT}/us-east-1/cloudtrail`]);
    s.resetStats();
    expect(s.stats()).toMatchObject({ calls: 0, buckets: [], floorSeconds: 0, byOperation: {} });
  });

  it('settings.latencyMs delays every call', async () => {
    const s = await start(tinyEstate({}, { settings: { latencyMs: 100 } }));
    const t0 = performance.now();
    await new STSClient(sdkConfig(s)).send(new GetCallerIdentityCommand({}));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(95);
  });
});

describe('STS AssumeRole and Organizations', () => {
  it('assumed-role sessions are attributed to the target account', async () => {
    const s = await start();
    const stsc = new STSClient(sdkConfig(s));
    const out = await stsc.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/OrganizationAccountAccessRole`, RoleSessionName: 'parapet-scan' }));
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(out.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now());
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${MEMBER}:assumed-role/OrganizationAccountAccessRole/parapet-scan`);
    const credentials = { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken! };
    const who = await new STSClient({ ...sdkConfig(s), credentials }).send(new GetCallerIdentityCommand({}));
    expect(who.Account).toBe(MEMBER);
    expect(who.Arn).toBe(out.AssumedRoleUser?.Arn);
    const keys = await new KMSClient({ ...sdkConfig(s, 'af-south-1'), credentials }).send(new ListKeysCommand({}));
    expect(keys.Keys?.[0]?.KeyArn).toBe(`arn:aws:kms:af-south-1:${MEMBER}:key/k`);
    // The session token is part of the credentials.
    const e = await failure(new KMSClient({ ...sdkConfig(s), credentials: { ...credentials, sessionToken: undefined } }).send(new ListKeysCommand({})));
    expect(e.name).toBe('UnrecognizedClientException');
  });

  it('roles must exist in the target account, with their external id', async () => {
    const s = await start();
    const stsc = new STSClient(sdkConfig(s));
    const ok = await stsc.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/Auditor`, RoleSessionName: 'audit', ExternalId: 'ext-1' }));
    expect(ok.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${MEMBER}:assumed-role/Auditor/audit`);
    for (const [arn, ext] of [
      [`arn:aws:iam::${MEMBER}:role/Auditor`, 'wrong'],
      [`arn:aws:iam::${MEMBER}:role/Nope`, undefined],
      [`arn:aws:iam::999999999999:role/OrganizationAccountAccessRole`, undefined],
    ] as const) {
      const e = await failure(stsc.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'audit', ExternalId: ext })));
      expect([e.name, e.$metadata.httpStatusCode]).toEqual(['AccessDenied', 403]);
    }
  });

  it('Organizations: management account lists, members are refused', async () => {
    const s = await start(tinyEstate({}, { accounts: [...tinyEstate().accounts, { id: '333333333333', name: 'third', regions: ['us-east-1'], global: {}, regional: {} }] }));
    const org = new OrganizationsClient(sdkConfig(s));
    const first = await org.send(new ListAccountsCommand({ MaxResults: 2 }));
    expect(first.Accounts?.map((a) => a.Id)).toEqual([MGMT, MEMBER]);
    expect(first.Accounts?.[0]).toMatchObject({ Name: 'management', Status: 'ACTIVE', JoinedTimestamp: new Date('2020-01-01T00:00:00Z') });
    const second = await org.send(new ListAccountsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    expect(second.Accounts?.map((a) => a.Id)).toEqual(['333333333333']);
    expect(second.NextToken).toBeUndefined();
    expect((await org.send(new ListRootsCommand({}))).Roots?.[0]?.Id).toMatch(/^r-/);
    expect((await org.send(new DescribeOrganizationCommand({}))).Organization?.MasterAccountId).toBe(MGMT);

    const out = await new STSClient(sdkConfig(s)).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/OrganizationAccountAccessRole`, RoleSessionName: 'member' }));
    const member = new OrganizationsClient({ ...sdkConfig(s), credentials: { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken! } });
    const e = await failure(member.send(new ListAccountsCommand({})));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['AccessDeniedException', 400]);
    expect((await member.send(new DescribeOrganizationCommand({}))).Organization?.Id).toBe('o-abc123def4');
  });

  it('Organizations without an organization: AWSOrganizationsNotInUseException', async () => {
    const { organization: _o, ...standalone } = tinyEstate();
    const s = await start(standalone);
    const e = await failure(new OrganizationsClient(sdkConfig(s)).send(new ListAccountsCommand({})));
    expect(e.name).toBe('AWSOrganizationsNotInUseException');
    expect(s.credentials.accessKeyId).toMatch(/^AKIA/);
    expect(s.env).toMatchObject({ AWS_ENDPOINT_URL: s.endpoint, AWS_ACCESS_KEY_ID: s.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: s.credentials.secretAccessKey, AWS_REGION: 'us-east-1' });
  });
});
