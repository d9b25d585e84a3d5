/**
 * Azure Resource Graph results → the assets the live Azure collectors produce. Reads `az graph query
 * --output json` (`{count, data: [...], skip_token, total_records}`), the REST answer (`{totalRecords,
 * count, data}`, rows as objects or as a `{columns, rows}` table) and a plain array of rows. Each row is an
 * ARM resource in wire JSON (lower-case `type`, `properties` not flattened); it becomes the `@azure/arm-*`
 * model the live collector stores: ARM's casing of the type restored, `properties` flattened the way the
 * SDK flattens that model (Key Vault's `Vault` keeps them nested), dates as ISO strings. What ARG cannot
 * carry (blob service properties, diagnostic settings, server child settings) becomes `NotInSnapshot` gaps.
 */
import type { Asset } from '../../core/asset.js';
import type { AssetBuilder } from '../map/kit.js';
import { UnknownTypes, isRecord, itemBuilder, notInSnapshot, str, type Reporter } from './common.js';

const EXPORT = 'Azure Resource Graph';

const STORAGE = 'Microsoft.Storage/storageAccounts';
const NSG = 'Microsoft.Network/networkSecurityGroups';
const PUBLIC_IP = 'Microsoft.Network/publicIPAddresses';
const NIC = 'Microsoft.Network/networkInterfaces';
const FLOW_LOG = 'Microsoft.Network/networkWatchers/flowLogs';
const VM = 'Microsoft.Compute/virtualMachines';
const DISK = 'Microsoft.Compute/disks';
const SQL = 'Microsoft.Sql/servers';
const POSTGRES = 'Microsoft.DBforPostgreSQL/flexibleServers';
const MYSQL = 'Microsoft.DBforMySQL/flexibleServers';
const VAULT = 'Microsoft.KeyVault/vaults';
const AKS = 'Microsoft.ContainerService/managedClusters';
const SITE = 'Microsoft.Web/sites';
const COSMOS = 'Microsoft.DocumentDB/databaseAccounts';

/** ARM's casing of every type read here (ARG lower-cases them). */
const CASING = new Map([STORAGE, NSG, PUBLIC_IP, NIC, FLOW_LOG, VM, DISK, SQL, POSTGRES, MYSQL, VAULT, AKS, SITE, COSMOS].map((t) => [t.toLowerCase(), t]));

interface Row {
  raw: Record<string, unknown>;
  type: string;
  id: string;
  line: number;
  file: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Dates as the SDK models give them after `toPlain()`: `2023-01-09T08:00:00.000Z`. */
function date(v: string): string {
  if (!ISO.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : new Date(t).toISOString();
}

/** A sub-resource in wire JSON (`{id, name, properties: {...}}`): the SDK lifts its properties. */
const isSubResource = (o: Record<string, unknown>) => isRecord(o.properties) && ('id' in o || 'name' in o || 'etag' in o || 'type' in o);

/** Wire JSON → SDK model: sub-resource `properties` lifted (at any depth unless `keepNested`), dates normalized. */
function toModel(v: unknown, flatten: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => toModel(x, flatten));
  if (typeof v === 'string') return date(v);
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = {};
  const lift = flatten && isSubResource(v);
  for (const [k, x] of Object.entries(v)) {
    if (lift && k === 'properties') continue;
    out[k] = k === 'tags' ? x : toModel(x, flatten);
  }
  if (lift) for (const [k, x] of Object.entries(v.properties as Record<string, unknown>)) out[k] = toModel(x, flatten);
  return out;
}

/** Columns ARG adds to every row that are not part of the ARM resource. */
const ARG_ONLY = new Set(['resourceGroup', 'subscriptionId', 'tenantId', 'properties']);

/**
 * Wire property names the SDK model renames when it flattens them (read off the `@azure/arm-*`
 * deserializers: StorageAccount `supportsHttpsTrafficOnly` is `enableHttpsTrafficOnly`, ...).
 */
const RENAMES: Record<string, Record<string, string>> = {
  [STORAGE]: { supportsHttpsTrafficOnly: 'enableHttpsTrafficOnly', networkAcls: 'networkRuleSet', isNfsV3Enabled: 'enableNfsV3' },
  [DISK]: { diskIOPSReadWrite: 'diskIopsReadWrite', diskIOPSReadOnly: 'diskIopsReadOnly', LastOwnershipUpdateTime: 'lastOwnershipUpdateTime' },
  [AKS]: { privateFQDN: 'privateFqdn', azurePortalFQDN: 'azurePortalFqdn', enableRBAC: 'enableRbac' },
};

/** The SDK model of a row: ARM members without ARG's extra columns and empty placeholders, properties flattened or nested. */
function model(row: Row, nested = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(row.raw)) {
    if (ARG_ONLY.has(k) || x === null || x === '' || (k === 'plan' && !isRecord(x))) continue;
    out[k] = k === 'tags' ? x : toModel(x, true);
  }
  out.type = row.type;
  const props = isRecord(row.raw.properties) ? row.raw.properties : {};
  if (nested) out.properties = toModel(props, false);
  else {
    const renames = RENAMES[row.type] ?? {};
    for (const [k, x] of Object.entries(props)) out[renames[k] ?? k] = toModel(x, true);
  }
  return out;
}

