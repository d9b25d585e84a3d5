import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as multiRegion } from '../../../../rules/aws/cloudtrail/multi-region-trail-logging.js';
import { rule as validation } from '../../../../rules/aws/cloudtrail/log-file-validation-enabled.js';
import { rule as s3Writes } from '../../../../rules/aws/cloudtrail/s3-object-write-events-logged.js';
import { trailsCollector } from './trails.js';
import { ACCOUNT, cloudtrailEstate } from './test-estate.js';

const estate = cloudtrailEstate({
  'us-east-1': [
    { Name: 'org', S3BucketName: 'ct-logs', IsMultiRegionTrail: true, LogFileValidationEnabled: true, KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1` },
    {
      Name: 'data',
      S3BucketName: 'ct-logs',
      IsMultiRegionTrail: true,
      AdvancedEventSelectors: [{ Name: 'S3', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }] }],
      Status: { IsLogging: false },
    },
  ],
  'eu-west-1': [{ Name: 'local', S3BucketName: 'eu-logs', EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] }],
});

const account: Asset = { id: `arn:aws:::account/${ACCOUNT}`, provider: 'aws', account: ACCOUNT, region: 'global', type: 'AWS::::Account', kind: 'account', name: ACCOUNT, tags: {}, facets: {}, config: { regions: ['us-east-1', 'eu-west-1'] }, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00Z' };

describe('aws.cloudtrail.trails collector', () => {
  it('describes each trail once, in its home region, with status and selectors', async () => {
    const east = await collectFrom(estate, trailsCollector, { region: 'us-east-1' });
    const eu = await collectFrom(estate, trailsCollector, { region: 'eu-west-1' });
    expect(east.errors).toEqual([]);
    // The multi-region trails are not repeated as shadow trails in eu-west-1.
    expect(east.assets.map((a) => a.name).sort()).toEqual(['data', 'org']);
    expect(eu.assets.map((a) => a.name)).toEqual(['local']);
    const org = east.assets.find((a) => a.name === 'org')!;
    expect(org).toMatchObject({ id: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org`, type: 'AWS::CloudTrail::Trail', kind: 'logging.audit-trail', region: 'us-east-1' });
    expect(org.config.status).toMatchObject({ IsLogging: true });
    expect(org.config.eventSelectors).toEqual({ TrailARN: org.id, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] });
    expect(east.assets.find((a) => a.name === 'data')!.config.eventSelectors).toMatchObject({ AdvancedEventSelectors: [{ Name: 'S3' }] });

    const all = [...east.assets, ...eu.assets];
    const ctx = fixtureContext(all);
    expect(runRule(multiRegion, account, ctx).status).toBe('pass');
    expect(runRule(validation, org, ctx).status).toBe('pass');
    expect(runRule(validation, eu.assets[0]!, ctx).status).toBe('fail');
    // The only trail recording S3 data events is stopped.
    expect(runRule(s3Writes, account, ctx).status).toBe('fail');
  });

  it('a denied GetTrailStatus leaves a gap naming the call; the account-level rule becomes unknown, not fail', async () => {
    const out = await collectFrom(estate, trailsCollector, { region: 'us-east-1', faults: [{ effect: 'deny', service: 'cloudtrail', operation: 'GetTrailStatus' }] });
    expect(out.assets).toHaveLength(2);
    const org = out.assets.find((a) => a.name === 'org')!;
    expect(org.gaps.status).toMatchObject({ provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'cloudtrail', operation: 'GetTrailStatus', code: 'AccessDeniedException', resource: org.id });
    expect(org.config.eventSelectors).toBeDefined();
    const v = runRule(multiRegion, account, fixtureContext(out.assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetTrailStatus');
  });

  it('collects the organization trail in member accounts, once, under an id of the member\'s own', async () => {
    const MEMBER = '222222222222';
    const org: Estate = {
      organization: { id: 'o-abc123def4', managementAccountId: ACCOUNT },
      accounts: [
        { id: ACCOUNT, name: 'management', regions: ['us-east-1', 'eu-west-1'], global: {}, regional: { 'us-east-1': { cloudtrail: { trails: [{ Name: 'org', S3BucketName: 'ct-logs', IsMultiRegionTrail: true, IsOrganizationTrail: true }] } } } },
        { id: MEMBER, name: 'member', regions: ['us-east-1', 'eu-west-1'], global: {}, regional: {} },
      ],
    };
    const home = await collectFrom(org, trailsCollector, { account: MEMBER, region: 'us-east-1' });
    const other = await collectFrom(org, trailsCollector, { account: MEMBER, region: 'eu-west-1' });
    expect(home.errors).toEqual([]);
    expect(other.assets).toEqual([]);
    const t = home.assets[0]!;
    expect(t).toMatchObject({ id: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org/account/${MEMBER}`, account: MEMBER, name: 'org' });
    expect(t.config.status).toMatchObject({ IsLogging: true });
    const memberAccount = { ...account, id: `arn:aws:::account/${MEMBER}`, account: MEMBER, name: MEMBER };
    const ctx = fixtureContext(home.assets);
    // The member is covered by the organization trail; its settings are judged in the management account.
    expect(runRule(multiRegion, memberAccount, ctx).status).toBe('pass');
    expect(runRule(validation, t, ctx).status).toBe('not_applicable');
  });

  it('a denied DescribeTrails is a listing failure', async () => {
    const out = await collectFrom(estate, trailsCollector, { faults: [{ effect: 'deny', service: 'cloudtrail', operation: 'DescribeTrails' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ service: 'cloudtrail', operation: 'DescribeTrails', code: 'AccessDeniedException' })]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.cloudtrail.trails', ok: false })]);
  });
});
