/**
 * Azure Resource Manager's request limits, shared by the simulator (which enforces them) and the runtime
 * (which paces itself by them). ARM throttles per subscription (and per tenant for tenant-level calls)
 * with a token bucket per principal and region instance: reads get a bucket of 250 requests refilled at
 * 25 a second (the limits documented since 2024 under "Understand how Azure Resource Manager throttles
 * requests"). Writes and deletes have their own buckets; Parapet only reads.
 */
export interface ArmRateLimit {
  capacity: number;
  refillPerSecond: number;
}

export const ARM_RATE_LIMITS = {
  /** Subscription-scoped reads (GET, and read-only POSTs such as listing). */
  subscriptionReads: { capacity: 250, refillPerSecond: 25 },
  /** Tenant-scoped reads (subscriptions list, management groups): the same numbers, counted per tenant. */
  tenantReads: { capacity: 250, refillPerSecond: 25 },
} as const satisfies Record<string, ArmRateLimit>;

/** The bucket a call is counted in: the subscription's reads, or the tenant's when it names none. */
export function armBucketKey(subscriptionId: string | undefined, tenantId: string): { key: string; limit: ArmRateLimit } {
  return subscriptionId
    ? { key: `subscription:${subscriptionId.toLowerCase()}`, limit: ARM_RATE_LIMITS.subscriptionReads }
    : { key: `tenant:${tenantId.toLowerCase()}`, limit: ARM_RATE_LIMITS.tenantReads };
}
