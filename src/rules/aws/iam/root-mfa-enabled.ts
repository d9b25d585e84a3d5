import { fail, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { optionalSummaryValue, summaryPath, summaryValue } from './support/account-summary.js';

export const rule: Rule = {
  id: 'aws.iam.root-mfa-enabled',
  title: 'The root user is protected by MFA',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::IAM::AccountSummary'],
  rationale:
    'The root user can do anything in the account, including actions no policy can deny. A password alone ' +
    'is one phishing page away from a full account takeover; MFA requires possession of a device as well. ' +
    'Member accounts whose root credentials were removed with centralized root access have no root password, ' +
    'and CIS counts them as compliant.',
  remediation: {
    steps: [
      'Sign in to the console as the root user and open Security credentials.',
      'Under Multi-factor authentication, choose Assign MFA device and register a hardware key or passkey (or a dedicated, non-personal authenticator).',
      'In AWS Organizations, consider centralized root access to remove root credentials from member accounts.',
    ],
    cli: 'aws iam get-account-summary --query "SummaryMap.[AccountMFAEnabled,AccountPasswordPresent]"  # MFA for root is assigned while signed in as root',
    terraform: '# Root MFA cannot be managed with Terraform; assign it from the root user\'s Security credentials page.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-9',
  ],
  // Security Hub checks this as IAM.9, a control of its CIS standards, not of FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.4' }],
  version: 1,
  evaluate(asset) {
    const mfa = summaryValue(asset, 'AccountMFAEnabled');
    const ev: Evidence[] = [{ path: summaryPath('AccountMFAEnabled'), observed: mfa, expected: 1 }];
    if (mfa === 1) return pass('MFA is enabled for the root user', ev);
    const password = optionalSummaryValue(asset, 'AccountPasswordPresent');
    ev.push({ path: summaryPath('AccountPasswordPresent'), observed: password ?? null, expected: 0 });
    if (password === 0) return pass('The root user has no password (root credentials removed), so it cannot sign in without MFA', ev);
    return fail('MFA is not enabled for the root user', ev);
  },
};
