/**
 * CIS 3.8 / 3.9: S3 object-level write / read events are recorded for every bucket. Satisfied by a
 * logging multi-region trail that selects all buckets, or by such trails that together name every
 * bucket in the account (checked against the account's S3 bucket listing).
 */
import type { Asset } from '../../../../core/asset.js';
import { fail, needAll, pass, type RuleContext } from '../../../../core/rule.js';
import type { Evidence, Verdict } from '../../../../core/verdict.js';
import { s3ObjectCoverage, type Access } from './event-selectors.js';
import { anyTrailQualifies, at, selectorsOf, statusOf, trailOf, TRAIL_TYPE } from './trail.js';

export const BUCKET_TYPE = 'AWS::S3::Bucket';

export function s3ObjectEventsVerdict(account: Asset, ctx: RuleContext, access: Access): Verdict {
  const trails = needAll(ctx, TRAIL_TYPE, { account: account.account });
  const named = new Map<string, Asset>();
  const allBuckets = anyTrailQualifies(
    trails,
    (t) => {
      const trail = trailOf(t);
      const ev: Evidence[] = [{ path: 'config.trail.IsMultiRegionTrail', observed: trail.IsMultiRegionTrail ?? null, expected: true }];
      if (trail.IsMultiRegionTrail !== true) return fail(`${trail.Name} is not multi-region`, ev);
      const logging = statusOf(t)?.IsLogging;
      ev.push({ path: 'config.status.IsLogging', observed: logging ?? null, expected: true });
      if (logging !== true) return fail(`${trail.Name} is not logging`, ev);
      const cov = s3ObjectCoverage(selectorsOf(t), access);
      for (const b of cov.buckets) named.set(b, t);
      ev.push({ path: 'config.eventSelectors', observed: cov.allBuckets ? 'all buckets' : [...cov.buckets], expected: `${access} data events for all buckets` });
      return cov.allBuckets
        ? pass(`${trail.Name} records S3 object-level ${access} events for all buckets`, ev)
        : fail(`${trail.Name} does not record S3 object-level ${access} events for all buckets`, ev);
    },
    'No CloudTrail trail in the account',
  );
  if (allBuckets.status !== 'fail' || named.size === 0) return allBuckets;

  // Trails that name buckets one by one still satisfy the control if every bucket is named.
  const buckets = needAll(ctx, BUCKET_TYPE, { account: account.account });
  const uncovered = buckets.filter((b) => !named.has(bucketName(b)));
  const ev = [
    ...allBuckets.evidence,
    { path: `${BUCKET_TYPE}[]`, observed: uncovered.map(bucketName), expected: `every bucket named in a trail's ${access} data event selectors` },
    ...[...named].map(([b, t]) => ({ path: at(t, 'config.eventSelectors'), observed: b, expected: 'bucket covered' })),
  ];
  if (uncovered.length) return fail(`S3 object-level ${access} events are not recorded for ${uncovered.length} of ${buckets.length} buckets: ${uncovered.map(bucketName).slice(0, 10).join(', ')}`, ev);
  return pass(`Every bucket (${buckets.length}) is named in a logging multi-region trail's ${access} data event selectors`, ev);
}

function bucketName(b: Asset): string {
  return b.name || b.id.replace(/^arn:[^:]+:s3:::/, '');
}
