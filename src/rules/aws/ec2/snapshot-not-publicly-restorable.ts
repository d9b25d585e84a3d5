import type { CreateVolumePermission, GetSnapshotBlockPublicAccessStateResult } from '@aws-sdk/client-ec2';
import { fail, MissingData, need, needAll, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';

export const SNAPSHOT_BPA_TYPE = 'AWS::EC2::SnapshotBlockPublicAccess';

export const rule: Rule = {
  id: 'aws.ec2.snapshot-not-publicly-restorable',
  title: 'EBS snapshots are not publicly restorable',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::EC2::Snapshot'],
  lookups: [SNAPSHOT_BPA_TYPE],
  rationale:
    'A snapshot shared with the "all" group can be copied into any AWS account and mounted: every file of the ' +
    'volume, including credentials and databases, is public. Block public access in block-all-sharing mode makes ' +
    'such grants ineffective for as long as it stays in that mode.',
  remediation: {
    steps: [
      'Remove the "all" group from the snapshot\'s create volume permissions.',
      'Enable block public access for snapshots in block-all-sharing mode in every region.',
    ],
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snap-id> --attribute createVolumePermission --operation-type remove --group-names all',
    terraform: 'resource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EC2.1' }],
  version: 1,
  evaluate(asset, ctx) {
    const perms = need<CreateVolumePermission[] | null>(asset, 'createVolumePermissions');
    if (!Array.isArray(perms))
      throw new MissingData('create volume permissions were not returned', [{ path: 'config.createVolumePermissions', observed: perms, expected: 'a list of permissions' }]);
    const publicIdx = perms.flatMap((p, i) => (p.Group === 'all' ? [i] : []));
    const grantEvidence: Evidence[] = publicIdx.length
      ? publicIdx.map((i) => ({ path: `config.createVolumePermissions[${i}].Group`, observed: 'all', expected: 'no "all" group' }))
      : [{ path: 'config.createVolumePermissions', observed: perms.map((p) => p.UserId ?? p.Group ?? null), expected: 'no "all" group' }];
    if (!publicIdx.length) return pass(`Snapshot ${asset.name} is not shared publicly${perms.length ? ` (shared with ${perms.length} account(s))` : ''}`, grantEvidence);

    // The grant is there; whether it is effective depends on the region's block public access state.
    const settings = needAll(ctx, SNAPSHOT_BPA_TYPE, { account: asset.account, region: asset.region });
    const setting = settings[0];
    if (!setting) return fail(`Snapshot ${asset.name} is shared with all AWS accounts and block public access was not found to block it`, grantEvidence);
    const state = need<GetSnapshotBlockPublicAccessStateResult | null>(setting, 'snapshotBlockPublicAccess')?.State;
    const bpaEvidence: Evidence = { path: `${setting.id}#config.snapshotBlockPublicAccess.State`, observed: state ?? null, expected: 'block-all-sharing' };
    if (state === 'block-all-sharing')
      return pass(
        `Snapshot ${asset.name} grants public create volume permission, but block public access (block-all-sharing) keeps it private; remove the grant so it stays private if that setting changes`,
        [...grantEvidence, bpaEvidence],
      );
    return fail(`Snapshot ${asset.name} is shared with all AWS accounts (block public access: ${state ?? 'unknown'})`, [...grantEvidence, bpaEvidence]);
  },
};
