/** Estates for the CloudTrail collector tests (test-only). */
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { SimTrail } from '../../../../../sim/aws/services/cloudtrail.js';

export const ACCOUNT = '111111111111';

/** One account; trails by home region. */
export function cloudtrailEstate(byRegion: Record<string, SimTrail[]>): Estate {
  return {
    accounts: [
      { id: ACCOUNT, name: 'management', regions: ['us-east-1', 'eu-west-1'], global: {}, regional: Object.fromEntries(Object.entries(byRegion).map(([r, trails]) => [r, { cloudtrail: { trails } }])) },
    ],
  };
}
