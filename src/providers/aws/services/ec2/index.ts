import type { AwsCollector } from '../../collector.js';
import { ebsEncryptionByDefaultCollector } from './ebs-encryption-by-default.js';
import { imagesCollector } from './images.js';
import { instancesCollector } from './instances.js';
import { networkAclsCollector } from './network-acls.js';
import { securityGroupsCollector } from './security-groups.js';
import { snapshotBlockPublicAccessCollector } from './snapshot-block-public-access.js';
import { snapshotsCollector } from './snapshots.js';
import { volumesCollector } from './volumes.js';
import { vpcsCollector } from './vpcs.js';

export const collectors: AwsCollector[] = [
  instancesCollector,
  securityGroupsCollector,
  networkAclsCollector,
  vpcsCollector,
  volumesCollector,
  ebsEncryptionByDefaultCollector,
  snapshotsCollector,
  imagesCollector,
  snapshotBlockPublicAccessCollector,
];
