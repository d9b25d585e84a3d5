import { fail, notApplicable, pass, unknown, type Rule } from '../../../core/rule.js';
import { isAwsManaged, keyMetadata } from './support/key.js';

const DELETING = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

export const rule: Rule = {
  id: 'aws.kms.key-not-pending-deletion',
  title: 'Customer managed KMS keys are not scheduled for deletion',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::KMS::Key'],
  rationale:
    'Deleting a KMS key is irreversible: every ciphertext encrypted under it (volumes, snapshots, objects, secrets) becomes unrecoverable when the waiting period ends. A scheduled deletion should be deliberate and reviewed.',
  remediation: {
    steps: ['If the deletion was not intended, cancel it and re-enable the key before the deletion date.'],
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
    terraform: '# Keep the aws_kms_key resource in state; `terraform destroy` schedules deletion.',
  },
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html'],
  compliance: [{ framework: 'aws-fsbp', control: 'KMS.3' }],
  version: 1,
  evaluate(asset) {
    const m = keyMetadata(asset);
    if (isAwsManaged(m)) return notApplicable('AWS managed keys cannot be scheduled for deletion');
    const ev = [{ path: 'config.metadata.KeyState', observed: m.KeyState ?? null, expected: 'not PendingDeletion' }];
    if (!m.KeyState) return unknown('DescribeKey did not report the key state', ev);
    if (m.KeyState && DELETING.has(m.KeyState)) {
      const when = m.DeletionDate ? new Date(m.DeletionDate).toISOString().slice(0, 10) : 'the end of the waiting period';
      return fail(`Scheduled for deletion on ${when}`, [...ev, { path: 'config.metadata.DeletionDate', observed: m.DeletionDate ?? null, expected: null }]);
    }
    return pass(`Key state is ${m.KeyState}`, ev);
  },
};
