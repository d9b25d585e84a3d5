import { describe, expect, it } from 'vitest';
import { ARM_RATE_LIMITS } from '../../src/providers/azure/rate-limits.js';
import { ArmRateLimiter } from './rate-limiter.js';

const SUB = '5b1f0000-0000-4000-8000-000000000002';
const TENANT = '7a1e0000-0000-4000-8000-000000000001';

describe('ArmRateLimiter (ARM subscription reads: bucket 250, refill 25/s)', () => {
  it('admits a full bucket, then refuses with a Retry-After until tokens refill', () => {
    let now = 0;
    const l = new ArmRateLimiter(() => now);
    for (let i = 0; i < ARM_RATE_LIMITS.subscriptionReads.capacity; i++) expect(l.take(SUB, TENANT, true).ok).toBe(true);
    const refused = l.take(SUB, TENANT, true);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 1000;
    let admitted = 0;
    while (l.take(SUB, TENANT, true).ok) admitted++;
    expect(admitted).toBe(25);
    // Another subscription and the tenant have their own buckets.
    expect(l.take('5b1f0000-0000-4000-8000-000000000003', TENANT, true).ok).toBe(true);
    expect(l.take(undefined, TENANT, true).ok).toBe(true);
  });

  it('counts without enforcing, and computes the least time the limits allow', () => {
    const l = new ArmRateLimiter(() => 0);
    for (let i = 0; i < 300; i++) expect(l.take(SUB, TENANT, false).ok).toBe(true);
    expect(l.floorSeconds()).toBe((300 - 250) / 25);
    expect(l.stats()).toMatchObject([{ key: `subscription:${SUB}`, admitted: 300 }]);
  });
});
