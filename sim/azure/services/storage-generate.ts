/**
 * Benchmark storage: `count` resources as accounts with a few containers each (one asset per account and
 * per container), a mix of good and bad settings.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { pick, push, tag } from './generate-util.js';

export function generateStorage(sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number {
  const accounts: any[] = [];
  let made = 0;
  let i = 0;
  while (made < count) {
    const containers = Math.min(count - made - 1, Math.floor(rand() * 4));
    const bad = rand() < 0.3;
    accounts.push({
      name: `st${sub.subscriptionId.slice(0, 4)}${tag(i)}`,
      resourceGroup: `rg-bench-${i % 20}`,
      location: pick(rand, locations),
      kind: 'StorageV2',
      sku: { name: 'Standard_LRS', tier: 'Standard' },
      properties: {
        provisioningState: 'Succeeded',
        creationTime: '2025-06-01T10:00:00.0000000Z',
        supportsHttpsTrafficOnly: !bad,
        minimumTlsVersion: bad ? 'TLS1_0' : 'TLS1_2',
        allowBlobPublicAccess: bad,
        encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' } } },
        networkAcls: { bypass: 'AzureServices', defaultAction: bad ? 'Allow' : 'Deny', ipRules: [], virtualNetworkRules: [] },
      },
      blobService: { isVersioningEnabled: !bad, deleteRetentionPolicy: { enabled: !bad, days: 7 } },
      containers: Array.from({ length: Math.max(0, containers) }, (_, c) => ({ name: `data-${c}`, properties: { publicAccess: bad && c === 0 ? 'Container' : 'None' } })),
    });
    made += 1 + Math.max(0, containers);
    i++;
  }
  push(sub.resources, 'storageAccounts', accounts);
  return made;
}
