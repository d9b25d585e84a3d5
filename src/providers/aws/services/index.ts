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
import { collectors as account } from './account/index.js';
import { collectors as accessanalyzer } from './accessanalyzer/index.js';
import { collectors as efs } from './efs/index.js';
import { collectors as securityhub } from './securityhub/index.js';

/** AWS collectors by service folder (the names `--services` takes). */
export const awsCollectorsByService: Record<string, AwsCollector[]> = {
  iam,
  s3,
  ec2,
  rds,
  kms,
  cloudtrail,
  cloudwatch,
  config,
  guardduty,
  lambda,
  eks,
  elbv2,
  sns,
  sqs,
  secretsmanager,
  ecr,
  account,
  accessanalyzer,
  efs,
  securityhub,
};

/** Every AWS collector. Walked by meta-tests. */
export const awsCollectors: AwsCollector[] = Object.values(awsCollectorsByService).flat();

/** The collectors of the named service folders; unknown names are an error the caller reports. */
export function collectorsFor(services: string[] | undefined): { collectors: AwsCollector[]; unknown: string[] } {
  if (!services?.length) return { collectors: awsCollectors, unknown: [] };
  const unknown = services.filter((s) => !(s in awsCollectorsByService));
  return { collectors: services.flatMap((s) => awsCollectorsByService[s] ?? []), unknown };
}
