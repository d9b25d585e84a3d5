import type { GetSnapshotBlockPublicAccessStateResult } from '@aws-sdk/client-ec2';
import { fail, MissingData, need, pass, type Rule } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'aws.ec2.snapshot-block-public-access-enabled',
  title: 'Block public access for EBS snapshots blocks all sharing',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::SnapshotBlockPublicAccess'],
  rationale:
    'In block-all-sharing mode no snapshot in the region can be shared publicly, and snapshots already shared are ' +
    'treated as private. block-new-sharing leaves existing public snapshots public.',
  remediation: {
    steps: ['In the EC2 console open Settings > Data protection and security.', 'Under Block public access for EBS snapshots choose Manage, select Block all public access, and save.'],
    cli: 'aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region <region>',
    terraform: 'resource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSnapshotBlockPublicAccessState.html',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EC2.182' }],
  version: 1,
  evaluate(asset) {
    const state = need<GetSnapshotBlockPublicAccessStateResult | null>(asset, 'snapshotBlockPublicAccess')?.State;
    const evidence = [{ path: 'config.snapshotBlockPublicAccess.State', observed: state ?? null, expected: 'block-all-sharing' }];
    if (!state) throw new MissingData('GetSnapshotBlockPublicAccessState returned no state', evidence);
    if (state === 'block-all-sharing') return pass(`Block public access for snapshots blocks all sharing in ${asset.region}`, evidence);
    if (state === 'block-new-sharing')
      return fail(`Block public access for snapshots in ${asset.region} only blocks new sharing: snapshots already public stay public`, evidence);
    return fail(`Block public access for snapshots is ${state} in ${asset.region}`, evidence);
  },
};
