import type { Asset } from '../../../core/asset.js';
import type { RegionsResult } from './discover.js';

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
    source: { type: 'api' },
    observedAt: new Date().toISOString(),
  };
}
