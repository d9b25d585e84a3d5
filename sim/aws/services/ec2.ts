/**
 * EC2 / VPC / EBS simulator. The estate section (`regional.<region>.ec2`) is typed in ec2/section.ts;
 * handlers live beside it by resource family, the benchmark generator in ec2/generator.ts.
 */
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';
import { describeVolumes, getEbsDefaultKmsKeyId, getEbsEncryptionByDefault } from './ec2/ebs.js';
import { ec2Generator } from './ec2/generator.js';
import { describeImages } from './ec2/images.js';
import { describeInstances } from './ec2/instances.js';
import { describeFlowLogs, describeNetworkAcls, describeSecurityGroups, describeVpcs } from './ec2/network.js';
import { describeSnapshotAttribute, describeSnapshots, getSnapshotBlockPublicAccessState } from './ec2/snapshots.js';
import { ec2RegionOperations } from './ec2-regions.js';

export type { Ec2Section, Ec2SnapshotEntry } from './ec2/section.js';

export const service: SimService = {
  signingName: 'ec2',
  sdk: '@aws-sdk/client-ec2',
  operations: {
    // DescribeRegions, owned by the engine: the scan driver discovers regions through it.
    ...ec2RegionOperations,
    DescribeInstances: describeInstances,
    DescribeSecurityGroups: describeSecurityGroups,
    DescribeNetworkAcls: describeNetworkAcls,
    DescribeVpcs: describeVpcs,
    DescribeFlowLogs: describeFlowLogs,
    DescribeVolumes: describeVolumes,
    GetEbsEncryptionByDefault: getEbsEncryptionByDefault,
    GetEbsDefaultKmsKeyId: getEbsDefaultKmsKeyId,
    DescribeSnapshots: describeSnapshots,
    DescribeSnapshotAttribute: describeSnapshotAttribute,
    GetSnapshotBlockPublicAccessState: getSnapshotBlockPublicAccessState,
    DescribeImages: describeImages,
  },
};

export const generators: ResourceGenerator[] = [ec2Generator];
