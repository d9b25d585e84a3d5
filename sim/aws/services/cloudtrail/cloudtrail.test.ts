import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MEMBER, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';

/** The CloudTrail simulator behaves like CloudTrail where the collector depends on it: shadow trails and name vs ARN. */
let sim: Simulator;
let memberCredentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
beforeAll(async () => {
  sim = await startSimulator({
    estate: tinyEstate({
      regional: {
        'us-east-1': {
          cloudtrail: {
            trails: [
              { Name: 'org', S3BucketName: 'logs', IsMultiRegionTrail: true, Status: { IsLogging: false, StopLoggingTime: '2026-10-01T08:00:00Z' } },
              { Name: 'organization', S3BucketName: 'org-logs', IsMultiRegionTrail: true, IsOrganizationTrail: true },
            ],
          },
        },
        'eu-west-1': { cloudtrail: { trails: [{ Name: 'local', S3BucketName: 'logs' }] } },
      },
    }),
  });
  const out = await new STSClient(sdkConfig(sim)).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/OrganizationAccountAccessRole`, RoleSessionName: 'test' }));
  memberCredentials = { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken! };
});
afterAll(() => sim.close());

const ct = (region: string) => new CloudTrailClient(sdkConfig(sim, region));
const ORG_ARN = `arn:aws:cloudtrail:us-east-1:${MGMT}:trail/org`;

describe('CloudTrail simulator', () => {
  it('returns multi-region trails as shadows in other regions unless includeShadowTrails is false', async () => {
    const all = await ct('eu-west-1').send(new DescribeTrailsCommand({}));
    expect(all.trailList?.map((t) => [t.Name, t.HomeRegion])).toEqual([
      ['org', 'us-east-1'],
      ['organization', 'us-east-1'],
      ['local', 'eu-west-1'],
    ]);
    const own = await ct('eu-west-1').send(new DescribeTrailsCommand({ includeShadowTrails: false }));
    expect(own.trailList?.map((t) => t.Name)).toEqual(['local']);
    expect(own.trailList?.[0]).toMatchObject({ TrailARN: `arn:aws:cloudtrail:eu-west-1:${MGMT}:trail/local`, IsMultiRegionTrail: false, IncludeGlobalServiceEvents: true, HasCustomEventSelectors: false });
  });

  it('shows the organization trail to member accounts only as a shadow, reachable by ARN', async () => {
    const member = (region: string) => new CloudTrailClient({ ...sdkConfig(sim, region), credentials: memberCredentials });
    const arn = `arn:aws:cloudtrail:us-east-1:${MGMT}:trail/organization`;
    expect((await member('us-east-1').send(new DescribeTrailsCommand({}))).trailList?.map((t) => t.TrailARN)).toEqual([arn]);
    expect((await member('us-east-1').send(new DescribeTrailsCommand({ includeShadowTrails: false }))).trailList).toEqual([]);
    expect((await member('us-east-1').send(new GetTrailStatusCommand({ Name: arn }))).IsLogging).toBe(true);
    expect((await failure(member('us-east-1').send(new GetTrailStatusCommand({ Name: 'organization' })))).name).toBe('TrailNotFoundException');
  });

  it('finds a shadow trail by ARN but not by name outside its home region', async () => {
    const byArn = await ct('eu-west-1').send(new GetTrailStatusCommand({ Name: ORG_ARN }));
    expect(byArn.IsLogging).toBe(false);
    expect(byArn.StopLoggingTime).toEqual(new Date('2026-10-01T08:00:00Z'));
    const e = await failure(ct('eu-west-1').send(new GetTrailStatusCommand({ Name: 'org' })));
    expect(e.name).toBe('TrailNotFoundException');
  });

  it('reports the default selector (all management events) for a trail without custom selectors', async () => {
    const s = await ct('us-east-1').send(new GetEventSelectorsCommand({ TrailName: 'org' }));
    expect(s.TrailARN).toBe(ORG_ARN);
    expect(s.EventSelectors).toEqual([{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }]);
    expect(s.AdvancedEventSelectors).toBeUndefined();
  });
});
