import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Asset } from '../../core/asset.js';
import { verdictOf } from '../../../test/support/iac.js';
import { loadSnapshot } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const AT = '2026-11-29T00:00:00.000Z';
const SUB = '00000000-0000-0000-0000-0000000000a1';
const CLI = fixture('azure-arg-cli.json');
const cli = loadSnapshot(CLI, AT);
const rid = (rg: string, path: string) => `/subscriptions/${SUB}/resourceGroups/${rg}/providers/${path}`;
const get = (id: string): Asset => {
  const a = cli.assets.find((x) => x.id === id);
  if (!a) throw new Error(`no asset ${id}`);
  return a;
};

describe('Azure Resource Graph results (az graph query --output json)', () => {
  it('maps rows to the live ids, ARM-cased types, kinds, subscription and region', () => {
    expect(cli.format).toBe('azure-arg');
    expect(cli.assets.map((a) => [a.type, a.kind, a.name])).toEqual([
      ['Microsoft.Storage/storageAccounts', 'storage.account', 'stlegacy01'],
      ['Microsoft.Storage/storageAccounts', 'storage.account', 'stmodern01'],
      ['Microsoft.Network/networkSecurityGroups', 'network.firewall-rule', 'nsg-web'],
      ['Microsoft.Network/publicIPAddresses', 'network.public-ip', 'pip-web'],
      ['Microsoft.Compute/virtualMachines', 'compute.instance', 'vm-web'],
      ['Microsoft.Compute/disks', 'storage.volume', 'vm-web-os'],
      ['Microsoft.Sql/servers', 'database.instance', 'sql-orders'],
      ['Microsoft.DBforPostgreSQL/flexibleServers', 'database.instance', 'pg-orders'],
      ['Microsoft.DBforMySQL/flexibleServers', 'database.instance', 'my-orders'],
      ['Microsoft.KeyVault/vaults', 'crypto.vault', 'kv-app'],
      ['Microsoft.ContainerService/managedClusters', 'container.cluster', 'aks-prod'],
      ['Microsoft.Web/sites', 'compute.web-app', 'app-orders'],
      ['Microsoft.DocumentDB/databaseAccounts', 'database.instance', 'cosmos-orders'],
    ]);
    for (const a of cli.assets) expect(a).toMatchObject({ provider: 'azure', account: SUB, region: 'westeurope', observedAt: AT, source: { type: 'snapshot', file: CLI } });
    expect(get(rid('rg-data', 'Microsoft.Storage/storageAccounts/stlegacy01'))).toMatchObject({ tags: { owner: 'data' }, source: { line: 4 } });
    // Network interfaces only feed the VM's publicIps; virtual networks are not mapped and are reported once.
    expect(cli.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'UnknownResourceType', message: expect.stringContaining('microsoft.network/virtualnetworks') })]);
  });

  it('flattens properties the way the SDK model does, with its renames and ISO dates', () => {
    const st = get(rid('rg-data', 'Microsoft.Storage/storageAccounts/stlegacy01'));
    const account = st.config.account as Record<string, unknown>;
    expect(account).toMatchObject({
      type: 'Microsoft.Storage/storageAccounts',
      kind: 'StorageV2',
      sku: { name: 'Standard_LRS' },
      minimumTlsVersion: 'TLS1_0',
      allowBlobPublicAccess: true,
      enableHttpsTrafficOnly: false,
      networkRuleSet: { defaultAction: 'Allow' },
      keyCreationTime: { key1: '2023-04-01T10:00:00.123Z', key2: '2023-04-01T10:00:00.123Z' },
    });
    for (const k of ['properties', 'resourceGroup', 'subscriptionId', 'tenantId', 'supportsHttpsTrafficOnly', 'networkAcls', 'managedBy', 'plan']) expect(account).not.toHaveProperty(k);
    expect(st.gaps.blobService).toMatchObject({ code: 'NotInSnapshot', message: expect.stringContaining('azure-arg-cli.json') });

    const nsg = get(rid('rg-net', 'Microsoft.Network/networkSecurityGroups/nsg-web'));
    expect(nsg.config.nsg).toMatchObject({ securityRules: [{ name: 'allow-ssh', protocol: 'Tcp', destinationPortRange: '22', sourceAddressPrefix: 'Internet', access: 'Allow', priority: 100, direction: 'Inbound' }] });
    expect((nsg.config.nsg as { securityRules: object[] }).securityRules[0]).not.toHaveProperty('properties');

    const disk = get(rid('rg-app', 'Microsoft.Compute/disks/vm-web-os'));
    expect(disk.config.disk).toMatchObject({ diskState: 'Attached', encryption: { type: 'EncryptionAtRestWithPlatformKey' }, managedBy: expect.stringContaining('vm-web'), timeCreated: '2025-02-03T04:05:06.789Z' });

    const aks = get(rid('rg-aks', 'Microsoft.ContainerService/managedClusters/aks-prod'));
    expect(aks.config.cluster).toMatchObject({ enableRbac: true, kubernetesVersion: '1.31.2', networkProfile: { networkPolicy: 'azure' } });

    // arm-keyvault keeps the vault's properties nested.
    const kv = get(rid('rg-sec', 'Microsoft.KeyVault/vaults/kv-app'));
    expect(kv.config.vault).toMatchObject({ name: 'kv-app', properties: { enableSoftDelete: true, enablePurgeProtection: true, enableRbacAuthorization: true } });
  });

  it('gives the live verdicts: TLS 1.0 storage fails, its TLS 1.2 twin passes; NSG SSH from the internet fails', () => {
    expect(verdictOf('azure.storage.minimum-tls-1-2', get(rid('rg-data', 'Microsoft.Storage/storageAccounts/stlegacy01')))).toBe('fail');
    expect(verdictOf('azure.storage.minimum-tls-1-2', get(rid('rg-data', 'Microsoft.Storage/storageAccounts/stmodern01')))).toBe('pass');
    expect(verdictOf('azure.storage.secure-transfer-required', get(rid('rg-data', 'Microsoft.Storage/storageAccounts/stlegacy01')))).toBe('fail');
    expect(verdictOf('azure.storage.secure-transfer-required', get(rid('rg-data', 'Microsoft.Storage/storageAccounts/stmodern01')))).toBe('pass');
    // Blob versioning lives in the blob service properties, which Resource Graph does not carry.
    expect(verdictOf('azure.storage.blob-versioning-enabled', get(rid('rg-data', 'Microsoft.Storage/storageAccounts/stmodern01')))).toBe('unknown');
    const nsg = get(rid('rg-net', 'Microsoft.Network/networkSecurityGroups/nsg-web'));
    expect(verdictOf('azure.network.nsg-ssh-restricted-from-internet', nsg)).toBe('fail');
    expect(verdictOf('baseline.network.no-ssh-from-internet', nsg)).toBe('fail');
    expect(verdictOf('azure.keyvault.recoverable', get(rid('rg-sec', 'Microsoft.KeyVault/vaults/kv-app')))).toBe('pass');
    expect(verdictOf('azure.aks.rbac-enabled', get(rid('rg-aks', 'Microsoft.ContainerService/managedClusters/aks-prod')))).toBe('pass');
    expect(verdictOf('azure.aks.local-accounts-disabled', get(rid('rg-aks', 'Microsoft.ContainerService/managedClusters/aks-prod')))).toBe('fail');
    expect(verdictOf('azure.cosmosdb.local-auth-disabled', get(rid('rg-db', 'Microsoft.DocumentDB/databaseAccounts/cosmos-orders')))).toBe('fail');
  });

  it('joins a VM to the public IPs behind its NICs when the rows are there', () => {
    const vm = get(rid('rg-app', 'Microsoft.Compute/virtualMachines/vm-web'));
    expect(vm.config.vm).toMatchObject({ identity: { type: 'SystemAssigned' }, osProfile: { linuxConfiguration: { disablePasswordAuthentication: false } }, networkProfile: { networkInterfaces: [{ primary: true }] } });
    expect(vm.config.publicIps).toEqual([expect.objectContaining({ name: 'pip-web', ipAddress: '20.1.2.3', type: 'Microsoft.Network/publicIPAddresses' })]);
    expect(verdictOf('baseline.compute.instance-no-public-ip', vm)).toBe('fail');
    expect(verdictOf('azure.compute.vm-trusted-launch-enabled', vm)).toBe('fail');
  });

  it('aspects Resource Graph cannot carry are NotInSnapshot gaps, so their rules say unknown', () => {
    const site = get(rid('rg-web', 'Microsoft.Web/sites/app-orders'));
    expect(site.gaps.config?.code).toBe('NotInSnapshot');
    expect(verdictOf('azure.appservice.minimum-tls-1-2', site)).toBe('unknown');
    expect(verdictOf('azure.appservice.https-only', site)).toBe('fail');
    const pg = get(rid('rg-db', 'Microsoft.DBforPostgreSQL/flexibleServers/pg-orders'));
    expect(pg.config.server).toMatchObject({ network: { publicNetworkAccess: 'Enabled' }, backup: { backupRetentionDays: 7 } });
    expect(verdictOf('baseline.database.tls-required', pg)).toBe('unknown');
    const sql = get(rid('rg-db', 'Microsoft.Sql/servers/sql-orders'));
    expect(Object.keys(sql.gaps).sort()).toEqual(['administrators', 'auditing', 'encryptionProtector', 'firewallRules', 'securityAlertPolicy', 'vulnerabilityAssessment']);
    expect(verdictOf('baseline.database.not-publicly-accessible', sql)).toBe('unknown');
  });

  it('the REST answer as a table (columns and rows) and a row-less file', () => {
    const r = loadSnapshot(fixture('azure-arg-rest-table.json'), AT);
    expect(r.diagnostics).toEqual([]);
    expect(r.assets).toHaveLength(1);
    const kv = r.assets[0]!;
    expect(kv).toMatchObject({ id: rid('rg-sec', 'Microsoft.KeyVault/vaults/kv-legacy'), type: 'Microsoft.KeyVault/vaults', region: 'northeurope', account: SUB });
    expect(verdictOf('azure.keyvault.recoverable', kv)).toBe('fail');
  });
});
