import type { ManagedCluster } from '@azure/arm-containerservice';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export const AKS_TYPE = 'Microsoft.ContainerService/managedClusters';
export const clusterOf = (asset: Asset): ManagedCluster => need<ManagedCluster>(asset, 'cluster');
