import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';
import { blobLogging, type StorageAccountModel } from './storage-account.js';

/**
 * Blob container facets. Anonymous access needs both the container's level (Blob or Container) and the
 * account's permission: `allowBlobPublicAccess` reads as true when absent (accounts made with API versions
 * before 2019-04-01 never set it; newer API versions write false explicitly on create).
 * Anonymous access is read-only in Azure: containers are never publicly writable.
 */
interface Container {
  publicAccess?: 'Container' | 'Blob' | 'None' | null;
}

const account = (a: Asset) => aspectFor<StorageAccountModel>(a, 'account');

export function storageContainerFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'storage.bucket', {
    publicRead: (a) => {
      const level = aspectFor<Container>(a, 'container').publicAccess ?? 'None';
      return (level === 'Blob' || level === 'Container') && account(a).allowBlobPublicAccess !== false;
    },
    publicWrite: (a) => (aspectFor<Container>(a, 'container'), false),
    encryptedAtRest: (a) => (account(a), true), // Storage service encryption cannot be turned off.
    customerManagedKey: (a) => account(a).encryption?.keySource === 'Microsoft.Keyvault',
    versioning: (a) => aspectFor<{ isVersioningEnabled?: boolean } | null>(a, 'blobService')?.isVersioningEnabled === true,
    accessLogging: (a) => blobLogging(aspectFor(a, 'diagnosticSettings')),
    // The property reads as true when absent: HTTPS-only is the default since API version 2019-04-01.
    secureTransportOnly: (a) => account(a).enableHttpsTrafficOnly !== false,
  });
}
