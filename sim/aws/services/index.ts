/**
 * Every simulated service, for the default simulator and benchmark estates. One module per service
 * (sim/aws/services/<name>.ts) exporting `service: SimService` and `generators: ResourceGenerator[]`.
 */
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';
import * as accessanalyzer from './accessanalyzer.js';
import * as account from './account.js';
import * as cloudtrail from './cloudtrail.js';
import * as config from './config.js';
import * as ec2 from './ec2.js';
import * as ecr from './ecr.js';
import * as efs from './efs.js';
import * as eks from './eks.js';
import * as elbv2 from './elbv2.js';
import * as guardduty from './guardduty.js';
import * as iam from './iam.js';
import * as kms from './kms.js';
import * as lambda from './lambda.js';
import * as logs from './logs.js';
import * as monitoring from './monitoring.js';
import * as organizations from './organizations.js';
import * as rds from './rds.js';
import * as s3 from './s3.js';
import * as s3control from './s3control.js';
import * as secretsmanager from './secretsmanager.js';
import * as securityhub from './securityhub.js';
import * as sns from './sns.js';
import * as sqs from './sqs.js';
import * as sts from './sts.js';

const modules: Array<{ service: SimService; generators: ResourceGenerator[] }> = [
  sts,
  organizations,
  iam,
  s3,
  s3control,
  ec2,
  rds,
  kms,
  cloudtrail,
  logs,
  monitoring,
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
];

export const defaultServices: SimService[] = modules.map((m) => m.service);

export const defaultGenerators: ResourceGenerator[] = modules.flatMap((m) => m.generators);
