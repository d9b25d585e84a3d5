import type { Asset } from '../../../../core/asset.js';
import { deniedGap, gcpAsset } from '../../../../../test/support/gcp-assets.js';
import { GCP } from '../../support/types.js';

export const firewall = (fw: Record<string, unknown>): Asset => gcpAsset({ type: GCP.firewall, kind: 'network.firewall-rule', name: 'fw', config: { firewall: { name: 'fw', network: 'global/networks/main', ...fw } } });
export const network = (n: Record<string, unknown>): Asset => gcpAsset({ type: GCP.network, kind: 'network.vpc', name: String(n.name ?? 'main'), config: { network: n } });
export const subnet = (s: Record<string, unknown>): Asset => gcpAsset({ type: GCP.subnetwork, kind: 'network.subnet', region: 'europe-west1', name: 'sub', config: { subnetwork: { name: 'sub', ...s } } });
export const disk = (d: Record<string, unknown>): Asset => gcpAsset({ type: GCP.disk, kind: 'storage.volume', region: 'europe-west1', name: 'disk-1', config: { disk: { name: 'disk-1', ...d } } });

/** An asset of the type whose only aspect is a gap (the listing that would describe it failed). */
export const denied = (type: string, aspect: string, operation: string): Asset => gcpAsset({ type, gaps: { [aspect]: deniedGap('compute', operation) } });
