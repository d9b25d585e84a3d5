/**
 * Google's request quotas as token buckets (src/providers/gcp/rate-limits.ts): one per (project or consumer,
 * location where the quota is counted so, category), holding a minute's worth of calls or, for quotas
 * enforced by the second, a second's. Every admitted call is counted even when limits are not enforced, so
 * a benchmark can compute the least time the quotas allow for the calls it made.
 */
import { gcpLimiterKey, gcpRateLimitFor } from '../../src/providers/gcp/rate-limits.js';

interface Bucket {
  capacity: number;
  refillPerSecond: number;
  tokens: number;
  last: number;
  admitted: number;
}

export class GcpRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Admits the call (true) or, when `enforce`, refuses it for lack of tokens (false). */
  take(project: string, region: string, api: string, operation: string, enforce: boolean): boolean {
    const limit = gcpRateLimitFor(api, operation);
    const key = gcpLimiterKey(project, limit, region);
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      b = { capacity: limit.burst, refillPerSecond: limit.perMinute / 60, tokens: limit.burst, last: t, admitted: 0 };
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

  /** max over buckets of (admitted - capacity) / refill: the least seconds the quotas allow. */
  floorSeconds(): number {
    let floor = 0;
    for (const b of this.buckets.values()) floor = Math.max(floor, Math.max(0, (b.admitted - b.capacity) / b.refillPerSecond));
    return floor;
  }

  reset(): void {
    this.buckets.clear();
  }
}
