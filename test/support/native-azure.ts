/** Azure fixture assets with native aspects as docs/assets-azure-gcp.md describes them (SDK models, dates as ISO). */
import type { Asset } from '../../src/core/asset.js';
import { SUBSCRIPTION, daysAgo, native } from './facet-fixtures.js';

const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg1/providers`;
const ACCOUNT_ID = `${RG}/Microsoft.Storage/storageAccounts/st1`;

export const storageAccountModel = (over: Record<string, unknown> = {}) => ({
  id: ACCOUNT_ID,
  name: 'st1',
  allowBlobPublicAccess: false,
  enableHttpsTrafficOnly: true,
  encryption: { keySource: 'Microsoft.Storage' },
  keyCreationTime: { key1: daysAgo(10), key2: daysAgo(10) },
  ...over,
});

export const BLOB_LOGS = [{ name: 'logs', storageAccountId: `${RG}/Microsoft.Storage/storageAccounts/logs`, logs: [{ category: 'StorageRead', enabled: true }, { category: 'StorageWrite', enabled: true }, { category: 'StorageDelete', enabled: true }] }];

/** A private container of a locked-down account; override `container`, `account`, `blobService`, `diagnosticSettings`. */
export function blobContainer(over: { container?: Record<string, unknown>; account?: Record<string, unknown>; blobService?: Record<string, unknown> | null; diagnosticSettings?: unknown[] } = {}): Asset {
  return native('azure', 'Microsoft.Storage/storageAccounts/blobServices/containers', 'storage.bucket', {
    container: { name: 'c1', publicAccess: 'None', ...over.container },
    account: storageAccountModel(over.account),
    blobService: over.blobService === undefined ? { isVersioningEnabled: true } : over.blobService,
    diagnosticSettings: over.diagnosticSettings ?? BLOB_LOGS,
  }, { id: `${ACCOUNT_ID}/blobServices/default/containers/c1` });
}

export const storageAccount = (over: Record<string, unknown> = {}) => native('azure', 'Microsoft.Storage/storageAccounts', 'storage.account', { account: storageAccountModel(over), blobService: { isVersioningEnabled: true }, diagnosticSettings: [] }, { id: ACCOUNT_ID });

/** The default rules Azure adds to every NSG (priorities 65000-65500). */
export const DEFAULT_NSG_RULES = [
  { name: 'AllowVnetInBound', protocol: '*', sourceAddressPrefix: 'VirtualNetwork', destinationAddressPrefix: 'VirtualNetwork', destinationPortRange: '*', access: 'Allow', priority: 65000, direction: 'Inbound' },
  { name: 'AllowAzureLoadBalancerInBound', protocol: '*', sourceAddressPrefix: 'AzureLoadBalancer', destinationAddressPrefix: '*', destinationPortRange: '*', access: 'Allow', priority: 65001, direction: 'Inbound' },
  { name: 'DenyAllInBound', protocol: '*', sourceAddressPrefix: '*', destinationAddressPrefix: '*', destinationPortRange: '*', access: 'Deny', priority: 65500, direction: 'Inbound' },
  { name: 'AllowInternetOutBound', protocol: '*', sourceAddressPrefix: '*', destinationAddressPrefix: 'Internet', destinationPortRange: '*', access: 'Allow', priority: 65001, direction: 'Outbound' },
];
export const nsgRule = (name: string, priority: number, port: string, source = 'Internet', access = 'Allow', protocol = 'Tcp') => ({ name, protocol, sourceAddressPrefix: source, sourcePortRange: '*', destinationAddressPrefix: '*', destinationPortRange: port, access, priority, direction: 'Inbound' });
export const nsg = (rules: unknown[]) =>
  native('azure', 'Microsoft.Network/networkSecurityGroups', 'network.firewall-rule', { nsg: { name: 'nsg1', securityRules: rules, defaultSecurityRules: DEFAULT_NSG_RULES, networkInterfaces: [{ id: 'nic1' }] }, flowLogs: [] }, { id: `${RG}/Microsoft.Network/networkSecurityGroups/nsg1` });

export const vm = (model: Record<string, unknown>, publicIps: unknown[] = []) =>
  native('azure', 'Microsoft.Compute/virtualMachines', 'compute.instance', { vm: { name: 'vm1', ...model }, publicIps }, { id: `${RG}/Microsoft.Compute/virtualMachines/vm1` });
export const managedDisk = (disk: Record<string, unknown>) =>
  native('azure', 'Microsoft.Compute/disks', 'storage.volume', { disk: { name: 'd1', diskState: 'Attached', encryption: { type: 'EncryptionAtRestWithPlatformKey' }, ...disk } }, { id: `${RG}/Microsoft.Compute/disks/d1` });

export const ALLOW_ALL_IPS = { name: 'all', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' };
export const OFFICE_IPS = { name: 'office', startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.255' };
export function sqlServer(over: { server?: Record<string, unknown>; firewallRules?: unknown[]; encryptionProtector?: Record<string, unknown>; auditing?: Record<string, unknown> } = {}): Asset {
  return native('azure', 'Microsoft.Sql/servers', 'database.instance', {
    server: { name: 'sql1', publicNetworkAccess: 'Enabled', minimalTlsVersion: '1.2', ...over.server },
    firewallRules: over.firewallRules ?? [OFFICE_IPS],
    encryptionProtector: over.encryptionProtector ?? { serverKeyType: 'ServiceManaged' },
    auditing: over.auditing ?? { state: 'Enabled' },
  }, { id: `${RG}/Microsoft.Sql/servers/sql1` });
}
export function postgresServer(over: { server?: Record<string, unknown>; configurations?: unknown[]; firewallRules?: unknown[] } = {}): Asset {
  return native('azure', 'Microsoft.DBforPostgreSQL/flexibleServers', 'database.instance', {
    server: { name: 'pg1', network: { publicNetworkAccess: 'Enabled' }, backup: { backupRetentionDays: 7 }, dataEncryption: { type: 'SystemManaged' }, ...over.server },
    configurations: over.configurations ?? [{ name: 'require_secure_transport', value: 'on' }],
    firewallRules: over.firewallRules ?? [OFFICE_IPS],
  }, { id: `${RG}/Microsoft.DBforPostgreSQL/flexibleServers/pg1` });
}
export function mysqlServer(requireSecureTransport: string): Asset {
  return native('azure', 'Microsoft.DBforMySQL/flexibleServers', 'database.instance', {
    server: { name: 'my1', network: { publicNetworkAccess: 'Disabled' }, backup: { backupRetentionDays: 7 } },
    configurations: [{ name: 'require_secure_transport', value: requireSecureTransport }],
    firewallRules: [],
  }, { id: `${RG}/Microsoft.DBforMySQL/flexibleServers/my1` });
}
export const cosmosAccount = (account: Record<string, unknown>) =>
  native('azure', 'Microsoft.DocumentDB/databaseAccounts', 'database.instance', { account: { name: 'cosmos1', publicNetworkAccess: 'Disabled', ipRules: [], ...account } }, { id: `${RG}/Microsoft.DocumentDB/databaseAccounts/cosmos1` });

export const ROTATE_90 = { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'rotate' } }, { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }], attributes: { expiryTime: 'P1Y' } };
export const keyVaultKey = (key: Record<string, unknown>) =>
  native('azure', 'Microsoft.KeyVault/vaults/keys', 'crypto.key', { key: { name: 'k1', kty: 'RSA', attributes: { enabled: true }, ...key } }, { id: `${RG}/Microsoft.KeyVault/vaults/kv1/keys/k1` });
export const keyVaultSecret = (attributes: Record<string, unknown>) =>
  native('azure', 'Microsoft.KeyVault/vaults/secrets', 'secret', { secret: { name: 's1', properties: { attributes: { enabled: true, ...attributes } } } }, { id: `${RG}/Microsoft.KeyVault/vaults/kv1/secrets/s1` });

export const ALL_ACTIVITY_LOGS = ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'].map((category) => ({ category, enabled: true }));
export const activityLogSetting = (setting: Record<string, unknown>) =>
  native('azure', 'Microsoft.Insights/diagnosticSettings', 'logging.audit-trail', { setting: { name: 'activity', workspaceId: `${RG}/Microsoft.OperationalInsights/workspaces/w1`, logs: ALL_ACTIVITY_LOGS, ...setting } }, {
    id: `/subscriptions/${SUBSCRIPTION}/providers/microsoft.insights/diagnosticSettings/activity`,
    region: 'global',
  });
export const subscription = () => native('azure', 'Microsoft.Resources/subscriptions', 'account', { subscription: { subscriptionId: SUBSCRIPTION } }, { id: `/subscriptions/${SUBSCRIPTION}`, region: 'global' });

export const aksCluster = (cluster: Record<string, unknown>) =>
  native('azure', 'Microsoft.ContainerService/managedClusters', 'container.cluster', { cluster: { name: 'aks1', kubernetesVersion: '1.31.2', apiServerAccessProfile: { enablePrivateCluster: true }, ...cluster } }, { id: `${RG}/Microsoft.ContainerService/managedClusters/aks1` });
