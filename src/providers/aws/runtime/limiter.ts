import { rateLimitFor, limiterKey } from '../rate-limits.js';

/**
 * One token bucket per (account, region, rate-limit category), shared by every client and collector of a
 * scan — retries included — so the scanner paces itself at AWS's documented rates instead of bursting
 * into throttling. On a throttle the bucket halves its rate and recovers gradually (AIMD), which keeps a
 * throttled service from turning into a retry storm.
 */
class Bucket {
  private tokens: number;
  private last = performance.now();
  private rate: number;
  private readonly waiters: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private readonly slots: Array<() => void> = [];

  constructor(
    private readonly capacity: number,
    private readonly baseRate: number,
    private readonly maxInFlight: number,
  ) {
    this.tokens = capacity;
    this.rate = baseRate;
  }

  /** Waits for a token and an in-flight slot; call the returned function when the call completes. */
  async acquire(): Promise<() => void> {
    await this.slot();
    await this.token();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.slots.shift()?.();
    };
  }

  throttled(): void {
    this.rate = Math.max(this.baseRate / 16, this.rate / 2);
    this.tokens = Math.min(this.tokens, 0);
  }

  succeeded(): void {
    if (this.rate < this.baseRate) this.rate = Math.min(this.baseRate, this.rate * 1.02 + 0.05);
  }

  private slot(): Promise<void> {
    if (this.inFlight < this.maxInFlight) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.slots.push(() => {
        this.inFlight++;
        resolve();
      }),
    );
  }

  private refill(): void {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }

  private token(): Promise<void> {
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

export interface LimiterOptions {
  /** Fraction of the documented rate to use (headroom for clock skew and other callers). Default 0.95. */
  headroom?: number;
  /** Calls in flight at once per bucket. Default 64. */
  maxInFlight?: number;
}

export class SharedLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly opts: LimiterOptions = {}) {}

  bucketFor(account: string, region: string, service: string, operation: string, paginated: boolean): Bucket {
    const limit = rateLimitFor(service, operation, paginated);
    const key = limiterKey(account, region, limit, service);
    let b = this.buckets.get(key);
    if (!b) {
      const headroom = this.opts.headroom ?? 0.95;
      b = new Bucket(Math.max(1, Math.floor(limit.capacity * headroom)), limit.refillPerSecond * headroom, this.opts.maxInFlight ?? 64);
      this.buckets.set(key, b);
    }
    return b;
  }
}

/** API calls in flight at once per scanning thread by default (see CallGate). */
export const DEFAULT_CALLS_IN_FLIGHT = 256;

/**
 * Caps the calls one thread has in flight across all buckets, first come first served. The buckets pace
 * each (account, region, category); without a cap on their sum, a large scan starts thousands of requests
 * whose timeouts run while they wait for one of the agent's sockets, and a thread busy parsing responses
 * gains nothing from more requests outstanding than it can process. A call enters after it has its token
 * and leaves when its response is handled, so the request timeout only covers the request itself.
 */
export class CallGate {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  enter(): Promise<void> | undefined {
    if (this.inFlight < this.limit) {
      this.inFlight++;
      return undefined;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.inFlight--;
  }
}
