import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import { runRule, type Rule } from '../../../../core/rule.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { awsAsset, fixtureContext } from '../../../../../test/support/assets.js';
import { scanWith } from '../../../../../test/support/aws.js';
import { rules } from '../../../../rules/aws/s3/index.js';
import { accountPublicAccessBlockCollector } from './account-public-access-block.js';
import { bucketsCollector } from './buckets.js';

/**
 * The S3 part of the demo estate, scanned for real, shows each S3 rule failing on the mistake and passing
 * on its twin, and the denied GetBucketAcl turning the public-read verdict into unknown.
 */
const byId = (id: string): Rule => rules.find((r) => r.id === `aws.s3.${id}`)!;

async function scanDemoAccount(account: string): Promise<{ buckets: Record<string, Asset>; ctx: ReturnType<typeof fixtureContext> }> {
  const estate = await loadEstate('sim/estates/demo/s3.yaml');
  estate.organization = { id: 'o-demo000001', managementAccountId: '111111111111' };
  const sim = await startSimulator({ estate });
  try {
    const { assets } = await scanWith(sim, [bucketsCollector, accountPublicAccessBlockCollector], { account });
    const buckets = Object.fromEntries(assets.filter((a) => a.type === 'AWS::S3::Bucket').map((a) => [a.name, a]));
    return { buckets, ctx: fixtureContext(assets) };
  } finally {
    await sim.close();
  }
}

describe('demo estate: S3', () => {
  it('prod shows fail, pass and unknown where the fragment says', async () => {
    const { buckets, ctx } = await scanDemoAccount('222222222222');
    const verdict = (rule: string, bucket: string) => runRule(byId(rule), buckets[bucket]!, ctx).status;
    expect(verdict('bucket-not-publicly-readable', 'prod-website-assets')).toBe('fail');
    expect(verdict('bucket-not-publicly-readable', 'prod-media-uploads')).toBe('fail');
    expect(verdict('bucket-not-publicly-readable', 'prod-customer-exports')).toBe('unknown');
    expect(verdict('bucket-not-publicly-readable', 'prod-customer-reports')).toBe('pass');
    expect(verdict('bucket-not-publicly-readable', 'prod-vpc-only-data')).toBe('pass');
    expect(verdict('bucket-not-publicly-readable', 'prod-analytics-neutralised')).toBe('pass');
    expect(verdict('bucket-not-publicly-writable', 'prod-legacy-dropbox')).toBe('fail');
    expect(verdict('bucket-not-publicly-writable', 'prod-website-assets')).toBe('pass');
    expect(verdict('bucket-policy-no-cross-account-admin', 'prod-partner-exchange')).toBe('fail');
    expect(verdict('bucket-policy-no-cross-account-admin', 'prod-partner-feed')).toBe('pass');
    expect(verdict('bucket-tls-required', 'prod-website-assets')).toBe('fail');
    for (const rule of ['bucket-public-access-blocked', 'bucket-tls-required', 'bucket-mfa-delete-enabled', 'bucket-versioning-enabled', 'bucket-access-logging-enabled', 'bucket-acls-disabled', 'bucket-default-encryption-kms'])
      expect([rule, verdict(rule, 'prod-app-data')]).toEqual([rule, 'pass']);
    for (const rule of ['bucket-public-access-blocked', 'bucket-mfa-delete-enabled', 'bucket-versioning-enabled', 'bucket-access-logging-enabled', 'bucket-acls-disabled', 'bucket-default-encryption-kms'])
      expect([rule, verdict(rule, 'prod-media-uploads')]).toEqual([rule, 'fail']);
  });

  it('dev\'s untouched scratch bucket is private but unhardened', async () => {
    const { buckets, ctx } = await scanDemoAccount('333333333333');
    const scratch = buckets['dev-scratch-333333333333']!;
    expect(runRule(byId('bucket-not-publicly-readable'), scratch, ctx).status).toBe('pass');
    expect(runRule(byId('bucket-versioning-enabled'), scratch, ctx).status).toBe('fail');
    expect(runRule(byId('bucket-versioning-enabled'), buckets['dev-ml-datasets-333333333333']!, ctx).status).toBe('fail');
  });

  it.each([
    ['111111111111', 'pass'],
    ['222222222222', 'fail'],
    ['333333333333', 'fail'],
  ])('account %s: the account-level block rule gives %s', async (account, status) => {
    const { ctx } = await scanDemoAccount(account);
    const accountAsset = awsAsset({ type: 'AWS::::Account', kind: 'account', id: `arn:aws:::account/${account}`, account, region: 'global' });
    expect(runRule(byId('account-public-access-block-enabled'), accountAsset, ctx).status).toBe(status);
  });
});
