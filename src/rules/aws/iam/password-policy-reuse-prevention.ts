import { fail, pass, type Rule } from '../../../core/rule.js';
import { passwordPolicy, policyPath } from './support/password-policy.js';

/** CIS and Security Hub (IAM.16) both ask for the maximum AWS allows: the last 24 passwords. */
export const REMEMBERED_PASSWORDS = 24;

export const rule: Rule = {
  id: 'aws.iam.password-policy-reuse-prevention',
  title: `The IAM password policy prevents reuse of the last ${REMEMBERED_PASSWORDS} passwords`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::PasswordPolicy'],
  rationale:
    'When a password leaks, changing it only helps if the old one cannot simply be set again. Remembering ' +
    'the last 24 passwords stops users from cycling back to a compromised one.',
  remediation: {
    steps: ['Open IAM > Account settings > Password policy and set "Prevent password reuse" to 24.'],
    cli: `aws iam update-account-password-policy --password-reuse-prevention ${REMEMBERED_PASSWORDS} --minimum-password-length 14`,
    terraform: `resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length   = 14\n  password_reuse_prevention = ${REMEMBERED_PASSWORDS}\n}`,
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16',
  ],
  // Security Hub checks this as IAM.16, a control of its CIS standards, not of FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.8' }],
  version: 1,
  evaluate(asset) {
    const policy = passwordPolicy(asset);
    if (policy === null) return fail('The account has no password policy, so passwords may be reused', [{ path: 'config.policy', observed: null, expected: `PasswordReusePrevention >= ${REMEMBERED_PASSWORDS}` }]);
    const remembered = policy.PasswordReusePrevention;
    const ev = [{ path: policyPath('PasswordReusePrevention'), observed: remembered ?? null, expected: `>= ${REMEMBERED_PASSWORDS}` }];
    if (remembered === undefined) return fail('The password policy does not prevent password reuse', ev);
    return remembered >= REMEMBERED_PASSWORDS
      ? pass(`The last ${remembered} passwords cannot be reused`, ev)
      : fail(`Only the last ${remembered} password(s) are remembered`, ev);
  },
};
