/**
 * AWS request rate limits as token buckets, per account and region. Shared by the scanner (to pace its
 * calls so it stays a good neighbour and is never throttled in steady state) and by the simulator (to
 * enforce them). Where AWS documents a token bucket (EC2) we use its numbers; elsewhere the published
 * per-second quota is used as both refill rate and (one second of) bucket size. `source` says which.
 */
export interface RateLimit {
  /** Bucket key within an account and region: calls in one category share a bucket. */
  category: string;
  capacity: number;
  refillPerSecond: number;
  source: 'documented-bucket' | 'published-quota' | 'default';
}

/** EC2 actions AWS throttles as "unfiltered and unpaginated non-mutating" when called without pagination. */
const EC2_UNPAGINATED = new Set([
  'DescribeInstances',
  'DescribeNetworkInterfaces',
  'DescribeSecurityGroups',
  'DescribeSnapshots',
  'DescribeSpotInstanceRequests',
  'DescribeVolumes',
]);

const NON_MUTATING = /^(Describe|List|Get|Search|Lookup|Batch(Get|Describe))/;

const QUOTAS: Record<string, number> = {
  iam: 20,
  sts: 600,
  organizations: 20,
  s3: 5500,
  s3control: 100,
  kms: 1000,
  cloudtrail: 10,
  rds: 100,
  logs: 25,
  monitoring: 50,
  config: 20,
  guardduty: 50,
  eks: 100,
  elasticloadbalancing: 40,
  sns: 30,
  sqs: 100,
  secretsmanager: 50,
  ecr: 50,
};

export function rateLimitFor(service: string, operation: string, paginated: boolean): RateLimit {
  if (service === 'ec2') {
    if (!NON_MUTATING.test(operation)) return { category: 'ec2:mutating', capacity: 200, refillPerSecond: 5, source: 'documented-bucket' };
    if (EC2_UNPAGINATED.has(operation) && !paginated)
      return { category: 'ec2:unpaginated-describe', capacity: 50, refillPerSecond: 10, source: 'documented-bucket' };
    return { category: 'ec2:non-mutating', capacity: 100, refillPerSecond: 20, source: 'documented-bucket' };
  }
  if (service === 'lambda') {
    // Lambda publishes per-operation control-plane quotas: GetFunction 100/s, GetPolicy 15/s, and 15/s
    // shared by every other control-plane call.
    if (operation === 'GetFunction') return { category: 'lambda:GetFunction', capacity: 100, refillPerSecond: 100, source: 'published-quota' };
    if (operation === 'GetPolicy') return { category: 'lambda:GetPolicy', capacity: 15, refillPerSecond: 15, source: 'published-quota' };
    return { category: 'lambda:control-plane', capacity: 15, refillPerSecond: 15, source: 'published-quota' };
  }
  const q = QUOTAS[service];
  if (q !== undefined) return { category: service, capacity: q, refillPerSecond: q, source: 'published-quota' };
  return { category: service, capacity: 50, refillPerSecond: 50, source: 'default' };
}

/** Global services are limited per account, not per region. */
export const GLOBAL_LIMIT_SERVICES = new Set(['iam', 'organizations', 's3control']);

export function limiterKey(account: string, region: string, limit: RateLimit, service: string): string {
  return `${account}/${GLOBAL_LIMIT_SERVICES.has(service) ? 'global' : region}/${limit.category}`;
}
