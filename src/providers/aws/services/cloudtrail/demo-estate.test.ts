import { beforeAll, describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { rules as cloudtrailRules } from '../../../../rules/aws/cloudtrail/index.js';
import { rules as configRules } from '../../../../rules/aws/config/index.js';
import { rules as guarddutyRules } from '../../../../rules/aws/guardduty/index.js';
import { bucketsCollector } from '../s3/buckets.js';
import { recordersCollector } from '../config/recorders.js';
import { detectorsCollector } from '../guardduty/detectors.js';
import { scanDemo, type DemoScan } from './demo-scan.js';
import { trailsCollector } from './trails.js';

/** The logging part of the demo estate, scanned for real: each rule fails on the mistakes and passes on the twins. */
const rule = (id: string) => [...cloudtrailRules, ...configRules, ...guarddutyRules].find((r) => r.id === id)!;
const MGMT = '111111111111';
const PROD = '222222222222';
const DEV = '333333333333';

let demo: DemoScan;
beforeAll(async () => {
  demo = await scanDemo(['cloudtrail.yaml', 'config.yaml', 'guardduty.yaml', 's3.yaml', 'kms.yaml'], [trailsCollector, recordersCollector, detectorsCollector, bucketsCollector]);
}, 120_000);

const onAccount = (id: string, account: string) => runRule(rule(id), demo.account(account), demo.ctx).status;
const onRegion = (id: string, account: string, region: string) => runRule(rule(id), demo.region(account, region), demo.ctx).status;
const onTrail = (id: string, trail: string) => runRule(rule(id), demo.byName('AWS::CloudTrail::Trail', trail), demo.ctx).status;

describe('demo estate: CloudTrail, Config, GuardDuty', () => {
  it('collects without errors beyond the S3 fragment\'s own denied call', () => {
    expect(demo.errors.filter((e) => e.service !== 's3')).toEqual([]);
    expect(demo.assets.filter((a) => a.type === 'AWS::CloudTrail::Trail').map((a) => a.name).sort()).toEqual(['dev-trail', 'org-trail', 'prod-eu-legacy', 'prod-trail']);
  });

  it('CIS 3.1: a logging multi-region trail in management and prod, none in dev', () => {
    expect(onAccount('aws.cloudtrail.multi-region-trail-logging', MGMT)).toBe('pass');
    expect(onAccount('aws.cloudtrail.multi-region-trail-logging', PROD)).toBe('pass');
    expect(onAccount('aws.cloudtrail.multi-region-trail-logging', DEV)).toBe('fail');
  });

  it('trail settings fail on the mistakes and pass on the twins', () => {
    expect(onTrail('aws.cloudtrail.log-file-validation-enabled', 'org-trail')).toBe('pass');
    expect(onTrail('aws.cloudtrail.log-file-validation-enabled', 'prod-trail')).toBe('fail');
    expect(onTrail('aws.cloudtrail.trail-kms-encrypted', 'prod-trail')).toBe('pass');
    expect(onTrail('aws.cloudtrail.trail-kms-encrypted', 'prod-eu-legacy')).toBe('fail');
    expect(onTrail('aws.cloudtrail.cloudwatch-logs-integrated', 'org-trail')).toBe('pass');
    expect(onTrail('aws.cloudtrail.cloudwatch-logs-integrated', 'dev-trail')).toBe('fail');
  });

  it('CIS 3.4: trail bucket logging passes, fails, and is unknown for a bucket in another account', () => {
    expect(onTrail('aws.cloudtrail.bucket-access-logging-enabled', 'org-trail')).toBe('pass');
    expect(onTrail('aws.cloudtrail.bucket-access-logging-enabled', 'dev-trail')).toBe('fail');
    expect(onTrail('aws.cloudtrail.bucket-access-logging-enabled', 'prod-trail')).toBe('unknown');
  });

  it('CIS 3.8 / 3.9: S3 object-level events', () => {
    expect(onAccount('aws.cloudtrail.s3-object-write-events-logged', MGMT)).toBe('pass');
    expect(onAccount('aws.cloudtrail.s3-object-read-events-logged', MGMT)).toBe('pass');
    expect(onAccount('aws.cloudtrail.s3-object-write-events-logged', PROD)).toBe('pass');
    expect(onAccount('aws.cloudtrail.s3-object-read-events-logged', PROD)).toBe('fail');
    expect(onAccount('aws.cloudtrail.s3-object-write-events-logged', DEV)).toBe('fail');
  });

  it('CIS 3.3: Config recording per region, and global types somewhere', () => {
    expect(onRegion('aws.config.recorder-enabled-in-region', MGMT, 'us-east-1')).toBe('pass');
    expect(onRegion('aws.config.recorder-enabled-in-region', MGMT, 'eu-west-1')).toBe('pass');
    expect(onRegion('aws.config.recorder-enabled-in-region', PROD, 'us-east-1')).toBe('pass');
    expect(onRegion('aws.config.recorder-enabled-in-region', PROD, 'eu-west-1')).toBe('fail');
    expect(onRegion('aws.config.recorder-enabled-in-region', DEV, 'us-east-1')).toBe('fail');
    expect(onAccount('aws.config.global-resources-recorded', MGMT)).toBe('pass');
    expect(onAccount('aws.config.global-resources-recorded', DEV)).toBe('fail');
  });

  it('GuardDuty.1: enabled, missing and suspended regions', () => {
    expect(onRegion('aws.guardduty.enabled-in-region', MGMT, 'eu-west-1')).toBe('pass');
    expect(onRegion('aws.guardduty.enabled-in-region', PROD, 'us-east-1')).toBe('pass');
    expect(onRegion('aws.guardduty.enabled-in-region', PROD, 'eu-west-1')).toBe('fail');
    expect(onRegion('aws.guardduty.enabled-in-region', DEV, 'us-east-1')).toBe('fail');
  });
});
