import { DescribeImagesCommand, DescribeRegionsCommand, DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './server.js';
import { SimError, type SimService } from './service.js';
import { ec2RegionOperations } from './services/ec2-regions.js';
import { failure, sdkConfig, tinyEstate } from './test-helpers.js';

let seen: Record<string, unknown> | undefined;

const ec2: SimService = {
  signingName: 'ec2',
  sdk: '@aws-sdk/client-ec2',
  operations: {
    ...ec2RegionOperations,
    DescribeSecurityGroups(input: { GroupIds?: string[] }, ctx) {
      seen = input;
      if (input.GroupIds?.includes('sg-missing')) throw new SimError('InvalidGroup.NotFound', "The security group 'sg-missing' does not exist");
      return {
        SecurityGroups: [
          {
            GroupId: 'sg-1',
            GroupName: 'default',
            Description: 'default VPC security group',
            OwnerId: ctx.account.id,
            VpcId: 'vpc-1',
            IpPermissions: [
              {
                IpProtocol: 'tcp',
                FromPort: 22,
                ToPort: 22,
                IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }],
                Ipv6Ranges: [{ CidrIpv6: '::/0' }],
                UserIdGroupPairs: [{ GroupId: 'sg-2', UserId: ctx.account.id }],
                PrefixListIds: [],
              },
            ],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
            Tags: [
              { Key: 'Name', Value: 'web' },
              { Key: 'env', Value: 'prod' },
            ],
          },
        ],
        NextToken: 'next-page',
      };
    },
  },
};

describe('ec2Query protocol through the real SDK', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate(), services: [ec2] });
  });
  afterAll(() => sim.close());

  it('DescribeRegions lists the enabled regions', async () => {
    const out = await new EC2Client(sdkConfig(sim)).send(new DescribeRegionsCommand({}));
    expect(out.Regions).toEqual([
      { RegionName: 'us-east-1', Endpoint: 'ec2.us-east-1.amazonaws.com', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'eu-west-1', Endpoint: 'ec2.eu-west-1.amazonaws.com', OptInStatus: 'opt-in-not-required' },
    ]);
  });

  it('DescribeRegions AllRegions, RegionNames and filters', async () => {
    const c = new EC2Client(sdkConfig(sim));
    const all = await c.send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(all.Regions!.length).toBeGreaterThan(30);
    expect(all.Regions!.find((r) => r.RegionName === 'af-south-1')?.OptInStatus).toBe('not-opted-in');
    const named = await c.send(new DescribeRegionsCommand({ RegionNames: ['eu-west-1', 'ap-east-1'] }));
    expect(named.Regions?.map((r) => [r.RegionName, r.OptInStatus])).toEqual([
      ['eu-west-1', 'opt-in-not-required'],
      ['ap-east-1', 'not-opted-in'],
    ]);
    const filtered = await c.send(new DescribeRegionsCommand({ AllRegions: true, Filters: [{ Name: 'opt-in-status', Values: ['opt-in-not-required'] }] }));
    expect(filtered.Regions?.map((r) => r.RegionName)).toEqual(['us-east-1', 'eu-west-1']);
    const e = await failure(c.send(new DescribeRegionsCommand({ RegionNames: ['xx-nowhere-1'] })));
    expect(e.name).toBe('InvalidParameterValue');
  });

  it('DescribeSecurityGroups: nested lists, tags, flattened request lists and filters', async () => {
    const out = await new EC2Client(sdkConfig(sim)).send(
      new DescribeSecurityGroupsCommand({ GroupIds: ['sg-1', 'sg-2'], Filters: [{ Name: 'vpc-id', Values: ['vpc-1', 'vpc-2'] }], MaxResults: 10 }),
    );
    expect(seen).toEqual({ GroupIds: ['sg-1', 'sg-2'], Filters: [{ Name: 'vpc-id', Values: ['vpc-1', 'vpc-2'] }], MaxResults: 10 });
    expect(out.NextToken).toBe('next-page');
    const sg = out.SecurityGroups?.[0];
    expect(sg?.GroupId).toBe('sg-1');
    expect(sg?.Description).toBe('default VPC security group');
    expect(sg?.Tags).toEqual([
      { Key: 'Name', Value: 'web' },
      { Key: 'env', Value: 'prod' },
    ]);
    expect(sg?.IpPermissions?.[0]).toEqual({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }],
      Ipv6Ranges: [{ CidrIpv6: '::/0' }],
      UserIdGroupPairs: [{ GroupId: 'sg-2', UserId: '111111111111' }],
      PrefixListIds: [],
    });
    expect(sg?.IpPermissionsEgress?.[0]?.IpRanges).toEqual([{ CidrIp: '0.0.0.0/0' }]);
  });

  it('errors in the EC2 shape', async () => {
    const e = await failure(new EC2Client(sdkConfig(sim)).send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-missing'] })));
    expect(e.name).toBe('InvalidGroup.NotFound');
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.message).toContain('sg-missing');
  });

  it('unimplemented operations answer InvalidAction', async () => {
    const e = await failure(new EC2Client(sdkConfig(sim)).send(new DescribeImagesCommand({})));
    expect(e.name).toBe('InvalidAction');
    expect(e.$metadata.httpStatusCode).toBe(400);
  });

  it('unknown access keys get AuthFailure', async () => {
    const e = await failure(new EC2Client({ ...sdkConfig(sim), credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } }).send(new DescribeRegionsCommand({})));
    expect(e.name).toBe('AuthFailure');
    expect(e.$metadata.httpStatusCode).toBe(401);
  });
});
