import type { DatabaseAccountGetResults } from '@azure/arm-cosmosdb';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export const COSMOS_TYPE = 'Microsoft.DocumentDB/databaseAccounts';
export const cosmosOf = (asset: Asset): DatabaseAccountGetResults => need<DatabaseAccountGetResults>(asset, 'account');
