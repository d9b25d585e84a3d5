/**
 * CloudFormation → AWS assets. One mapper for every type, because resources join across types (a bucket
 * and its BucketPolicy, a security group and its standalone rules, a role and the policies naming it, a
 * volume and the key it is encrypted with), and references are filled in from the whole template.
 */
import type { Asset } from '../../../core/asset.js';
import type { IacResource } from '../../model.js';
import type { IacMapper, MapContext } from '../kit.js';
import { mapInstance, mapSecurityGroup, mapVolume } from './ec2.js';
import { mapGroup, mapManagedPolicy, mapRole, mapUser } from './iam.js';
import { mapBucket } from './s3.js';
import { mapDbCluster, mapDbInstance, mapEksCluster, mapFileSystem, mapFunction, mapKmsKey, mapLogGroup, mapQueue, mapRepository, mapSecret, mapTopic, mapTrail } from './services.js';
import { Template, type MapOne } from './support.js';

/** Types that become assets. */
const ASSETS: Record<string, MapOne> = {
  'AWS::S3::Bucket': mapBucket,
  'AWS::EC2::SecurityGroup': mapSecurityGroup,
  'AWS::EC2::Instance': mapInstance,
  'AWS::EC2::Volume': mapVolume,
  'AWS::RDS::DBInstance': mapDbInstance,
  'AWS::RDS::DBCluster': mapDbCluster,
  'AWS::KMS::Key': mapKmsKey,
  'AWS::CloudTrail::Trail': mapTrail,
  'AWS::IAM::User': mapUser,
  'AWS::IAM::Role': mapRole,
  'AWS::IAM::Group': mapGroup,
  'AWS::IAM::ManagedPolicy': mapManagedPolicy,
  'AWS::Lambda::Function': mapFunction,
  'AWS::SQS::Queue': mapQueue,
  'AWS::SNS::Topic': mapTopic,
  'AWS::Logs::LogGroup': mapLogGroup,
  'AWS::EKS::Cluster': mapEksCluster,
  'AWS::SecretsManager::Secret': mapSecret,
  'AWS::ECR::Repository': mapRepository,
  'AWS::EFS::FileSystem': mapFileSystem,
};

/** Types that are parts of another type's asset (read through joins, no asset of their own). */
const PARTS = [
  'AWS::S3::BucketPolicy',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::Subnet',
  'AWS::EC2::VolumeAttachment',
  'AWS::IAM::Policy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::AccessKey',
  'AWS::IAM::InstanceProfile',
  'AWS::IAM::UserToGroupAddition',
  'AWS::Lambda::Permission',
  'AWS::SQS::QueuePolicy',
  'AWS::SNS::TopicPolicy',
  'AWS::SNS::Subscription',
  'AWS::SecretsManager::RotationSchedule',
];

export const awsCfnMapper: IacMapper = {
  provider: 'aws',
  types: [...Object.keys(ASSETS), ...PARTS],
  map(resources: readonly IacResource[], ctx: MapContext): Asset[] {
    const t = new Template(resources, ctx);
    const out: Asset[] = [];
    for (const r of resources) {
      const map = ASSETS[r.type];
      if (!map) continue;
      try {
        out.push(...map(t.byId.get(r.address) ?? r, t));
      } catch (e) {
        // A mapper bug must not cost the other resources of the template.
        ctx.diag({ severity: 'error', file: r.file, line: r.line, code: 'MappingFailed', message: `${r.address} (${r.type}) could not be mapped: ${(e as Error).message}` });
      }
    }
    return out;
  },
};

export const awsCfnMappers: IacMapper[] = [awsCfnMapper];
