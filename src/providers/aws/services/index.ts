import type { AwsCollector } from '../collector.js';
import { collectors as iam } from './iam/index.js';
import { collectors as s3 } from './s3/index.js';
import { collectors as ec2 } from './ec2/index.js';
import { collectors as rds } from './rds/index.js';
import { collectors as kms } from './kms/index.js';
import { collectors as cloudtrail } from './cloudtrail/index.js';
import { collectors as cloudwatch } from './cloudwatch/index.js';
import { collectors as config } from './config/index.js';
import { collectors as guardduty } from './guardduty/index.js';
import { collectors as lambda } from './lambda/index.js';
import { collectors as eks } from './eks/index.js';
import { collectors as elbv2 } from './elbv2/index.js';
import { collectors as sns } from './sns/index.js';
import { collectors as sqs } from './sqs/index.js';
import { collectors as secretsmanager } from './secretsmanager/index.js';
import { collectors as ecr } from './ecr/index.js';

/** Every AWS collector, by service. Walked by meta-tests. */
export const awsCollectors: AwsCollector[] = [
  ...iam,
  ...s3,
  ...ec2,
  ...rds,
  ...kms,
  ...cloudtrail,
  ...cloudwatch,
  ...config,
  ...guardduty,
  ...lambda,
  ...eks,
  ...elbv2,
  ...sns,
  ...sqs,
  ...secretsmanager,
  ...ecr,
];
