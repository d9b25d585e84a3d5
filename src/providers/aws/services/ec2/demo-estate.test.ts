import { describe, expect, it } from 'vitest';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { scanWith } from '../../../../../test/support/aws.js';
import type { Asset } from '../../../../core/asset.js';
import { runRule, type Rule } from '../../../../core/rule.js';
import { rules } from '../../../../rules/aws/ec2/index.js';
import { collectors } from './index.js';

/**
 * The EC2 part of the demo estate, scanned for real: each rule fails on the mistake the fragment's header
 * names and passes on its twin; the denied snapshot attribute gives unknown.
 */
const byId = (id: string): Rule => rules.find((r) => r.id === `aws.ec2.${id}`)!;

async function scan(account: string, region: string): Promise<{ verdict: (rule: string, name: string) => string; assets: Asset[] }> {
  const estate = await loadEstate('sim/estates/demo/ec2.yaml');
  estate.organization = { id: 'o-demo000001', managementAccountId: '111111111111' };
  const sim = await startSimulator({ estate });
  try {
    const { assets } = await scanWith(sim, collectors, { account, region });
    const ctx = fixtureContext(assets);
    const verdict = (rule: string, name: string) => {
      const asset = assets.find((a) => a.name === name || a.id.endsWith(`/${name}`) || a.id.endsWith(`:${name}`));
      if (!asset) throw new Error(`no asset ${name}`);
      return runRule(byId(rule), asset, ctx).status;
    };
    return { verdict, assets };
  } finally {
    await sim.close();
  }
}

describe('demo estate: EC2', () => {
  it('prod us-east-1 shows each mistake failing next to its passing twin', async () => {
    const { verdict } = await scan('222222222222', 'us-east-1');
    const expectations: Array<[string, string, string]> = [
      ['security-group-admin-ports-closed-ipv4', 'sg-0b2200000000000b2', 'fail'],
      ['security-group-admin-ports-closed-ipv4', 'sg-0b2200000000000b3', 'fail'],
      ['security-group-admin-ports-closed-ipv4', 'sg-0b2200000000000b4', 'pass'],
      ['security-group-admin-ports-closed-ipv4', 'sg-0b2200000000000b1', 'pass'],
      ['security-group-admin-ports-closed-ipv6', 'sg-0b2200000000000b4', 'fail'],
      ['security-group-high-risk-ports-closed', 'sg-0b2200000000000b3', 'fail'],
      ['security-group-high-risk-ports-closed', 'sg-0b2200000000000b1', 'pass'],
      ['security-group-world-ingress-authorized-ports-only', 'sg-0b2200000000000b5', 'fail'],
      ['security-group-world-ingress-authorized-ports-only', 'sg-0b2200000000000b1', 'pass'],
      ['security-group-cifs-closed', 'sg-0b2200000000000b7', 'fail'],
      ['security-group-cifs-closed', 'sg-0b2200000000000b6', 'pass'],
      ['default-security-group-restricts-all', 'sg-0b2200000000000d1', 'fail'],
      ['default-security-group-restricts-all', 'sg-0b2200000000000d2', 'pass'],
      ['default-security-group-restricts-all', 'sg-0b2200000000000b1', 'not_applicable'],
      ['network-acl-admin-ports-closed', 'acl-0b2200000000000c1', 'pass'],
      ['network-acl-admin-ports-closed', 'acl-0b2200000000000c2', 'fail'],
      ['network-acl-admin-ports-closed', 'acl-0b2200000000000c3', 'fail'],
      ['vpc-flow-logs-enabled', 'vpc-0b2200000000000a1', 'pass'],
      ['vpc-flow-logs-enabled', 'vpc-0b2200000000000a2', 'fail'],
      ['instance-imdsv2-required', 'i-0b2200000000000e1', 'pass'],
      ['instance-imdsv2-required', 'i-0b2200000000000e2', 'fail'],
      ['instance-no-public-ipv4', 'i-0b2200000000000e1', 'pass'],
      ['instance-no-public-ipv4', 'i-0b2200000000000e2', 'fail'],
      ['stopped-instance-removed', 'i-0b2200000000000e3', 'fail'],
      ['stopped-instance-removed', 'i-0b2200000000000e4', 'pass'],
      ['attached-volume-encrypted', 'vol-0b2200000000000f1', 'pass'],
      ['attached-volume-encrypted', 'vol-0b2200000000000f2', 'fail'],
      ['attached-volume-encrypted', 'vol-0b2200000000000f3', 'not_applicable'],
      ['snapshot-not-publicly-restorable', 'snap-0b2200000000000a1', 'fail'],
      ['snapshot-not-publicly-restorable', 'snap-0b2200000000000a2', 'pass'],
      ['snapshot-not-publicly-restorable', 'snap-0b2200000000000a3', 'pass'],
      ['snapshot-not-publicly-restorable', 'snap-0b2200000000000a4', 'unknown'],
      ['image-not-public', 'ami-0b2200000000000a1', 'fail'],
      ['image-not-public', 'ami-0b2200000000000a2', 'pass'],
      ['ebs-encryption-by-default-enabled', 'ebs-encryption-by-default', 'fail'],
      ['snapshot-block-public-access-enabled', 'snapshot-block-public-access', 'fail'],
    ];
    expect(expectations.map(([rule, name]) => [rule, name, verdict(rule, name)])).toEqual(expectations);
  });

  it('prod eu-west-1: block-all-sharing neutralises the public snapshot; a disabled metadata endpoint passes IMDSv2', async () => {
    const { verdict } = await scan('222222222222', 'eu-west-1');
    expect(verdict('snapshot-not-publicly-restorable', 'snap-0b2300000000000a1')).toBe('pass');
    expect(verdict('snapshot-block-public-access-enabled', 'snapshot-block-public-access')).toBe('pass');
    expect(verdict('ebs-encryption-by-default-enabled', 'ebs-encryption-by-default')).toBe('pass');
    expect(verdict('instance-imdsv2-required', 'i-0b2300000000000e1')).toBe('pass');
    expect(verdict('instance-no-public-ipv4', 'i-0b2300000000000e1')).toBe('fail');
  });

  it('management and dev show hardened and untouched regions', async () => {
    const mgmt = await scan('111111111111', 'us-east-1');
    expect(mgmt.verdict('ebs-encryption-by-default-enabled', 'ebs-encryption-by-default')).toBe('pass');
    expect(mgmt.verdict('default-security-group-restricts-all', 'sg-0a1100000000000d1')).toBe('pass');
    expect(mgmt.verdict('security-group-admin-ports-closed-ipv4', 'sg-0a1100000000000b1')).toBe('pass');
    expect(mgmt.verdict('network-acl-admin-ports-closed', 'acl-0a1100000000000c1')).toBe('fail');
    const dev = await scan('333333333333', 'us-east-1');
    expect(dev.verdict('vpc-flow-logs-enabled', 'vpc-0c3300000000000a1')).toBe('fail');
    expect(dev.verdict('stopped-instance-removed', 'i-0c3300000000000e1')).toBe('fail');
    expect(dev.verdict('security-group-high-risk-ports-closed', 'sg-0c3300000000000b1')).toBe('fail');
    expect(dev.verdict('snapshot-block-public-access-enabled', 'snapshot-block-public-access')).toBe('fail');
  });
});
