import { fail, pass, type Rule } from '../../../core/rule.js';
import { passwordPolicy, policyPath } from './support/password-policy.js';

/** Security Hub IAM.7 defaults: all four character classes and at least 8 characters. */
const REQUIRED_FLAGS = ['RequireUppercaseCharacters', 'RequireLowercaseCharacters', 'RequireNumbers', 'RequireSymbols'] as const;
const MIN_LENGTH = 8;

export const rule: Rule = {
  id: 'aws.iam.password-policy-strong',
  title: 'The IAM password policy requires all character classes and a minimum length',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::PasswordPolicy'],
  rationale:
    'Requiring upper- and lower-case letters, numbers and symbols widens the search space of every password, ' +
    'which slows down guessing and cracking of IAM user passwords.',
  remediation: {
    steps: ['Open IAM > Account settings > Password policy and require at least one uppercase letter, lowercase letter, number and symbol.'],
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --password-reuse-prevention 24',
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length      = 14\n  require_uppercase_characters = true\n  require_lowercase_characters = true\n  require_numbers              = true\n  require_symbols              = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'IAM.7' }],
  version: 1,
  evaluate(asset) {
    const policy = passwordPolicy(asset);
    if (policy === null) return fail('The account has no password policy', [{ path: 'config.policy', observed: null, expected: 'a password policy' }]);
    const ev = [
      ...REQUIRED_FLAGS.map((f) => ({ path: policyPath(f), observed: policy[f] ?? null, expected: true })),
      { path: policyPath('MinimumPasswordLength'), observed: policy.MinimumPasswordLength ?? null, expected: `>= ${MIN_LENGTH}` },
    ];
    const missing: string[] = REQUIRED_FLAGS.filter((f) => policy[f] !== true);
    if ((policy.MinimumPasswordLength ?? 0) < MIN_LENGTH) missing.push(`MinimumPasswordLength >= ${MIN_LENGTH}`);
    return missing.length === 0 ? pass('The password policy requires every character class and a sufficient length', ev) : fail(`The password policy does not require: ${missing.join(', ')}`, ev);
  },
};
