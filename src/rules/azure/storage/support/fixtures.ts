/** Fixture builders for the storage rule tests (test-only; not imported by rules). */
import type { Asset, CollectionError } from '../../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { STORAGE_ACCOUNT_TYPE } from './account.js';

/** A storage account asset named `stfixture` with the given `account` fields (and optional other aspects). */
export function storageAccount(account: Record<string, unknown>, aspects: Record<string, unknown> = {}, name = 'stfixture'): Asset {
  return azureAsset({ type: STORAGE_ACCOUNT_TYPE, kind: 'storage.account', name, config: { account: { name, ...account }, ...aspects } });
}

/** A storage account whose `aspect` could not be collected. */
export function storageAccountDenied(aspect: string, operation: string): Asset {
  const gaps: Record<string, CollectionError> = { [aspect]: deniedGap('storage', operation) };
  const config = aspect === 'account' ? {} : { account: { name: 'stfixture' } };
  return azureAsset({ type: STORAGE_ACCOUNT_TYPE, kind: 'storage.account', name: 'stfixture', config, gaps });
}
