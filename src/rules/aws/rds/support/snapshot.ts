import type { DBClusterSnapshot, DBClusterSnapshotAttributesResult, DBSnapshot, DBSnapshotAttributesResult } from '@aws-sdk/client-rds';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export const SNAPSHOT_TYPES = ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'];

/** The fields the snapshot rules read, the same for DB and DB cluster snapshots. */
export interface SnapshotView {
  cluster: boolean;
  snapshotType: string | undefined;
  encrypted: boolean | undefined;
  encryptedPath: string;
  kmsKeyId: string | undefined;
}

export function snapshotView(asset: Asset): SnapshotView {
  if (asset.type === 'AWS::RDS::DBClusterSnapshot') {
    const s = need<DBClusterSnapshot>(asset, 'snapshot');
    return { cluster: true, snapshotType: s.SnapshotType, encrypted: s.StorageEncrypted, encryptedPath: 'config.snapshot.StorageEncrypted', kmsKeyId: s.KmsKeyId };
  }
  const s = need<DBSnapshot>(asset, 'snapshot');
  return { cluster: false, snapshotType: s.SnapshotType, encrypted: s.Encrypted, encryptedPath: 'config.snapshot.Encrypted', kmsKeyId: s.KmsKeyId };
}

/**
 * Values of the `restore` attribute (account ids the snapshot is shared with; `all` = public), or `null`
 * when the attributes were not returned at all. MissingData when the call failed.
 */
export function restoreGrantees(asset: Asset): { values: string[]; path: string } | null {
  if (asset.type === 'AWS::RDS::DBClusterSnapshot') {
    const a = need<DBClusterSnapshotAttributesResult | null>(asset, 'attributes');
    if (!a) return null;
    const i = a.DBClusterSnapshotAttributes?.findIndex((x) => x.AttributeName === 'restore') ?? -1;
    return { values: i >= 0 ? (a.DBClusterSnapshotAttributes?.[i]?.AttributeValues ?? []) : [], path: `config.attributes.DBClusterSnapshotAttributes[${i}].AttributeValues` };
  }
  const a = need<DBSnapshotAttributesResult | null>(asset, 'attributes');
  if (!a) return null;
  const i = a.DBSnapshotAttributes?.findIndex((x) => x.AttributeName === 'restore') ?? -1;
  return { values: i >= 0 ? (a.DBSnapshotAttributes?.[i]?.AttributeValues ?? []) : [], path: `config.attributes.DBSnapshotAttributes[${i}].AttributeValues` };
}
