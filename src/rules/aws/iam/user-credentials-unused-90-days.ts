import type { Rule } from '../../../core/rule.js';
import { evaluateUnusedCredentials } from './support/unused-credentials.js';

export const rule: Rule = {
  id: 'aws.iam.user-credentials-unused-90-days',
  title: 'IAM user credentials unused for 90 days or more are removed',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::User'],
  rationale:
    'Credentials that have sat unused for a quarter are almost certainly not needed, and a leak of one ' +
    'would go unnoticed. This is the FSBP threshold; CIS asks for 45 days (aws.iam.user-credentials-unused-45-days).',
  remediation: {
    steps: [
      'For a password unused for 90 days: remove console access (delete the login profile).',
      'For an access key unused for 90 days: deactivate it, then delete it.',
    ],
    cli: 'aws iam delete-login-profile --user-name <user>\naws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    terraform: '# Remove the aws_iam_user_login_profile / aws_iam_access_key resources of credentials that are no longer used.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-8',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'IAM.8' }],
  version: 1,
  evaluate: (asset) => evaluateUnusedCredentials(asset, 90),
};
