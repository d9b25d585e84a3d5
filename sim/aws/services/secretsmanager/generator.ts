/**
 * Benchmark secrets for one account and region: database credentials, API keys and service tokens.
 * About 55% rotate automatically (most recently, some with a rotation that stopped succeeding), a
 * fifth have not been read for over 90 days, and a few are scheduled for deletion (which ListSecrets
 * leaves out, so they are not counted as assets). Dates are relative to 2026-11-29.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName, uuid } from '../logs/random.js';
import type { SecretEntry, SecretsManagerSection } from '../secretsmanager.js';

const NOW = Date.parse('2026-11-29T00:00:00Z');
const DAY = 86_400_000;
const KINDS = ['db-credentials', 'api-key', 'oauth-client', 'webhook-token'] as const;

const daysAgo = (d: number) => new Date(NOW - d * DAY).toISOString();

function buildSecret(rng: () => number, accountId: string, region: string, i: number): SecretEntry {
  const Name = `${resourceName(rng, i).replace(/-/g, '/')}/${pick(rng, KINDS)}`;
  const age = 30 + Math.floor(rng() * 1500);
  const s: SecretEntry = {
    Name,
    Description: `Credentials for ${Name.split('/')[0]}`,
    CreatedDate: daysAgo(age),
    LastChangedDate: daysAgo(Math.floor(rng() * age)),
    // Secrets Manager records access to the day: a date at midnight UTC.
    LastAccessedDate: daysAgo(chance(rng, 0.2) ? 91 + Math.floor(rng() * 400) : Math.floor(rng() * 20)).slice(0, 10) + 'T00:00:00.000Z',
    Tags: [{ Key: 'team', Value: Name.split('/')[0] ?? 'platform' }],
  };
  if (chance(rng, 0.6)) s.KmsKeyId = `arn:aws:kms:${region}:${accountId}:key/${uuid(rng)}`;
  if (chance(rng, 0.55)) {
    const every = pick(rng, [30, 60, 90]);
    s.RotationEnabled = true;
    s.RotationLambdaARN = `arn:aws:lambda:${region}:${accountId}:function:SecretsManagerRotation`;
    s.RotationRules = { AutomaticallyAfterDays: every };
    s.LastRotatedDate = daysAgo(chance(rng, 0.1) ? every + 30 + Math.floor(rng() * 200) : Math.floor(rng() * every));
  }
  return s;
}

export const secretsGenerator: ResourceGenerator = {
  service: 'secretsmanager',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const secrets = Array.from({ length: n }, (_, i) => buildSecret(rng, accountId, region, i));
    // A few more that are scheduled for deletion: listed only with IncludePlannedDeletion.
    const deleted = Array.from({ length: Math.floor(n * 0.02) }, (_, i) => ({ ...buildSecret(rng, accountId, region, n + i), DeletedDate: daysAgo(3) }));
    return { section: { secrets: [...secrets, ...deleted] } satisfies SecretsManagerSection, assets: secrets.length };
  },
};
