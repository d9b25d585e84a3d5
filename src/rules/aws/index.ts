import type { Rule } from '../../core/rule.js';
import { rules as iam } from './iam/index.js';
import { rules as s3 } from './s3/index.js';
import { rules as ec2 } from './ec2/index.js';
import { rules as rds } from './rds/index.js';
import { rules as kms } from './kms/index.js';
import { rules as cloudtrail } from './cloudtrail/index.js';
import { rules as cloudwatch } from './cloudwatch/index.js';
import { rules as config } from './config/index.js';
import { rules as guardduty } from './guardduty/index.js';
import { rules as lambda } from './lambda/index.js';
import { rules as eks } from './eks/index.js';
import { rules as elbv2 } from './elbv2/index.js';
import { rules as sns } from './sns/index.js';
import { rules as sqs } from './sqs/index.js';
import { rules as secretsmanager } from './secretsmanager/index.js';
import { rules as ecr } from './ecr/index.js';
import { rules as account } from './account/index.js';
import { rules as accessanalyzer } from './accessanalyzer/index.js';
import { rules as efs } from './efs/index.js';
import { rules as securityhub } from './securityhub/index.js';

export const awsRules: Rule[] = [
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
  ...account,
  ...accessanalyzer,
  ...efs,
  ...securityhub,
];
