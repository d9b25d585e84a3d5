/**
 * Amazon S3 (general purpose buckets) for the simulator: the `global.s3` estate section
 * (`S3Section` in s3/section.ts), the bucket-level Get* operations the collectors call, and the benchmark
 * generator. Per-bucket calls must be signed for the bucket's region (else 301 PermanentRedirect), as in AWS.
 */
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';
import { bucketsGenerator } from './s3/generator.js';
import { operations } from './s3/handlers.js';

export type { S3Section, SimBucket } from './s3/section.js';

export const service: SimService = {
  signingName: 's3',
  sdk: '@aws-sdk/client-s3',
  operations,
};

export const generators: ResourceGenerator[] = [bucketsGenerator];
