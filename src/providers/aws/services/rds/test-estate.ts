/** Estates for the RDS collector tests (test-only). */
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { RdsSection } from '../../../../../sim/aws/services/rds.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';

export function rdsEstate(rds: RdsSection): Estate {
  return { accounts: [{ id: ACCOUNT, name: 'management', regions: [REGION], global: {}, regional: { [REGION]: { rds } } }] };
}

/** `n` identifiers `<prefix>-00000` ... in listing order. */
export const names = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);
