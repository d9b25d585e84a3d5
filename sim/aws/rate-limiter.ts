/**
 * AWS request rate limits as token buckets per account + region (or account for global services) +
 * category, with the numbers the scanner paces itself by (src/providers/aws/rate-limits.ts). Every admitted
 * call is counted against its bucket even when limits are not enforced, so a benchmark can compute the
 * least time the limits allow for the calls it made.
 */
import { limiterKey, rateLimitFor } from '../../src/providers/aws/rate-limits.js';

interface Bucket {
  key: string;
  capacity: number;
  refillPerSecond: number;
  tokens: number;
  last: number;
  admitted: number;
}

export interface BucketStats {
  key: string;
  capacity: number;
  refillPerSecond: number;
  admitted: number;
}

const PAGING_KEYS = ['MaxResults', 'NextToken', 'Marker', 'MaxRecords'];

/** Whether a request pages (the EC2 "paginated describe" category). */
export function isPaginated(input: Record<string, unknown>): boolean {
  for (const k of PAGING_KEYS) if (input[k] !== undefined && input[k] !== null) return true;
  return false;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Admits the call (true) or, when `enforce`, refuses it for lack of tokens (false). */
  take(account: string, region: string, service: string, operation: string, paginated: boolean, enforce: boolean): boolean {
    const limit = rateLimitFor(service, operation, paginated);
    const key = limiterKey(account, region, limit, service);
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      b = { key, capacity: limit.capacity, refillPerSecond: limit.refillPerSecond, tokens: limit.capacity, last: t, admitted: 0 };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(b.capacity, b.tokens + ((t - b.last) / 1000) * b.refillPerSecond);
      b.last = t;
    }
    if (enforce && b.tokens < 1) return false;
    b.tokens = Math.max(0, b.tokens - 1);
    b.admitted++;
    return true;
  }

  stats(): BucketStats[] {
    return [...this.buckets.values()].map((b) => ({ key: b.key, capacity: b.capacity, refillPerSecond: b.refillPerSecond, admitted: b.admitted }));
  }

  /** max over buckets of (admitted - capacity) / refill: the least seconds the limits allow. */
  floorSeconds(): number {
    let floor = 0;
    for (const b of this.buckets.values()) floor = Math.max(floor, Math.max(0, (b.admitted - b.capacity) / b.refillPerSecond));
    return floor;
  }

  reset(): void {
    this.buckets.clear();
  }
}
