import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { columnPath, isTrue, type CredentialRow } from './support/credential-row.js';

export const rule: Rule = {
  id: 'aws.iam.user-console-mfa',
  title: 'IAM users with a console password have MFA enabled',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::IAM::User'],
  rationale:
    'A console password can be phished, guessed or reused from another breach. MFA makes a stolen password ' +
    'useless on its own.',
  remediation: {
    steps: [
      'Have the user sign in and assign an MFA device under Security credentials (or do it for them in IAM > Users).',
      'Enforce it: attach a policy that denies everything but MFA self-management when aws:MultiFactorAuthPresent is false.',
      'If the user does not need the console, delete the login profile instead.',
    ],
    cli: 'aws iam delete-login-profile --user-name <user>  # or: aws iam enable-mfa-device --user-name <user> --serial-number <arn> --authentication-code1 <c1> --authentication-code2 <c2>',
    terraform: '# MFA devices are registered interactively; drop console access where it is not needed:\n# remove the aws_iam_user_login_profile resource for this user.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.9' },
    { framework: 'aws-fsbp', control: 'IAM.5' },
  ],
  version: 1,
  evaluate(asset) {
    const row = need<CredentialRow>(asset, 'credentials');
    const ev = [
      { path: columnPath('password_enabled'), observed: row.password_enabled ?? null, expected: 'false, or mfa_active true' },
      { path: columnPath('mfa_active'), observed: row.mfa_active ?? null, expected: 'true' },
    ];
    if (!isTrue(row.password_enabled)) return pass('The user has no console password', ev);
    return isTrue(row.mfa_active) ? pass('The user has a console password and MFA', ev) : fail('The user has a console password but no MFA device', ev);
  },
};
