import type { BlobServiceProperties, StorageAccount } from '@azure/arm-storage';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export const STORAGE_ACCOUNT_TYPE = 'Microsoft.Storage/storageAccounts';

/** The StorageAccount model from storageAccounts.list (throws MissingData when it was not collected). */
export const accountOf = (asset: Asset): StorageAccount => need<StorageAccount>(asset, 'account');
/** blobServices.getServiceProperties (versioning, soft delete). */
export const blobServiceOf = (asset: Asset): BlobServiceProperties | null => need<BlobServiceProperties | null>(asset, 'blobService');

export const STORAGE_REFS = {
  security: 'https://learn.microsoft.com/en-us/azure/storage/common/security-recommendations',
  network: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security',
  softDelete: 'https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview',
  containerSoftDelete: 'https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-container-overview',
  sharedKey: 'https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent',
  keys: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
};
