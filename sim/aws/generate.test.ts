import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { generateEstate, MEMBER_ROLE } from './generate.js';
import type { ResourceGenerator } from './generator.js';
import { startSimulator } from './server.js';
import * as organizations from './services/organizations.js';
import * as sts from './services/sts.js';
import { sdkConfig } from './test-helpers.js';

const buckets: ResourceGenerator = {
  service: 's3',
  scope: 'global',
  build: (n, { accountId, rng }) => ({ section: { buckets: Array.from({ length: n }, (_, i) => ({ Name: `b-${accountId}-${i}`, Public: rng() < 0.2 })) }, assets: n }),
};
const vpcs: ResourceGenerator = {
  service: 'ec2',
  scope: 'regional',
  // One extra asset per slot (the default VPC), as a generator may count.
  build: (n, { region, rng }) => ({ section: { vpcs: Array.from({ length: n }, (_, i) => ({ VpcId: `vpc-${region}-${i}-${Math.floor(rng() * 1e6)}` })) }, assets: n + 1 }),
};
const moreVpcs: ResourceGenerator = { ...vpcs, build: (n) => ({ section: { vpcs: Array.from({ length: n }, (_, i) => ({ VpcId: `extra-${i}` })) }, assets: n }) };

describe('generateEstate', () => {
  it('spreads resources by weight over accounts and regions', () => {
    const { estate, expectedAssets } = generateEstate({ accounts: 3, regions: ['us-east-1', 'eu-west-1'], resources: 120, seed: 7, generators: [buckets, vpcs], mix: { s3: 1, ec2: 2 } });
    expect(estate.accounts).toHaveLength(3);
    expect(estate.organization?.managementAccountId).toBe(estate.accounts[0]?.id);
    expect(estate.organization?.memberRoleName).toBe(MEMBER_ROLE);
    const bucketCount = estate.accounts.reduce((n, a) => n + (a.global.s3?.buckets.length ?? 0), 0);
    const vpcCount = estate.accounts.reduce((n, a) => n + Object.values(a.regional).reduce((m, r) => m + (r.ec2?.vpcs.length ?? 0), 0), 0);
    expect(bucketCount).toBe(40);
    expect(vpcCount).toBe(80);
    // 6 regional slots each report one more asset than asked.
    expect(expectedAssets).toBe(120 + 6);
    for (const a of estate.accounts) expect(Object.keys(a.regional)).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('is deterministic for a seed, different across seeds', () => {
    const opts = { accounts: 2, regions: ['us-east-1'], resources: 50, generators: [buckets, vpcs] };
    expect(generateEstate({ ...opts, seed: 1 })).toEqual(generateEstate({ ...opts, seed: 1 }));
    expect(JSON.stringify(generateEstate({ ...opts, seed: 1 }).estate)).not.toBe(JSON.stringify(generateEstate({ ...opts, seed: 2 }).estate));
  });

  it('hands what capped generators cannot make to the others', () => {
    const detector: ResourceGenerator = { service: 'guardduty', scope: 'regional', build: () => ({ section: { detectors: [{ DetectorId: 'd' }] }, assets: 1 }) };
    const { estate, expectedAssets } = generateEstate({ accounts: 2, regions: ['us-east-1', 'eu-west-1'], resources: 100, generators: [detector, buckets] });
    expect(expectedAssets).toBe(100);
    expect(estate.accounts.reduce((n, a) => n + (a.global.s3?.buckets.length ?? 0), 0)).toBe(96);
    expect(estate.accounts[1]?.regional['eu-west-1']?.guardduty).toEqual({ detectors: [{ DetectorId: 'd' }] });
  });

  it('merges sections of generators that share a service', () => {
    const { estate } = generateEstate({ accounts: 1, regions: ['us-east-1'], resources: 10, generators: [vpcs, moreVpcs] });
    expect(estate.accounts[0]?.regional['us-east-1']?.ec2.vpcs).toHaveLength(10);
  });

  it('settings and a servable organization', async () => {
    const { estate } = generateEstate({ accounts: 25, regions: ['us-east-1'], resources: 0, latencyMs: 1, rateLimits: false, generators: [] });
    expect(estate.settings).toEqual({ latencyMs: 1, rateLimits: false });
    const sim = await startSimulator({ estate, services: [sts.service, organizations.service] });
    try {
      const org = new OrganizationsClient(sdkConfig(sim));
      const first = await org.send(new ListAccountsCommand({}));
      const second = await org.send(new ListAccountsCommand({ NextToken: first.NextToken }));
      expect(first.Accounts).toHaveLength(20);
      expect(second.Accounts).toHaveLength(5);
      const member = estate.accounts[24]!.id;
      const out = await new STSClient(sdkConfig(sim)).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${member}:role/${MEMBER_ROLE}`, RoleSessionName: 'bench' }));
      expect(out.AssumedRoleUser?.Arn).toContain(member);
    } finally {
      await sim.close();
    }
  });
});
