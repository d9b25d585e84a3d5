/** Small helpers over a seeded rng for the CloudWatch, SNS and SQS benchmark generators. */

export type Rng = () => number;

export const chance = (rng: Rng, p: number): boolean => rng() < p;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A random UUID (v4 layout) drawn from the rng, so generated estates stay deterministic. */
export function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const WORKLOADS = ['orders', 'payments', 'billing', 'search', 'catalog', 'auth', 'checkout', 'inventory', 'shipping', 'reports', 'notifications', 'users', 'ledger', 'pricing', 'media'] as const;
export const ENVIRONMENTS = ['prod', 'staging', 'dev', 'qa'] as const;

/** `<workload>-<env>-<n>`: unique per index, readable in reports. */
export function resourceName(rng: Rng, i: number): string {
  return `${pick(rng, WORKLOADS)}-${pick(rng, ENVIRONMENTS)}-${String(i).padStart(5, '0')}`;
}
