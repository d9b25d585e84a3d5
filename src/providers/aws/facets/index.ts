import type { Asset } from '../../../core/asset.js';
import { cloudTrailFacets } from './cloudtrail-trail.js';
import { ebsVolumeFacets } from './ebs-volume.js';
import { ec2InstanceFacets } from './ec2-instance.js';
import { eksClusterFacets } from './eks-cluster.js';
import { iamUserFacets } from './iam-user.js';
import { kmsKeyFacets } from './kms-key.js';
import { rdsInstanceFacets } from './rds-instance.js';
import { s3AccountBlockFacets, s3BucketFacets } from './s3-bucket.js';
import { secretFacets } from './secret.js';
import { securityGroupFacets } from './security-group.js';

const BY_TYPE: Record<string, (a: Asset) => Asset> = {
  'AWS::S3::Bucket': s3BucketFacets,
  'AWS::S3::AccountPublicAccessBlock': s3AccountBlockFacets,
  'AWS::EC2::SecurityGroup': securityGroupFacets,
  'AWS::EC2::Volume': ebsVolumeFacets,
  'AWS::EC2::Instance': ec2InstanceFacets,
  'AWS::RDS::DBInstance': rdsInstanceFacets,
  'AWS::KMS::Key': kmsKeyFacets,
  'AWS::CloudTrail::Trail': cloudTrailFacets,
  'AWS::IAM::User': iamUserFacets,
  'AWS::EKS::Cluster': eksClusterFacets,
  'AWS::SecretsManager::Secret': secretFacets,
};

/**
 * Fills `asset.facets` (src/core/facets.ts) from the asset's native configuration, by native type.
 * Pure; called by the aws discovery runtime on every asset before it is stored. Types without a
 * derivation are left as they are.
 */
export function applyAwsFacets(asset: Asset): Asset {
  return BY_TYPE[asset.type]?.(asset) ?? asset;
}
