/**
 * One token bucket per (project or consumer, quota category), shared by every collector and retry of a
 * scan, pacing calls below Google's per-minute quotas (src/providers/gcp/rate-limits.ts). Buckets start
 * with a small burst rather than a full minute's worth: Google counts per minute, so spending a whole
 * minute's quota in the first second only moves the throttling later. On a throttle the rate halves and
 * recovers gradually (AIMD).
 */
import { gcpLimiterKey, gcpRateLimitFor } from '../rate-limits.js';

class GcpBucket {
  private tokens: number;
  private last = performance.now();
  private rate: number;
  private readonly waiters: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly capacity: number,
    private readonly baseRate: number,
  ) {
    this.tokens = capacity;
    this.rate = baseRate;
  }

  acquire(): Promise<void> {
    this.refill();
    if (this.waiters.length === 0 && this.tokens >= 1) {
      this.tokens -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.schedule();
    });
  }

  throttled(): void {
    this.rate = Math.max(this.baseRate / 16, this.rate / 2);
    this.tokens = Math.min(this.tokens, 0);
  }

  succeeded(): void {
    if (this.rate < this.baseRate) this.rate = Math.min(this.baseRate, this.rate * 1.02 + 0.05);
  }

  private refill(): void {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }

  private schedule(): void {
    if (this.timer) return;
    this.refill();
    const wait = this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.rate) * 1000;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refill();
      while (this.waiters.length > 0 && this.tokens >= 1) {
        this.tokens -= 1;
        this.waiters.shift()?.();
      }
      if (this.waiters.length > 0) this.schedule();
    }, Math.ceil(wait));
  }
}

export type { GcpBucket };

export class GcpLimiter {
  private readonly buckets = new Map<string, GcpBucket>();

  /** `headroom`: fraction of the published rate to use (other callers share the quota). */
  constructor(private readonly headroom = 0.9) {}

  bucketFor(project: string, api: string, operation: string): GcpBucket {
    const limit = gcpRateLimitFor(api, operation);
    const key = gcpLimiterKey(project, limit);
    let b = this.buckets.get(key);
    if (!b) {
      const perSecond = (limit.perMinute / 60) * this.headroom;
      b = new GcpBucket(Math.max(1, Math.floor(perSecond * 5)), perSecond);
      this.buckets.set(key, b);
    }
    return b;
  }
}
