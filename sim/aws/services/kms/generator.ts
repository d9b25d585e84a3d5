/**
 * Benchmark KMS keys for one account and region: a few AWS managed keys, and customer managed keys that
 * are mostly symmetric (a quarter without rotation), some asymmetric signing keys, a few disabled or
 * pending deletion, and about 1% with a key policy open to every principal. One asset per key.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, uuid, type Rng } from '../logs/random.js';
import type { KmsSection } from '../kms.js';
import type { SimKey } from './keys.js';

const AWS_SERVICES = ['s3', 'ebs', 'rds', 'lambda', 'secretsmanager', 'sns', 'sqs', 'logs'];

function customerKey(rng: Rng, i: number, account: string): SimKey {
  const symmetric = chance(rng, 0.9);
  const state = pick(rng, ['Enabled', 'Enabled', 'Enabled', 'Enabled', 'Enabled', 'Enabled', 'Enabled', 'Enabled', 'Disabled', 'PendingDeletion'] as const);
  const open = chance(rng, 0.01);
  return {
    KeyId: uuid(rng),
    Description: `key ${i}`,
    KeySpec: symmetric ? 'SYMMETRIC_DEFAULT' : pick(rng, ['RSA_2048', 'ECC_NIST_P256'] as const),
    KeyState: state,
    ...(state === 'PendingDeletion' ? { DeletionDate: new Date(Date.parse('2026-12-06T00:00:00Z') + i * 60_000), PendingDeletionWindowInDays: 7 } : {}),
    CreationDate: new Date(Date.parse('2021-06-01T00:00:00Z') + Math.floor(rng() * 1900) * 86_400_000),
    RotationEnabled: symmetric && chance(rng, 0.75),
    ...(open
      ? { Policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }, { Sid: 'Share', Effect: 'Allow', Principal: '*', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }] } }
      : {}),
  };
}

export const kmsGenerator: ResourceGenerator = {
  service: 'kms',
  scope: 'regional',
  build(n, { accountId, rng }) {
    const keys: SimKey[] = AWS_SERVICES.slice(0, Math.min(n, AWS_SERVICES.length)).map((s) => ({ KeyId: uuid(rng), KeyManager: 'AWS', Description: `Default key that protects my ${s} data when no other key is defined`, Aliases: [`alias/aws/${s}`] }));
    for (let i = 0; keys.length < n; i++) keys.push(customerKey(rng, i, accountId));
    return { section: { keys } satisfies KmsSection, assets: keys.length };
  },
};
