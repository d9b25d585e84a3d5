import type { Asset } from '../../../core/asset.js';
import { sourceOf } from '../../../core/provenance.js';
import type { RegionsResult } from './discover.js';

const DESCRIBE_REGIONS = 'aws:ec2:DescribeRegions';

/** The `AWS::::Account` asset that account-wide rules judge. */
export function accountAsset(partition: string, account: string, regions: RegionsResult): Asset {
  return {
    id: `arn:${partition}:::account/${account}`,
    provider: 'aws',
    account,
    region: 'global',
    type: 'AWS::::Account',
    kind: 'account',
    name: account,
    tags: {},
    facets: {},
    config: regions.ok ? { regions: regions.value } : {},
    gaps: regions.ok ? {} : { regions: regions.error },
    // The regions come from EC2 DescribeRegions; without them, from whichever call stopped the account (sts:AssumeRole).
    provenance: { regions: regions.ok ? DESCRIBE_REGIONS : sourceOf(regions.error) },
    source: { type: 'api' },
    observedAt: new Date().toISOString(),
  };
}

/** The `AWS::::Region` asset that region-wide rules (GuardDuty, Config enabled) judge. */
export function regionAsset(partition: string, account: string, region: string): Asset {
  return {
    id: `arn:${partition}:::account/${account}/region/${region}`,
    provider: 'aws',
    account,
    region,
    type: 'AWS::::Region',
    kind: 'account.region',
    name: `${account}/${region}`,
    tags: {},
    facets: {},
    config: { optInStatus: 'enabled' },
    gaps: {},
    // Only enabled regions get an asset: DescribeRegions said so.
    provenance: { optInStatus: DESCRIBE_REGIONS },
    source: { type: 'api' },
    observedAt: new Date().toISOString(),
  };
}
