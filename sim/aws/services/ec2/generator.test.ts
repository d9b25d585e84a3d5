import type { Instance, SecurityGroup } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../rng.js';
import { ec2Generator } from './generator.js';
import type { Ec2Section } from './section.js';

const build = (n: number, seed = 7) => ec2Generator.build(n, { accountId: '123456789012', region: 'us-east-1', rng: seededRng(seed) });

describe('EC2 benchmark generator', () => {
  it('is deterministic for a seed', () => {
    expect(JSON.stringify(build(500))).toBe(JSON.stringify(build(500)));
    expect(JSON.stringify(build(500, 8))).not.toBe(JSON.stringify(build(500)));
  });

  it('counts its assets as the collectors will and lands near the requested size', () => {
    const { section, assets } = build(5000) as { section: Ec2Section; assets: number };
    const counted = ['instances', 'securityGroups', 'networkAcls', 'vpcs', 'volumes', 'snapshots', 'images'].reduce((n, k) => n + ((section as any)[k]?.length ?? 0), 2);
    expect(assets).toBe(counted);
    expect(assets).toBeGreaterThan(4500);
    expect(assets).toBeLessThan(5500);
  });

  it('mixes misconfigured resources with well-configured ones', () => {
    const { section } = build(5000) as { section: Ec2Section };
    const instances = section.instances as Instance[];
    const imdsv1 = instances.filter((i) => i.MetadataOptions?.HttpTokens === 'optional').length / instances.length;
    expect(imdsv1).toBeGreaterThan(0.2);
    expect(imdsv1).toBeLessThan(0.5);
    const sshOpen = (section.securityGroups as SecurityGroup[]).filter((g) => g.IpPermissions?.some((p) => p.FromPort === 22 && p.IpRanges?.some((r) => r.CidrIp === '0.0.0.0/0'))).length;
    expect(sshOpen).toBeGreaterThan(0);
    expect(section.snapshots?.some((s) => s.createVolumePermissions?.some((p) => p.Group === 'all'))).toBe(true);
    expect(section.snapshots?.some((s) => !s.createVolumePermissions?.length)).toBe(true);
    // Every attached volume points at an instance that exists.
    const ids = new Set(instances.map((i) => i.InstanceId));
    expect(section.volumes?.every((v) => (v.Attachments ?? []).every((a) => ids.has(a.InstanceId)))).toBe(true);
  });
});
