import type { container_v1 } from 'googleapis/build/src/apis/container/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export type Cluster = container_v1.Schema$Cluster;

export const clusterOf = (asset: Asset): Cluster => need<Cluster>(asset, 'cluster');

/**
 * The control plane's authorized networks: newer clusters report them under
 * controlPlaneEndpointsConfig.ipEndpointsConfig, older responses under masterAuthorizedNetworksConfig.
 */
export const authorizedNetworks = (c: Cluster) => c.controlPlaneEndpointsConfig?.ipEndpointsConfig?.authorizedNetworksConfig ?? c.masterAuthorizedNetworksConfig;