const sameId = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
const regionOf = (location: unknown) => (typeof location === 'string' && location ? location.toLowerCase().replace(/\s+/g, '') : 'global');

interface Ctx {
  observedAt: string;
  byType: Map<string, Row[]>;
  /** Rows by lower-cased id (ARM ids compare case-insensitively). */
  byId: Map<string, Row>;
}

function builder(row: Row, ctx: Ctx, kind: string, service: string): AssetBuilder {
  const sub = str(row.raw.subscriptionId) ?? /^\/subscriptions\/([^/]+)/i.exec(row.id)?.[1];
  const tags = isRecord(row.raw.tags) ? (Object.fromEntries(Object.entries(row.raw.tags).map(([k, x]) => [k, String(x ?? '')])) as Record<string, string>) : {};
  return itemBuilder(
    { provider: 'azure', id: row.id, type: row.type, kind, name: str(row.raw.name) ?? row.id.split('/').pop() ?? row.id, account: sub, region: regionOf(row.raw.location), tags },
    { file: row.file, line: row.line, address: row.id, observedAt: ctx.observedAt },
    service,
  );
}

type Mapper = (row: Row, ctx: Ctx) => Asset;

/** A type whose listing model carries everything: one aspect, the rest (named) as gaps. */
/**
 * The main aspect, or a gap when the query projected `properties` away (`project id, name, type`): an ARM
 * model without its properties would read as every setting at its default.
 */
function mainAspect(b: AssetBuilder, row: Row, aspect: string, nested = false): Record<string, unknown> | undefined {
  if (!isRecord(row.raw.properties)) {
    b.setGap(aspect, 'NotInSnapshot', `the row has no properties column (project it in the query); ${aspect} is not known from ${row.file}`);
    return undefined;
  }
  const m = model(row, nested);
  b.aspect(aspect, () => m);
  return m;
}

const plain =
  (kind: string, service: string, aspect: string, missing: Array<[string, string]> = [], nested = false): Mapper =>
  (row, ctx) => {
    const b = builder(row, ctx, kind, service);
    mainAspect(b, row, aspect, nested);
    for (const [name, what] of missing) notInSnapshot(b, name, row.file, EXPORT, what);
    return b.build();
  };

const nsg: Mapper = (row, ctx) => {
  const b = builder(row, ctx, 'network.firewall-rule', 'network');
  mainAspect(b, row, 'nsg');
  const logs = ctx.byType.get(FLOW_LOG);
  if (logs) b.aspect('flowLogs', () => logs.map((l) => model(l)).filter((l) => sameId(l.targetResourceId, row.id)));
  else notInSnapshot(b, 'flowLogs', row.file, EXPORT, "the NSG's flow logs (no networkWatchers/flowLogs rows)");
  return b.build();
};

const vm: Mapper = (row, ctx) => {
  const b = builder(row, ctx, 'compute.instance', 'compute');
  const m = mainAspect(b, row, 'vm') ?? {};
  const row_ = (type: string, id: unknown) => {
    const r = typeof id === 'string' ? ctx.byId.get(id.toLowerCase()) : undefined;
    return r?.type === type ? r : undefined;
  };
  const refs = isRecord(m.networkProfile) && Array.isArray(m.networkProfile.networkInterfaces) ? m.networkProfile.networkInterfaces.filter(isRecord) : [];
  const nicModels = refs.map((r) => row_(NIC, r.id)).map((n) => (n ? model(n) : undefined));
  const ipIds = nicModels.flatMap((n) => (n && Array.isArray(n.ipConfigurations) ? n.ipConfigurations.filter(isRecord) : [])).map((c) => (isRecord(c.publicIPAddress) ? c.publicIPAddress.id : undefined)).filter((x): x is string => typeof x === 'string');
  const found = ipIds.map((id) => row_(PUBLIC_IP, id));
  // Joined only when the export has every NIC and public IP the VM points at; otherwise the list is not known.
  if (ctx.byType.has(NIC) && nicModels.every(Boolean) && found.every(Boolean)) b.aspect('publicIps', () => found.map((ip) => model(ip!)));
  else notInSnapshot(b, 'publicIps', row.file, EXPORT, 'the public IPs attached through its network interfaces (networkInterfaces and publicIPAddresses rows)');
  return b.build();
};

