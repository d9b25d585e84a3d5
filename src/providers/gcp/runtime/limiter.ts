/**
 * Paces a scan's calls below Google's request quotas (src/providers/gcp/rate-limits.ts): one window per
 * (project or consumer, location where the quota is counted so, quota category), shared by every collector
 * and retry of a scan.
 *
 * Google counts a quota over a sliding window (a minute, or a second for quotas enforced by the second), so
 * the pacing is a sliding window too: at most `allowance` calls in any trailing window. That spends a
 * minute's quota as soon as there is work for it, which a token bucket refilled at the per-minute average
 * would trickle out over the minute, and it is never over the quota however Google smooths it (a sequence
 * with at most Q calls in every window also fits a token bucket of Q refilled at Q per window).
 *
 * `allowance` is a share of the quota: `headroom` where the quota is the scanned project's, which its own
 * workloads share; `consumerHeadroom` where it is charged to the scan's own quota project. On a throttle it
 * halves and then recovers gradually (AIMD).
 */
import { gcpLimiterKey, gcpRateLimitFor } from '../rate-limits.js';

class GcpBucket {
  /** Start times of the last `capacity` calls, oldest first (a ring). */
  private readonly starts: Float64Array;
  private head = 0;
  private count = 0;
  private allowance: number;
  private readonly waiters: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    /** Calls the window admits at full allowance. */
    private readonly capacity: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.starts = new Float64Array(capacity);
    this.allowance = capacity;
  }

  acquire(): Promise<void> {
    if (this.waiters.length === 0 && this.waitMs() === 0) {
      this.record();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.schedule();
    });
  }

  throttled(): void {
    this.allowance = Math.max(1, this.capacity / 16, this.allowance / 2);
  }

  succeeded(): void {
    if (this.allowance < this.capacity) this.allowance = Math.min(this.capacity, this.allowance * 1.02 + 0.05);
  }

  /** How long until one more call fits: the `allowance`-th most recent call must have left the window. */
  private waitMs(): number {
    const allowed = Math.max(1, Math.floor(this.allowance));
    if (this.count < allowed) return 0;
    const kth = this.starts[(this.head + this.count - allowed) % this.capacity]!;
    return Math.max(0, kth + this.windowMs - this.now());
  }

  private record(): void {
    const t = this.now();
    if (this.count < this.capacity) this.starts[(this.head + this.count++) % this.capacity] = t;
    else {
      this.starts[this.head] = t;
      this.head = (this.head + 1) % this.capacity;
    }
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        while (this.waiters.length > 0 && this.waitMs() === 0) {
          this.record();
          this.waiters.shift()?.();
        }
        if (this.waiters.length > 0) this.schedule();
      },
      Math.ceil(this.waitMs()),
    );
  }
}

export type { GcpBucket };

export class GcpLimiter {
  private readonly buckets = new Map<string, GcpBucket>();

  /**
   * `headroom`: the share of a scanned project's quota to use (its own workloads share it);
   * `consumerHeadroom`: the share of a quota charged to the scan's own quota project.
   */
  constructor(
    private readonly headroom = 0.9,
    private readonly consumerHeadroom = 0.97,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The bucket of a call to `api` `operation` for `project`, in `region` ('global' outside one). */
  bucketFor(project: string, api: string, operation: string, region = 'global'): GcpBucket {
    const limit = gcpRateLimitFor(api, operation);
    const key = gcpLimiterKey(project, limit, region);
    let b = this.buckets.get(key);
    if (!b) {
      const share = limit.scope === 'consumer' ? this.consumerHeadroom : this.headroom;
      // The window the quota is counted over: a minute, or a second where `burst` is a second's worth.
      const windowMs = (limit.burst / limit.perMinute) * 60_000;
      b = new GcpBucket(Math.max(1, Math.floor(limit.burst * share)), windowMs, this.now);
      this.buckets.set(key, b);
    }
    return b;
  }
}
