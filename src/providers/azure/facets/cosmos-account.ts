import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/** Cosmos DB account facets. Data is always encrypted and only TLS connections are accepted. */
interface CosmosAccount {
  publicNetworkAccess?: string;
  ipRules?: Array<{ ipAddressOrRange?: string }>;
  isVirtualNetworkFilterEnabled?: boolean;
  keyVaultKeyUri?: string;
  backupPolicy?: { type?: string; periodicModeProperties?: { backupRetentionIntervalInHours?: number }; continuousModeProperties?: { tier?: string } };
}

const acct = (a: Asset) => aspectFor<CosmosAccount>(a, 'account');
const OPEN = new Set(['0.0.0.0/0', '0.0.0.0/1']);

export function cosmosAccountFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'database.instance', {
    engine: () => 'cosmosdb',
    // With no IP rules and no VNet filter, a public endpoint accepts every address.
    publicEndpoint: (a) => {
      const c = acct(a);
      if (c.publicNetworkAccess === 'Disabled') return false;
      const rules = c.ipRules ?? [];
      return (rules.length === 0 && c.isVirtualNetworkFilterEnabled !== true) || rules.some((r) => OPEN.has(r.ipAddressOrRange ?? ''));
    },
    encryptedAtRest: (a) => (acct(a), true),
    customerManagedKey: (a) => Boolean(acct(a).keyVaultKeyUri),
    tlsRequired: (a) => (acct(a), true),
    automatedBackups: (a) => (acct(a), true),
    backupRetentionDays: (a) => {
      const p = acct(a).backupPolicy;
      if (p?.type === 'Continuous') return p.continuousModeProperties?.tier === 'Continuous30Days' ? 30 : 7;
      // Periodic mode keeps 8 hours by default; days to one decimal.
      return Math.round(((p?.periodicModeProperties?.backupRetentionIntervalInHours ?? 8) / 24) * 10) / 10;
    },
  });
}
