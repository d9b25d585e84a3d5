/** KMS key records as the estate writes them, and the KeyMetadata / policy KMS returns for them. */
import type { CustomerMasterKeySpec, KeyMetadata } from '@aws-sdk/client-kms';
import { toDate, type Dated } from '../rds/dated.js';

/**
 * A key: KeyMetadata (KeyId required; unset members take KMS's defaults for a customer managed symmetric
 * key), plus `RotationEnabled` / `RotationPeriodInDays` (GetKeyRotationStatus) and `Policy` (the default
 * key policy when absent; an object is serialized), and `Aliases` (names without or with `alias/`).
 */
export type SimKey = Dated<KeyMetadata> & {
  KeyId: string;
  RotationEnabled?: boolean;
  RotationPeriodInDays?: number;
  Policy?: string | Record<string, unknown>;
  Aliases?: string[];
};

export const keyArn = (region: string, account: string, keyId: string): string => `arn:aws:kms:${region}:${account}:key/${keyId}`;

export function keyMetadata(region: string, account: string, k: SimKey): KeyMetadata {
  const { RotationEnabled: _r, RotationPeriodInDays: _p, Policy: _policy, Aliases: _a, ...m } = k;
  const state = m.KeyState ?? 'Enabled';
  const spec = m.KeySpec ?? 'SYMMETRIC_DEFAULT';
  const symmetric = spec === 'SYMMETRIC_DEFAULT';
  return {
    AWSAccountId: account,
    Description: '',
    KeyUsage: spec.startsWith('HMAC') ? 'GENERATE_VERIFY_MAC' : symmetric ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    CustomerMasterKeySpec: spec as CustomerMasterKeySpec,
    ...(symmetric ? { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] } : {}),
    MultiRegion: false,
    ...m,
    KeySpec: spec,
    KeyState: state,
    Enabled: state === 'Enabled',
    Arn: keyArn(region, account, k.KeyId),
    CreationDate: toDate(m.CreationDate ?? '2024-02-01T12:00:00Z'),
    DeletionDate: toDate(m.DeletionDate),
    ValidTo: toDate(m.ValidTo),
  };
}

/** The key policy KMS attaches when none is given: the account root (so IAM policies) gets kms:*. */
export function defaultPolicy(account: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
  });
}

/** The policy AWS writes on its managed keys: any principal of this account, through the owning service only. */
export function awsManagedPolicy(account: string, region: string, service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: `auto-${service}-1`,
    Statement: [
      {
        Sid: `Allow access through ${service} for all principals in the account that are authorized to use ${service}`,
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': account, 'kms:ViaService': `${service}.${region}.amazonaws.com` } },
      },
      { Sid: 'Allow direct access to key metadata to the account', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'], Resource: '*' },
    ],
  });
}
