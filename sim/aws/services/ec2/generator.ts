import type { ResourceGenerator } from '../../generator.js';
import { buildImage, buildInstance, buildSnapshot, buildVolume } from './gen-compute.js';
import { buildNetwork } from './gen-network.js';
import { chance, pick } from './gen-util.js';
import type { Ec2Section } from './section.js';

/**
 * Builds a regional EC2 section of about `n` assets, counted as the collectors count them: instances,
 * security groups, network ACLs, VPCs, volumes, snapshots, images, plus the two per-region settings
 * (EBS encryption by default, snapshot block public access).
 */
export const ec2Generator: ResourceGenerator = {
  service: 'ec2',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const budget = Math.max(0, n - 2);
    const vpcCount = Math.max(1, Math.round(budget * 0.01));
    const network = buildNetwork(rng, accountId, vpcCount, Math.round(budget * 0.13), vpcCount);
    const appGroups = network.securityGroups.filter((g) => g.GroupName !== 'default');
    const instanceCount = Math.round(budget * 0.24);
    const instances = Array.from({ length: instanceCount }, (_, i) => buildInstance(rng, region, accountId, network.vpcs[i % vpcCount]!, appGroups.length ? appGroups : network.securityGroups));
    // Every instance has a root volume, one in ten a data volume; a few volumes are left unattached.
    const volumes = instances.flatMap((inst) => [buildVolume(rng, region, accountId, inst), ...(chance(rng, 0.1) ? [buildVolume(rng, region, accountId, inst, '/dev/sdf')] : [])]);
    for (let i = Math.round(budget * 0.03); i > 0; i--) volumes.push(buildVolume(rng, region, accountId));
    const snapshots = Array.from({ length: Math.round(budget * 0.2) }, () => buildSnapshot(rng, accountId, volumes.length ? pick(rng, volumes) : undefined));
    const images = Array.from({ length: Math.round(budget * 0.03) }, () => buildImage(rng, region, accountId));
    const section: Ec2Section = {
      instances,
      ...network,
      volumes,
      snapshots,
      images,
      ebsEncryptionByDefault: chance(rng, 0.5),
      snapshotBlockPublicAccessState: pick(rng, ['block-all-sharing', 'block-all-sharing', 'block-new-sharing', 'unblocked', 'unblocked'] as const),
    };
    const assets = instances.length + network.securityGroups.length + network.networkAcls.length + network.vpcs.length + volumes.length + snapshots.length + images.length + 2;
    return { section, assets };
  },
};
