import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';
import { accessKeySlots, columnPath, daysSince, type CredentialRow } from './support/credential-row.js';

export const MAX_KEY_AGE_DAYS = 90;

export const rule: Rule = {
  id: 'aws.iam.user-access-keys-rotated',
  title: `IAM user access keys are rotated within ${MAX_KEY_AGE_DAYS} days`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::User'],
  rationale:
    'Long-lived access keys end up in laptops, CI variables and old repositories. Rotating them limits how ' +
    'long a key that leaked unnoticed stays useful.',
  remediation: {
    steps: [
      'Create a second access key for the user and roll it out to every place that uses the old one.',
      'Deactivate the old key, watch for failures, then delete it.',
      'Better: replace long-lived keys with IAM roles (instance profiles, IRSA, IAM Roles Anywhere, OIDC).',
    ],
    cli: 'aws iam create-access-key --user-name <user>\naws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive\naws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
    terraform: '# Recreate the key: terraform apply -replace=aws_iam_access_key.this (then update its consumers).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-3',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.13' },
    { framework: 'aws-fsbp', control: 'IAM.3' },
  ],
  version: 1,
  evaluate(asset) {
    const row = need<CredentialRow>(asset, 'credentials');
    const now = new Date(asset.observedAt);
    const active = accessKeySlots(row).filter((k) => k.active);
    const ev = active.map((k) => ({ path: columnPath(`access_key_${k.slot}_last_rotated`), observed: row[`access_key_${k.slot}_last_rotated`] ?? null, expected: `within ${MAX_KEY_AGE_DAYS} days` }));
    if (active.length === 0) return pass('The user has no active access key', [{ path: columnPath('access_key_1_active'), observed: row.access_key_1_active ?? null, expected: 'any' }]);
    const old = active.filter((k) => k.lastRotated && daysSince(k.lastRotated, now) > MAX_KEY_AGE_DAYS);
    if (old.length > 0) return fail(`Active access key(s) older than ${MAX_KEY_AGE_DAYS} days: ${old.map((k) => `key ${k.slot} (${daysSince(k.lastRotated as Date, now)} days)`).join(', ')}`, ev);
    const undated = active.filter((k) => !k.lastRotated);
    if (undated.length > 0) return unknown(`The credential report gives no rotation date for active key ${undated.map((k) => k.slot).join(', ')}`, ev);
    return pass(`Every active access key is at most ${MAX_KEY_AGE_DAYS} days old`, ev);
  },
};
