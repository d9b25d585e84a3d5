import { fail, MissingData, pass, type Rule } from '../../../core/rule.js';
import { dateOf, daysSince, iso, needSecret, SECRET_ASPECT } from './support/secret.js';

/** Security Hub's default for SecretsManager.3 (unusedForDays). */
export const MAX_UNUSED_DAYS = 90;

export const rule: Rule = {
  id: 'aws.secretsmanager.unused-secret-removed',
  title: `Secrets not accessed for ${MAX_UNUSED_DAYS} days are removed`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::SecretsManager::Secret'],
  rationale:
    'A secret nobody reads is usually a credential nobody owns any more, yet it is still valid wherever it works and still readable by everyone the policies allow. Deleting it (or its underlying credential) removes access nobody needs.',
  remediation: {
    steps: [
      'Confirm with the owner that nothing reads the secret (CloudTrail GetSecretValue events).',
      'Revoke the credential it holds where it is used, then schedule the secret for deletion (7 to 30 day recovery window).',
    ],
    cli: 'aws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30',
    terraform: '# Remove the aws_secretsmanager_secret resource (recovery_window_in_days applies on destroy).',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-3',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SecretsManager.3' }],
  version: 1,
  evaluate(asset) {
    const s = needSecret(asset);
    const accessed = dateOf(s.LastAccessedDate);
    const created = dateOf(s.CreatedDate);
    // A secret that was never read counts from its creation: new secrets get the same grace period.
    const since = accessed ?? created;
    const path = `config.${SECRET_ASPECT}.${accessed ? 'LastAccessedDate' : 'CreatedDate'}`;
    if (!since) throw new MissingData('ListSecrets returned neither LastAccessedDate nor CreatedDate', [{ path: `config.${SECRET_ASPECT}.LastAccessedDate`, observed: null, expected: 'a date' }]);
    const days = daysSince(since, asset);
    const evidence = [{ path, observed: iso(since), expected: `within ${MAX_UNUSED_DAYS} days of ${asset.observedAt.slice(0, 10)}` }];
    const what = accessed ? `last accessed ${days} days ago (${iso(since)})` : `never accessed since it was created ${days} days ago`;
    return days > MAX_UNUSED_DAYS ? fail(`The secret was ${what}`, evidence) : pass(`The secret was ${what}`, evidence);
  },
};
