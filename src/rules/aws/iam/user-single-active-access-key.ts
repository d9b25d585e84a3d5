import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { columnPath, type CredentialRow } from './support/credential-row.js';

export const rule: Rule = {
  id: 'aws.iam.user-single-active-access-key',
  title: 'IAM users have at most one active access key',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::User'],
  rationale:
    'Two active keys for one user usually means a rotation that was never finished: the old key stays live, ' +
    'doubling the credentials that can leak. A second key should only be active during a rotation.',
  remediation: {
    steps: [
      'Find which key is still in use (aws iam get-access-key-last-used).',
      'Deactivate the other key, confirm nothing breaks, then delete it.',
    ],
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive',
    terraform: 'resource "aws_iam_access_key" "old" {\n  user   = aws_iam_user.this.name\n  status = "Inactive"\n}',
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console'],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.12' }],
  version: 1,
  evaluate(asset) {
    const row = need<CredentialRow>(asset, 'credentials');
    const ev = [1, 2].map((slot) => ({ path: columnPath(`access_key_${slot}_active`), observed: row[`access_key_${slot}_active`] ?? null, expected: 'at most one true' }));
    const active = [row.access_key_1_active, row.access_key_2_active].filter((v) => v === 'true').length;
    return active > 1 ? fail('The user has two active access keys', ev) : pass(`The user has ${active} active access key(s)`, ev);
  },
};
