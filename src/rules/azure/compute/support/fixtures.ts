/** Fixture builders for the compute rule tests (test-only). */
import type { Asset } from '../../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { DISK_TYPE, VM_TYPE } from './types.js';

export const vm = (fields: Record<string, unknown>): Asset => azureAsset({ type: VM_TYPE, kind: 'compute.instance', name: 'vm-fixture', config: { vm: { name: 'vm-fixture', ...fields } } });
export const vmDenied = (): Asset => azureAsset({ type: VM_TYPE, kind: 'compute.instance', name: 'vm-fixture', gaps: { vm: deniedGap('compute', 'virtualMachines.listAll') } });
export const disk = (fields: Record<string, unknown>): Asset => azureAsset({ type: DISK_TYPE, kind: 'storage.volume', name: 'disk-fixture', config: { disk: { name: 'disk-fixture', ...fields } } });
export const diskDenied = (): Asset => azureAsset({ type: DISK_TYPE, kind: 'storage.volume', name: 'disk-fixture', gaps: { disk: deniedGap('compute', 'disks.list') } });
