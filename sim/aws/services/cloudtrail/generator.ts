/**
 * Benchmark trails for one account and region. AWS allows five trails per region, so this yields at most
 * five whatever `n` asks for: in us-east-1 the account's multi-region management trail (usually logging
 * and encrypted, sometimes without log file validation or CloudWatch Logs) and a data-events trail
 * half the time; elsewhere, now and then, a leftover single-region trail.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick } from '../logs/random.js';
import type { CloudTrailSection } from '../cloudtrail.js';
import type { SimTrail } from './trails.js';

export const cloudtrailGenerator: ResourceGenerator = {
  service: 'cloudtrail',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const trails: SimTrail[] = [];
    const bucket = `aws-cloudtrail-logs-${accountId}`;
    if (region === 'us-east-1') {
      trails.push({
        Name: 'management-events',
        S3BucketName: bucket,
        IsMultiRegionTrail: true,
        LogFileValidationEnabled: chance(rng, 0.8),
        ...(chance(rng, 0.7) ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/cloudtrail` } : {}),
        ...(chance(rng, 0.6) ? { CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${accountId}:log-group:aws-cloudtrail-logs:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${accountId}:role/CloudTrailToCloudWatch` } : {}),
        Status: { IsLogging: chance(rng, 0.95) },
        ...(chance(rng, 0.2) ? { EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] } : {}),
      });
      if (chance(rng, 0.5))
        trails.push({
          Name: 's3-data-events',
          S3BucketName: bucket,
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          AdvancedEventSelectors: [
            {
              Name: 'S3 object activity',
              FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, ...(chance(rng, 0.5) ? [{ Field: 'readOnly', Equals: ['false'] }] : [])],
            },
          ],
        });
    } else if (chance(rng, 0.3)) {
      trails.push({ Name: `${pick(rng, ['legacy', 'team', 'audit'])}-${region}`, S3BucketName: bucket, IsMultiRegionTrail: false });
    }
    const kept = trails.slice(0, Math.min(n, 5));
    return { section: { trails: kept } satisfies CloudTrailSection, assets: kept.length };
  },
};
