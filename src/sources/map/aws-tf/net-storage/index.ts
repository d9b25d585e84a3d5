/**
 * Terraform `hashicorp/aws` mappers for storage (S3, EBS), network (security groups, network ACLs, VPCs and
 * flow logs, load balancers), compute (EC2 instances), databases (RDS) and containers (EKS): each maps the
 * provider's resources onto the assets the live AWS collectors produce.
 */
import type { IacMapper } from '../../kit.js';
import { ec2Mapper } from './ec2.js';
import { eksMapper } from './eks.js';
import { elbv2Mapper } from './elbv2.js';
import { networkMapper } from './network.js';
import { rdsMapper } from './rds.js';
import { s3Mapper } from './s3.js';
import { securityGroupMapper } from './security-groups.js';
import { snapshotsMapper } from './snapshots.js';

export const awsTfNetStorageMappers: IacMapper[] = [s3Mapper, securityGroupMapper, networkMapper, ec2Mapper, rdsMapper, snapshotsMapper, eksMapper, elbv2Mapper];
