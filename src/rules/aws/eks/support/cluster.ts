import type { Cluster } from '@aws-sdk/client-eks';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

/** The `cluster` aspect: DescribeCluster's `cluster`, as the API returns it. */
export const CLUSTER_ASPECT = 'cluster';

export function needCluster(asset: Asset): Cluster {
  return need<Cluster>(asset, CLUSTER_ASPECT);
}
