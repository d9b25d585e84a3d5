/** Fixture builders for the Cosmos DB rule tests (test-only). */
import type { Asset } from '../../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { COSMOS_TYPE } from './account.js';

export const cosmos = (fields: Record<string, unknown>): Asset => azureAsset({ type: COSMOS_TYPE, kind: 'database.instance', name: 'cosmos-fixture', config: { account: { name: 'cosmos-fixture', ...fields } } });
export const cosmosDenied = (): Asset => azureAsset({ type: COSMOS_TYPE, kind: 'database.instance', name: 'cosmos-fixture', gaps: { account: deniedGap('cosmosdb', 'databaseAccounts.list') } });
