/**
 * EC2 DescribeRegions for the account's enabled regions (`AccountEstate.regions`). Spread into the EC2
 * service's operations by its owner: `operations: { ...ec2RegionOperations, ... }`.
 */
import { SimError, type SimHandler } from '../service.js';

/** Commercial regions enabled by default. */
export const DEFAULT_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2',
  'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-north-1', 'sa-east-1',
];

/** Commercial regions an account must opt in to. */
export const OPT_IN_REGIONS = [
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1',
  'me-central-1', 'me-south-1', 'mx-central-1',
];

export const COMMERCIAL_REGIONS = [...DEFAULT_REGIONS, ...OPT_IN_REGIONS];

interface Filter {
  Name?: string;
  Values?: string[];
}

export const ec2RegionOperations: Record<string, SimHandler> = {
  DescribeRegions(input: { RegionNames?: string[]; AllRegions?: boolean; Filters?: Filter[] }, ctx) {
    const enabled = new Set(ctx.account.regions);
    const all = [...COMMERCIAL_REGIONS, ...ctx.account.regions.filter((r) => !COMMERCIAL_REGIONS.includes(r))];
    let regions = all.map((r) => ({
      RegionName: r,
      Endpoint: `ec2.${r}.amazonaws.com`,
      OptInStatus: !enabled.has(r) ? 'not-opted-in' : OPT_IN_REGIONS.includes(r) ? 'opted-in' : 'opt-in-not-required',
    }));
    if (input.RegionNames?.length) {
      for (const n of input.RegionNames) if (!all.includes(n)) throw new SimError('InvalidParameterValue', `Invalid region: ${n}`, 400);
      regions = regions.filter((r) => input.RegionNames!.includes(r.RegionName));
    } else if (!input.AllRegions) {
      regions = regions.filter((r) => enabled.has(r.RegionName));
    }
    for (const f of input.Filters ?? []) {
      const values = f.Values ?? [];
      const field = f.Name === 'region-name' ? 'RegionName' : f.Name === 'endpoint' ? 'Endpoint' : f.Name === 'opt-in-status' ? 'OptInStatus' : undefined;
      if (!field) throw new SimError('InvalidParameterValue', `The filter '${f.Name}' is invalid`, 400);
      regions = regions.filter((r) => values.includes(r[field]));
    }
    return { Regions: regions };
  },
};
