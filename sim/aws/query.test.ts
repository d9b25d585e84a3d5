import { GetAccountAuthorizationDetailsCommand, GetAccountPasswordPolicyCommand, GetUserCommand, IAMClient, ListRolesCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { CreateTopicCommand, GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './server.js';
import { SimError, type SimService } from './service.js';
import * as sts from './services/sts.js';
import { failure, MGMT, sdkConfig, tinyEstate } from './test-helpers.js';

const created = new Date('2024-03-01T12:34:56Z');
let seen: Record<string, unknown> | undefined;

const iam: SimService = {
  signingName: 'iam',
  sdk: '@aws-sdk/client-iam',
  operations: {
    ListUsers(input: { PathPrefix?: string; MaxItems?: number }, ctx) {
      seen = input;
      return {
        Users: [
          { UserName: 'alice', UserId: 'AIDA1', Arn: `arn:aws:iam::${ctx.account.id}:user/alice`, Path: '/', CreateDate: created, Tags: [{ Key: 'team', Value: 'a&b <c>' }] },
          // Timestamps from YAML arrive as strings; the engine formats them.
          { UserName: 'bob', UserId: 'AIDA2', Arn: `arn:aws:iam::${ctx.account.id}:user/bob`, Path: '/', CreateDate: '2023-01-02T03:04:05Z', PasswordLastUsed: '2024-05-06T07:08:09.123Z' },
        ],
        IsTruncated: false,
      };
    },
    ListRoles: () => ({ Roles: [], IsTruncated: false }),
    GetAccountAuthorizationDetails(input) {
      seen = input;
      return { UserDetailList: [], IsTruncated: false };
    },
    GetUser(input: { UserName?: string }) {
      if (input.UserName === 'ghost') throw new SimError('NoSuchEntity', 'The user with name ghost cannot be found.', 404);
      throw new SimError('NoSuchEntityException', 'thrown by SDK name');
    },
  },
};

const sns: SimService = {
  signingName: 'sns',
  sdk: '@aws-sdk/client-sns',
  operations: {
    CreateTopic(input) {
      seen = input;
      return { TopicArn: 'arn:aws:sns:us-east-1:111111111111:t' };
    },
    GetTopicAttributes: () => ({ Attributes: { TopicArn: 'arn:aws:sns:us-east-1:111111111111:t', KmsMasterKeyId: 'alias/aws/sns', Policy: '{"Version":"2012-10-17"}' } }),
  },
};

const rds: SimService = {
  signingName: 'rds',
  sdk: '@aws-sdk/client-rds',
  operations: {
    DescribeDBInstances(input) {
      seen = input;
      return {
        DBInstances: [
          {
            DBInstanceIdentifier: 'db1',
            StorageEncrypted: false,
            PubliclyAccessible: 'true',
            BackupRetentionPeriod: '7',
            InstanceCreateTime: '2024-02-03T04:05:06Z',
            VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }],
            TagList: [{ Key: 'env', Value: 'prod' }],
          },
        ],
      };
    },
  },
};

