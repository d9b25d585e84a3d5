/**
 * ARM's read throttling as token buckets per subscription (or tenant, for tenant-level calls), with the
 * numbers the runtime paces itself by (src/providers/azure/rate-limits.ts). Every admitted call is counted
 * even when limits are not enforced, so a benchmark can compute the least time the limits allow.
 */
import { armBucketKey } from '../../src/providers/azure/rate-limits.js';

interface Bucket {
  key: string;
  capacity: number;
  refillPerSecond: number;
  tokens: number;
  last: number;
  admitted: number;
}

export interface AzureBucketStats {
  key: string;
  capacity: number;
  refillPerSecond: number;
  admitted: number;
  /** Tokens left now (what `x-ms-ratelimit-remaining-subscription-reads` reports). */
  remaining: number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class ArmRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  take(subscriptionId: string | undefined, tenantId: string, enforce: boolean): TakeResult {
    const { key, limit } = armBucketKey(subscriptionId, tenantId);
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      b = { key, capacity: limit.capacity, refillPerSecond: limit.refillPerSecond, tokens: limit.capacity, last: t, admitted: 0 };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(b.capacity, b.tokens + ((t - b.last) / 1000) * b.refillPerSecond);
      b.last = t;
    }
    if (enforce && b.tokens < 1) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / b.refillPerSecond)) };
    b.tokens = Math.max(0, b.tokens - 1);
    b.admitted++;
    return { ok: true, remaining: Math.floor(b.tokens) };
  }

  stats(): AzureBucketStats[] {
    return [...this.buckets.values()].map((b) => ({ key: b.key, capacity: b.capacity, refillPerSecond: b.refillPerSecond, admitted: b.admitted, remaining: Math.floor(b.tokens) }));
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
