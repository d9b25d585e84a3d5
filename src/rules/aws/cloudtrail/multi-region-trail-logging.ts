import { fail, needAll, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { managementCoverage } from './support/event-selectors.js';
import { anyTrailQualifies, selectorsOf, statusOf, trailOf, TRAIL_TYPE } from './support/trail.js';

export const rule: Rule = {
  id: 'aws.cloudtrail.multi-region-trail-logging',
  title: 'A multi-region CloudTrail trail is logging read and write management events',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::::Account'],
  lookups: [TRAIL_TYPE],
  rationale:
    'Without a trail that covers every region, API activity in regions you do not use (a favourite place to hide crypto-mining or persistence) and in global services goes unrecorded, and there is nothing to investigate an incident with.',
  remediation: {
    steps: ['Create (or update) a trail as multi-region, start logging, and keep the management events selector at Read and Write.'],
    cli: 'aws cloudtrail create-trail --name org-trail --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name org-trail',
    terraform: 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n  enable_logging        = true\n}',
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '3.1' },
    { framework: 'aws-fsbp', control: 'CloudTrail.1' },
  ],
  version: 1,
  evaluate(asset, ctx) {
    const trails = needAll(ctx, TRAIL_TYPE, { account: asset.account });
    return anyTrailQualifies(
      trails,
      (t) => {
        const trail = trailOf(t);
        const ev: Evidence[] = [{ path: 'config.trail.IsMultiRegionTrail', observed: trail.IsMultiRegionTrail ?? null, expected: true }];
        if (trail.IsMultiRegionTrail !== true) return fail(`${trail.Name} is a single-region trail`, ev);
        const logging = statusOf(t)?.IsLogging;
        ev.push({ path: 'config.status.IsLogging', observed: logging ?? null, expected: true });
        if (logging !== true) return fail(`${trail.Name} is not logging`, ev);
        const cov = managementCoverage(selectorsOf(t));
        ev.push({ path: 'config.eventSelectors', observed: { read: cov.read, write: cov.write }, expected: { read: true, write: true } });
        if (!cov.read || !cov.write) return fail(`${trail.Name} records ${cov.read ? 'only read' : cov.write ? 'only write' : 'no'} management events`, ev);
        const excluded = cov.excludedSources.length ? ` (excluding ${cov.excludedSources.join(', ')})` : '';
        return pass(`${trail.Name} is multi-region, logging, and records read and write management events${excluded}`, ev);
      },
      'No multi-region trail is logging read and write management events',
    );
  },
};
