/** Fixture builders for the AKS rule tests (test-only). */
import type { Asset } from '../../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { AKS_TYPE } from './cluster.js';

export const cluster = (fields: Record<string, unknown>): Asset => azureAsset({ type: AKS_TYPE, kind: 'container.cluster', name: 'aks-fixture', config: { cluster: { name: 'aks-fixture', ...fields } } });
export const clusterDenied = (): Asset => azureAsset({ type: AKS_TYPE, kind: 'container.cluster', name: 'aks-fixture', gaps: { cluster: deniedGap('aks', 'managedClusters.list') } });
