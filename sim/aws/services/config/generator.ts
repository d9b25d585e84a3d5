/**
 * Benchmark AWS Config recorders for one account and region. A region has at most one customer-managed
 * recorder, so this yields one (or none) whatever `n` asks for: about 15% of regions have none, 10% a
 * stopped recorder, 10% one that records selected types only; us-east-1 records global types.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance } from '../logs/random.js';
import type { ConfigSection, SimRecorder } from '../config.js';

export const configGenerator: ResourceGenerator = {
  service: 'config',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    if (n < 1 || chance(rng, 0.15)) return { section: { recorders: [] } satisfies ConfigSection, assets: 0 };
    const selective = chance(rng, 0.1);
    const recorder: SimRecorder = {
      name: 'default',
      roleARN: `arn:aws:iam::${accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
      recordingGroup: selective
        ? { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::SecurityGroup', 'AWS::S3::Bucket'], recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } }
        : { allSupported: true, includeGlobalResourceTypes: region === 'us-east-1' },
      status: { recording: !chance(rng, 0.1) },
    };
    return { section: { recorders: [recorder] } satisfies ConfigSection, assets: 1 };
  },
};
