import { fail, pass, type Rule } from '../../../core/rule.js';
import { summaryPath, summaryValue } from './support/account-summary.js';

export const rule: Rule = {
  id: 'aws.iam.root-no-access-keys',
  title: 'The root user has no access keys',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::IAM::AccountSummary'],
  rationale:
    'Root access keys give unrestricted, unscoped programmatic access to the whole account; no IAM policy or ' +
    'permissions boundary can limit them. Even an inactive key can be re-activated, so CIS asks that they be deleted.',
  remediation: {
    steps: [
      'Sign in to the console as the root user and open Security credentials.',
      'Under Access keys, delete every key (deactivate first if you need to confirm nothing still uses it).',
      'Use IAM roles with temporary credentials for automation instead.',
    ],
    cli: 'aws iam get-account-summary --query SummaryMap.AccountAccessKeysPresent  # root keys can only be deleted while signed in as root',
    terraform: '# Root access keys cannot be managed with Terraform; delete them from the root user\'s Security credentials page.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-4',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.3' },
    { framework: 'aws-fsbp', control: 'IAM.4' },
  ],
  version: 1,
  evaluate(asset) {
    const present = summaryValue(asset, 'AccountAccessKeysPresent');
    const ev = [{ path: summaryPath('AccountAccessKeysPresent'), observed: present, expected: 0 }];
    return present === 0 ? pass('The root user has no access keys', ev) : fail('The root user has access keys (active or inactive)', ev);
  },
};
