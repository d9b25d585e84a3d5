import type { Rule } from '../../../core/rule.js';
import { evaluateUnusedCredentials } from './support/unused-credentials.js';

export const rule: Rule = {
  id: 'aws.iam.user-credentials-unused-45-days',
  title: 'IAM user credentials unused for 45 days or more are disabled',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::User'],
  rationale:
    'Passwords and access keys nobody uses are credentials nobody watches: if they leak, their use goes ' +
    'unnoticed. Disabling them after 45 days shrinks the window for abandoned or compromised accounts.',
  remediation: {
    steps: [
      'For a password unused for 45 days: remove console access (delete the login profile).',
      'For an access key unused for 45 days: deactivate it, then delete it once nothing breaks.',
    ],
    cli: 'aws iam delete-login-profile --user-name <user>\naws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
    terraform: '# Remove the aws_iam_user_login_profile / aws_iam_access_key resources of credentials that are no longer used,\n# or set status = "Inactive" on the aws_iam_access_key.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-22',
  ],
  // Security Hub checks this as IAM.22, a control of its CIS standards, not of FSBP (FSBP IAM.8 uses 90 days).
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.11' }],
  version: 1,
  evaluate: (asset) => evaluateUnusedCredentials(asset, 45),
};
