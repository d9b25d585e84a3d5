/**
 * Terraform `hashicorp/aws` resources of IAM, KMS, CloudTrail, CloudWatch (Logs), Lambda, SQS, SNS, ECR,
 * EFS and Secrets Manager, mapped onto the assets the live AWS collectors produce (same ids, types, kinds,
 * aspects and SDK shapes), so the same facets and rules apply.
 *
 * One mapper for all of them: references cross services (an alarm names a topic, a trail a log group and a
 * key, a function a role), so every type's asset id must be known when any of them is mapped.
 */
import type { IacMapper } from '../../kit.js';
import { IAM_TYPES, mapIam, registerIamIds } from './iam.js';
import { LOGGING_TYPES, mapLogging, registerLoggingIds } from './logging.js';
import { mapServices, registerServiceIds, SERVICE_TYPES } from './services.js';
import { Index } from './support.js';

export const awsTfIdentityServicesMappers: IacMapper[] = [
  {
    provider: 'aws',
    types: [...IAM_TYPES, ...LOGGING_TYPES, ...SERVICE_TYPES],
    map(resources, ctx) {
      const index = new Index(resources);
      registerIamIds(index);
      registerLoggingIds(index);
      registerServiceIds(index);
      return [...mapIam(index, ctx), ...mapLogging(index, ctx), ...mapServices(index, ctx)];
    },
  },
];
