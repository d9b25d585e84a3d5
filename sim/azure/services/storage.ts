/**
 * Microsoft.Storage: storage accounts, their blob service properties and blob containers.
 *
 * Section `storageAccounts`: StorageAccount wire JSON (`properties` nested; `id` may be left out when
 * `resourceGroup` and `name` are given), plus simulator-only keys:
 *   `blobService`: the BlobServiceProperties `properties` (deleteRetentionPolicy, isVersioningEnabled ...);
 *   `containers`: ListContainerItem wire JSON (`name`, `properties.publicAccess` ...);
 *   `diagnosticSettings`: diagnostic settings of the account's blob service (served by insights-diagnostics.ts).
 */
import type { AzureSimContext, AzureSimService } from '../service.js';
import { findByName, wire } from './arm-resource.js';
import { generateStorage } from './storage-generate.js';

export const STORAGE_TYPE = 'Microsoft.Storage/storageAccounts';
const SIM_ONLY = ['blobService', 'containers', 'diagnosticSettings'];

export function storageAccountWire(subscriptionId: string, a: Record<string, any>): Record<string, any> {
  return wire(subscriptionId, a, STORAGE_TYPE, SIM_ONLY);
}

function account(ctx: AzureSimContext): Record<string, any> {
  return findByName(ctx.subscription.subscriptionId, ctx.section('storageAccounts'), STORAGE_TYPE, ctx.params.resourceGroupName ?? '', ctx.params.accountName ?? '');
}

export const storageService: AzureSimService = {
  name: 'storage',
  routes: [
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts',
      operation: 'Microsoft.Storage/storageAccounts.list',
      kind: 'list',
      handler: (ctx) => ctx.section('storageAccounts').map((a) => storageAccountWire(ctx.subscription.subscriptionId, a)),
    },
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default',
      operation: 'Microsoft.Storage/blobServices.getServiceProperties',
      action: 'Microsoft.Storage/storageAccounts/blobServices/read',
      kind: 'get',
      handler: (ctx) => {
        const a = account(ctx);
        const id = storageAccountWire(ctx.subscription.subscriptionId, a).id as string;
        return {
          id: `${id}/blobServices/default`,
          name: 'default',
          type: 'Microsoft.Storage/storageAccounts/blobServices',
          sku: a.sku,
          properties: { cors: { corsRules: [] }, deleteRetentionPolicy: { allowPermanentDelete: false, enabled: false }, ...(a.blobService ?? {}) },
        };
      },
    },
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers',
      operation: 'Microsoft.Storage/blobContainers.list',
      action: 'Microsoft.Storage/storageAccounts/blobServices/containers/read',
      kind: 'list',
      handler: (ctx) => {
        const a = account(ctx);
        const id = storageAccountWire(ctx.subscription.subscriptionId, a).id as string;
        return ((a.containers ?? []) as Array<Record<string, any>>).map((c) => ({
          id: `${id}/blobServices/default/containers/${String(c.name)}`,
          type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
          etag: '"0x8DCAFE0000000001"',
          ...c,
          properties: {
            publicAccess: 'None',
            leaseStatus: 'Unlocked',
            leaseState: 'Available',
            lastModifiedTime: '2026-10-01T09:00:00.0000000Z',
            hasImmutabilityPolicy: false,
            hasLegalHold: false,
            defaultEncryptionScope: '$account-encryption-key',
            denyEncryptionScopeOverride: false,
            deleted: false,
            remainingRetentionDays: 0,
            ...(c.properties ?? {}),
          },
        }));
      },
    },
  ],
  generate: generateStorage,
};