describe('awsQuery protocol through the real SDK', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate(), services: [sts.service, iam, sns, rds] });
  });
  afterAll(() => sim.close());

  it('STS GetCallerIdentity names the caller', async () => {
    const out = await new STSClient(sdkConfig(sim)).send(new GetCallerIdentityCommand({}));
    expect(out.Account).toBe(MGMT);
    expect(out.Arn).toBe(`arn:aws:iam::${MGMT}:user/parapet`);
    expect(out.UserId).toMatch(/^AIDA/);
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  it('IAM ListUsers: lists of members, timestamps, escaping, decoded input', async () => {
    const out = await new IAMClient(sdkConfig(sim)).send(new ListUsersCommand({ PathPrefix: '/x/', MaxItems: 5 }));
    expect(seen).toEqual({ PathPrefix: '/x/', MaxItems: 5 });
    expect(out.IsTruncated).toBe(false);
    expect(out.Users).toHaveLength(2);
    expect(out.Users?.[0]?.CreateDate).toEqual(created);
    expect(out.Users?.[0]?.Tags).toEqual([{ Key: 'team', Value: 'a&b <c>' }]);
    expect(out.Users?.[1]?.CreateDate).toEqual(new Date('2023-01-02T03:04:05Z'));
    expect(out.Users?.[1]?.PasswordLastUsed).toEqual(new Date('2024-05-06T07:08:09.123Z'));
  });

  it('decodes list parameters (Filter.member.N) and reads empty lists', async () => {
    await new IAMClient(sdkConfig(sim)).send(new GetAccountAuthorizationDetailsCommand({ Filter: ['User', 'Role'] }));
    expect(seen).toEqual({ Filter: ['User', 'Role'] });
    const roles = await new IAMClient(sdkConfig(sim)).send(new ListRolesCommand({}));
    expect(roles.Roles).toEqual([]);
  });

  it('SNS: maps both ways (Attributes.entry.N.key / <entry><key>)', async () => {
    const c = new SNSClient(sdkConfig(sim));
    await c.send(new CreateTopicCommand({ Name: 't', Attributes: { KmsMasterKeyId: 'alias/k', DisplayName: 'T' }, Tags: [{ Key: 'a', Value: 'b' }] }));
    expect(seen).toEqual({ Name: 't', Attributes: { KmsMasterKeyId: 'alias/k', DisplayName: 'T' }, Tags: [{ Key: 'a', Value: 'b' }] });
    const out = await c.send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:111111111111:t' }));
    expect(out.Attributes).toEqual({ TopicArn: 'arn:aws:sns:us-east-1:111111111111:t', KmsMasterKeyId: 'alias/aws/sns', Policy: '{"Version":"2012-10-17"}' });
  });

  it('RDS: list members named by the model (<DBInstance>), loose scalars coerced', async () => {
    const out = await new RDSClient(sdkConfig(sim)).send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'engine', Values: ['postgres'] }], MaxRecords: 20 }));
    expect(seen).toEqual({ Filters: [{ Name: 'engine', Values: ['postgres'] }], MaxRecords: 20 });
    expect(out.DBInstances?.[0]).toEqual({
      DBInstanceIdentifier: 'db1',
      StorageEncrypted: false,
      PubliclyAccessible: true,
      BackupRetentionPeriod: 7,
      InstanceCreateTime: new Date('2024-02-03T04:05:06Z'),
      VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }],
      TagList: [{ Key: 'env', Value: 'prod' }],
    });
  });

  it('errors: the wire code, the modeled status, the SDK exception', async () => {
    const e = await failure(new IAMClient(sdkConfig(sim)).send(new GetUserCommand({ UserName: 'ghost' })));
    expect(e.name).toBe('NoSuchEntityException');
    expect(e.Code).toBe('NoSuchEntity');
    expect(e.$metadata.httpStatusCode).toBe(404);
    expect(e.message).toBe('The user with name ghost cannot be found.');
    // Thrown by the SDK's name: the same wire code and status.
    const e2 = await failure(new IAMClient(sdkConfig(sim)).send(new GetUserCommand({ UserName: 'x' })));
    expect(e2.name).toBe('NoSuchEntityException');
    expect(e2.Code).toBe('NoSuchEntity');
    expect(e2.$metadata.httpStatusCode).toBe(404);
  });

  it('unimplemented operations answer InvalidAction', async () => {
    const e = await failure(new IAMClient(sdkConfig(sim)).send(new GetAccountPasswordPolicyCommand({})));
    expect(e.name).toBe('InvalidAction');
    expect(e.$metadata.httpStatusCode).toBe(400);
  });

  it('unknown access keys get InvalidClientTokenId', async () => {
    const e = await failure(new STSClient({ ...sdkConfig(sim), credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } }).send(new GetCallerIdentityCommand({})));
    expect(e.name).toBe('InvalidClientTokenId');
    expect(e.$metadata.httpStatusCode).toBe(403);
  });

  it('unsigned requests get MissingAuthenticationToken', async () => {
    const res = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });
});