const MAPPERS: Record<string, Mapper> = {
  [STORAGE]: plain('storage.account', 'storage', 'account', [
    ['blobService', 'the blob service properties (blobServices.getServiceProperties: versioning, soft delete)'],
    ['diagnosticSettings', "the blob service's diagnostic settings"],
  ]),
  [NSG]: nsg,
  [PUBLIC_IP]: plain('network.public-ip', 'network', 'publicIp'),
  [VM]: vm,
  [DISK]: plain('storage.volume', 'compute', 'disk'),
  [SQL]: plain('database.instance', 'sql', 'server', [
    ['auditing', 'the server auditing policy'],
    ['firewallRules', 'the server firewall rules'],
    ['administrators', 'the Entra administrators'],
    ['encryptionProtector', 'the TDE protector'],
    ['securityAlertPolicy', 'the Defender alert policy'],
    ['vulnerabilityAssessment', 'the vulnerability assessment'],
  ]),
  [POSTGRES]: plain('database.instance', 'postgresql', 'server', [
    ['configurations', 'the server parameters (configurations)'],
    ['firewallRules', 'the server firewall rules'],
  ]),
  [MYSQL]: plain('database.instance', 'mysql', 'server', [
    ['configurations', 'the server parameters (configurations)'],
    ['firewallRules', 'the server firewall rules'],
  ]),
  [VAULT]: plain('crypto.vault', 'keyvault', 'vault', [['diagnosticSettings', "the vault's diagnostic settings"]], true),
  [AKS]: plain('container.cluster', 'containerservice', 'cluster'),
  [SITE]: plain('compute.web-app', 'web', 'site', [
    ['config', 'the site configuration (webApps.getConfiguration: minimum TLS, FTPS, HTTP/2, remote debugging)'],
    ['authSettings', 'the authentication settings'],
  ]),
  [COSMOS]: plain('database.instance', 'cosmosdb', 'account'),
};

export const AZURE_ARG_TYPES = Object.keys(MAPPERS);

/** The rows of one parsed document (objects, or a `{columns, rows}` table turned into objects that keep their row's line). */
function rowsOf(doc: unknown, lines: Map<object, number>, lineOf: (v: object) => number | undefined): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc)) return undefined;
  const data = doc.data;
  if (Array.isArray(data)) return data;
  if (isRecord(data) && Array.isArray(data.columns) && Array.isArray(data.rows)) {
    const names = data.columns.map((c) => (isRecord(c) ? String(c.name) : String(c)));
    return data.rows.map((r) => {
      if (!Array.isArray(r)) return r;
      const o = Object.fromEntries(names.map((n, i) => [n, r[i]]));
      const line = lineOf(r);
      if (line !== undefined) lines.set(o, line);
      return o;
    });
  }
  if (typeof doc.id === 'string' && typeof doc.type === 'string') return [doc];
  return undefined;
}

/** Maps every row of the parsed documents. */
export function readAzureArg(docs: ReadonlyArray<{ value: unknown; line: number }>, lineOf: (v: object) => number | undefined, r: Reporter, observedAt: string): Asset[] {
  const rows: Row[] = [];
  const unknown = new UnknownTypes();
  const tableLines = new Map<object, number>();
  const lineOfRow = (v: object) => lineOf(v) ?? tableLines.get(v);
  for (const doc of docs) {
    const list = rowsOf(doc.value, tableLines, lineOf);
    if (!list) {
      r.diag({ severity: 'error', file: r.file, line: doc.line, code: 'UnknownSnapshotFormat', message: 'no Resource Graph rows here (expected data: [...] or an array of resources)' });
      continue;
    }
    for (const raw of list) {
      const line = (isRecord(raw) ? lineOfRow(raw) : undefined) ?? doc.line;
      if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.type !== 'string') {
        r.diag({ severity: 'error', file: r.file, line, code: 'InvalidResourceRow', message: 'a Resource Graph row without id or type (query with `project id, type, ...` keeping both)' });
        continue;
      }
      const type = CASING.get(raw.type.toLowerCase());
      if (!type) {
        unknown.add(raw.type.toLowerCase(), line);
        continue;
      }
      rows.push({ raw, type, id: raw.id, line, file: r.file });
    }
  }
  const byType = new Map<string, Row[]>();
  for (const row of rows) {
    const list = byType.get(row.type);
    if (list) list.push(row);
    else byType.set(row.type, [row]);
  }
  const byId = new Map(rows.map((row) => [row.id.toLowerCase(), row]));
  const ctx: Ctx = { observedAt, byType, byId };
  const assets: Asset[] = [];
  for (const row of rows) {
    const mapper = MAPPERS[row.type];
    if (mapper) assets.push(mapper(row, ctx));
  }
  unknown.report(r, 'row(s)');
  return assets;
}
