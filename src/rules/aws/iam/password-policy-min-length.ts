import { fail, pass, type Rule } from '../../../core/rule.js';
import { passwordPolicy, policyPath } from './support/password-policy.js';

export const MIN_PASSWORD_LENGTH = 14;

export const rule: Rule = {
  id: 'aws.iam.password-policy-min-length',
  title: `The IAM password policy requires at least ${MIN_PASSWORD_LENGTH} characters`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::PasswordPolicy'],
  rationale:
    'Length is what makes a password resist guessing and offline cracking. Without a custom policy AWS ' +
    'accepts 8-character passwords for IAM users.',
  remediation: {
    steps: ['Open IAM > Account settings > Password policy and set the minimum length to 14 or more.'],
    cli: `aws iam update-account-password-policy --minimum-password-length ${MIN_PASSWORD_LENGTH} --password-reuse-prevention 24 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters`,
    terraform: `resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length = ${MIN_PASSWORD_LENGTH}\n}`,
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15',
  ],
  // Security Hub checks this as IAM.15, a control of its CIS standards, not of FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.7' }],
  version: 1,
  evaluate(asset) {
    const policy = passwordPolicy(asset);
    if (policy === null) return fail('The account has no password policy (AWS default: 8 characters)', [{ path: 'config.policy', observed: null, expected: `MinimumPasswordLength >= ${MIN_PASSWORD_LENGTH}` }]);
    const length = policy.MinimumPasswordLength;
    const ev = [{ path: policyPath('MinimumPasswordLength'), observed: length ?? null, expected: `>= ${MIN_PASSWORD_LENGTH}` }];
    return (length ?? 0) >= MIN_PASSWORD_LENGTH
      ? pass(`Passwords must be at least ${length} characters`, ev)
      : fail(`Passwords may be as short as ${length ?? 'the AWS default'} characters`, ev);
  },
};
