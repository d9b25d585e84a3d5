/** Estates for the KMS collector tests (test-only). */
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { SimKey } from '../../../../../sim/aws/services/kms.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';

export function kmsEstate(keys: SimKey[]): Estate {
  return { accounts: [{ id: ACCOUNT, name: 'management', regions: [REGION], global: {}, regional: { [REGION]: { kms: { keys } } } }] };
}

/** A deterministic key id that sorts by `n`. */
export const keyId = (n: number): string => `${String(n).padStart(8, '0')}-1111-4111-8111-111111111111`;
