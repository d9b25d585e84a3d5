/**
 * `npm run bench -- rules`: 100 custom YAML + CEL rules over 100,000 generated assets, compiled once, against
 * 100 equivalent rules written in TypeScript as built-in rules are (the same parameter table generates both).
 * Target: the custom rules evaluate within 2x the time of the built-in ones.
 *
 * The estate: buckets, firewalls (security groups, NSGs, VPC firewall rules), instances and databases on the
 * three clouds, with realistic tags (some missing, some off-list), facets, a little native config, and gaps
 * (a facet or aspect that could not be collected) on about 1% of assets. Deterministic: the same every run.
 *
 * Each set is indexed with the engine's `RuleIndex` and run with `runRule` over every asset (3 runs, median).
 * Before timing, every (rule, asset) verdict status of the two sets is compared: any difference is a mismatch
 * and makes the run fail (`ok: false`), as does a ratio above the target.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Asset, CollectionError, Provider } from '../src/core/asset.js';
import type { FirewallEntry } from '../src/core/facets.js';
import { needFacet, optionalFacet } from '../src/core/facets.js';
import { fail, MissingData, need, notApplicable, pass, runRule, type Rule, type RuleContext } from '../src/core/rule.js';
import type { Evidence, Severity, Status, Verdict } from '../src/core/verdict.js';
import { RuleIndex } from '../src/engine/evaluate.js';
import { loadCustomRules } from '../src/policy/custom-rules.js';
import { median, prng } from './util.js';

const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000);
const RUNS = 3;
const TARGETS = { ratio: 2 };

// ---------------------------------------------------------------------------------------------------------
// The estate

type Rnd = ReturnType<typeof prng>;

const KINDS = ['storage.bucket', 'network.firewall-rule', 'compute.instance', 'database.instance'] as const;
type Kind = (typeof KINDS)[number];
const ALL_PROVIDERS: Provider[] = ['aws', 'azure', 'gcp'];

const TYPES: Record<Provider, Record<Kind, string>> = {
  aws: { 'storage.bucket': 'AWS::S3::Bucket', 'network.firewall-rule': 'AWS::EC2::SecurityGroup', 'compute.instance': 'AWS::EC2::Instance', 'database.instance': 'AWS::RDS::DBInstance' },
  azure: {
    'storage.bucket': 'Microsoft.Storage/storageAccounts/blobServices/containers',
    'network.firewall-rule': 'Microsoft.Network/networkSecurityGroups',
    'compute.instance': 'Microsoft.Compute/virtualMachines',
    'database.instance': 'Microsoft.DBforPostgreSQL/flexibleServers',
  },
  gcp: { 'storage.bucket': 'storage.googleapis.com/Bucket', 'network.firewall-rule': 'compute.googleapis.com/Firewall', 'compute.instance': 'compute.googleapis.com/Instance', 'database.instance': 'sqladmin.googleapis.com/Instance' },
};
const REGIONS: Record<Provider, string[]> = {
  aws: ['us-east-1', 'us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'sa-east-1'],
  azure: ['westeurope', 'westeurope', 'northeurope', 'eastus', 'eastus2', 'southeastasia'],
  gcp: ['europe-west1', 'us-central1', 'us-central1', 'us-east1', 'asia-southeast1'],
};
const ENVS = ['prod', 'prod', 'staging', 'dev', 'dev', 'sandbox', 'production', 'qa'];
const APPS = ['payments', 'orders', 'checkout', 'search', 'analytics', 'web', 'api', 'batch', 'ml', 'identity', 'billing', 'logs'];
const TEAMS = ['platform', 'payments', 'data', 'web', 'ml', 'security', 'sre'];
const DATA_CLASSES = ['public', 'internal', 'internal', 'confidential', 'restricted', 'secret'];
const SUFFIXES = ['', '', '', '', '-tmp', '-test', '_old', '-scratch', 'Backup'];
const ACCOUNTS: Record<Provider, string[]> = {
  aws: Array.from({ length: 40 }, (_, i) => String(100000000000 + i * 7919)),
  azure: Array.from({ length: 20 }, (_, i) => `${(0x1000_0000 + i).toString(16)}-4d2c-4b8e-9f3a-${(0xa00000000000 + i).toString(16)}`),
  gcp: Array.from({ length: 20 }, (_, i) => `${APPS[i % APPS.length]}-${i % 2 ? 'prod' : 'dev'}-${4000 + i}`),
};
/** The approved AWS accounts of the account-allowlist rule: the first 30 of the 40. */
const APPROVED_AWS = ACCOUNTS.aws.slice(0, 30);
const EU_REGIONS = ['eu-west-1', 'eu-central-1', 'westeurope', 'northeurope', 'europe-west1'];

function hex(r: Rnd, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[r.int(16)];
  return s;
}

function tagsOf(r: Rnd, env: string, app: string, kind: Kind): Record<string, string> {
  const t: Record<string, string> = {};
  if (r.chance(0.92)) t.env = env;
  if (r.chance(0.8)) t.owner = `${r.pick(TEAMS)}@example.com`;
  if (r.chance(0.75)) t.team = r.pick(TEAMS);
  if (r.chance(0.7)) t['cost-center'] = r.chance(0.95) ? `cc-${1000 + r.int(40)}` : `CC${r.int(99)}`;
  if (r.chance(0.85)) t.application = app;
  if (r.chance(0.8)) t['managed-by'] = r.pick(['terraform', 'terraform', 'terraform', 'pulumi', 'console', 'cloudformation']);
  if ((kind === 'storage.bucket' || kind === 'database.instance') && r.chance(0.7)) t['data-class'] = r.pick(DATA_CLASSES);
  if (kind === 'database.instance' || kind === 'storage.bucket') if (r.chance(0.5)) t['backup-policy'] = r.pick(['daily', 'daily', 'weekly', 'none', 'hourly']);
  if (r.chance(0.2)) t['compliance-scope'] = r.pick(['pci', 'hipaa', 'none', 'sox', 'gdpr']);
  if (kind === 'compute.instance' && r.chance(0.3)) t.exposure = r.pick(['public', 'internal']);
  if (r.chance(0.1)) t.project = `prj-${r.int(500)}`;
  if (r.chance(0.05)) t.expiry = `2026-${String(1 + r.int(12)).padStart(2, '0')}-01`;
  return t;
}

const ANY = '0.0.0.0/0';
const PORTS_SEEN = [22, 80, 443, 3389, 3306, 5432, 1433, 6379, 27017, 9200, 5601, 23, 21, 445, 11211, 8080, 8443, 2379, 5900, 9092];

function firewallEntries(r: Rnd, provider: Provider): FirewallEntry[] {
  const n = 1 + r.int(r.chance(0.1) ? 60 : 8);
  const out: FirewallEntry[] = [];
  for (let i = 0; i < n; i++) {
    const direction = r.chance(0.75) ? 'ingress' : 'egress';
    const protocol = r.pick(['tcp', 'tcp', 'tcp', 'tcp', 'udp', 'icmp', 'all']);
    const wide = r.chance(0.05);
    const port = r.pick(PORTS_SEEN);
    const ports = protocol === 'icmp' ? [] : protocol === 'all' || wide ? [{ from: wide && protocol !== 'all' ? 1024 : 0, to: 65535 }] : [{ from: port, to: r.chance(0.1) ? port + r.int(20) : port }];
    const peers = r.chance(0.25) ? [r.chance(0.8) ? ANY : '::/0'] : r.chance(0.5) ? [`10.${r.int(255)}.0.0/16`] : [`sg-${hex(r, 17)}`, `172.16.${r.int(255)}.0/24`];
    out.push({ direction, action: provider === 'aws' || r.chance(0.85) ? 'allow' : 'deny', protocol, ports, peers, ...(provider === 'aws' ? {} : { priority: 100 + i * 10 }), ref: provider === 'aws' ? `${direction}[${i}]` : `rule-${i}` });
  }
  return out;
}

function gapOf(a: Asset, service: string, operation: string, r: Rnd): CollectionError {
  return { provider: a.provider, account: a.account, region: a.region, service, operation, code: r.pick(['AccessDenied', 'Throttling', 'TimeoutError']), message: 'the call failed', resource: a.id };
}

/** The asset's facets and native config, by kind and provider. */
function describe(a: Asset, r: Rnd, env: string): void {
  const f = a.facets;
  const prodish = env === 'prod' || env === 'production';
  switch (a.kind as Kind) {
    case 'storage.bucket':
      f.publicRead = r.chance(0.06);
      f.publicWrite = f.publicRead && r.chance(0.2);
      f.encryptedAtRest = a.provider !== 'aws' || r.chance(0.97);
      f.customerManagedKey = r.chance(0.3);
      f.versioning = r.chance(prodish ? 0.7 : 0.3);
      f.accessLogging = r.chance(0.4);
      if (a.provider !== 'gcp') f.secureTransportOnly = r.chance(0.6);
      if (a.provider === 'aws') a.config.encryption = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: f.customerManagedKey ? 'aws:kms' : 'AES256' } }] };
      break;
    case 'network.firewall-rule':
      f.entries = firewallEntries(r, a.provider);
      if (a.provider === 'aws') f.inUse = r.chance(0.8);
      if (a.provider === 'gcp' && r.chance(0.1)) f.disabled = true;
      else if (a.provider === 'gcp') f.disabled = false;
      break;
    case 'compute.instance': {
      f.publicIps = r.chance(0.2) ? Array.from({ length: 1 + r.int(2) }, () => `${r.pick([3, 34, 52, 20, 35])}.${r.int(255)}.${r.int(255)}.${r.int(255)}`) : [];
      f.identityAttached = r.chance(0.7);
      if (a.provider === 'gcp' && f.identityAttached) f.identityBroad = r.chance(0.3);
      if (a.provider === 'aws') f.metadataTokensRequired = r.chance(0.6);
      else f.secureBoot = r.chance(0.5);
      if (a.provider === 'gcp') f.serialConsole = r.chance(0.05);
      if (a.provider === 'aws') a.config.instance = { InstanceId: `i-${hex(r, 17)}`, InstanceType: r.pick(['t3.micro', 't3.large', 'm5.xlarge', 't2.micro', 'c6i.2xlarge', 'r5.large']), ImageId: `ami-${hex(r, 17)}` };
      else if (a.provider === 'azure') a.config.vm = { properties: { hardwareProfile: { vmSize: r.pick(['Standard_D2s_v5', 'Standard_B2s', 'Standard_D4s_v3', 'Standard_E8s_v5', 'Basic_A1']) } } };
      else a.config.instance = { machineType: `zones/${a.region}-b/machineTypes/${r.pick(['e2-medium', 'n2-standard-4', 'n1-standard-1', 'c2-standard-8', 'f1-micro'])}` };
      break;
    }
    case 'database.instance':
      f.engine = a.provider === 'azure' ? 'postgres' : r.pick(['postgres', 'mysql', 'aurora-postgresql', 'sqlserver-se', 'mariadb']);
      f.publicEndpoint = r.chance(0.05);
      if (a.provider !== 'azure') f.encryptedAtRest = r.chance(0.95);
      if (r.chance(0.7)) f.customerManagedKey = r.chance(0.4);
      if (r.chance(0.8)) f.tlsRequired = r.chance(0.7);
      f.automatedBackups = r.chance(0.9);
      if (f.automatedBackups) f.backupRetentionDays = r.pick([1, 7, 7, 14, 30, 35]);
      if (a.provider !== 'aws') f.auditLogging = r.chance(0.5);
      if (a.provider === 'aws') a.config.instance = { DBInstanceIdentifier: a.name, DBInstanceClass: r.pick(['db.t3.micro', 'db.r6g.large', 'db.m5.xlarge', 'db.t4g.medium']), EngineVersion: r.pick(['14.9', '15.4', '8.0.35']) };
      break;
  }
}

/** Knocks out one facet (or the config aspect) of ~1% of assets: the collector could not read it. */
function maybeGap(a: Asset, r: Rnd): void {
  if (!r.chance(0.01)) return;
  const keys = [...Object.keys(a.facets).map((k) => `facets.${k}`), ...Object.keys(a.config)];
  const key = r.pick(keys);
  if (key.startsWith('facets.')) delete a.facets[key.slice('facets.'.length)];
  else delete a.config[key];
  a.gaps[key] = gapOf(a, a.provider === 'aws' ? 'ec2' : a.provider === 'azure' ? 'network' : 'compute', 'Describe', r);
}

function idOf(p: Provider, kind: Kind, account: string, region: string, name: string, r: Rnd): string {
  if (p === 'aws') {
    if (kind === 'storage.bucket') return `arn:aws:s3:::${name}`;
    if (kind === 'network.firewall-rule') return `arn:aws:ec2:${region}:${account}:security-group/sg-${hex(r, 17)}`;
    if (kind === 'compute.instance') return `arn:aws:ec2:${region}:${account}:instance/i-${hex(r, 17)}`;
    return `arn:aws:rds:${region}:${account}:db:${name}`;
  }
  if (p === 'azure') {
    const rg = `/subscriptions/${account}/resourceGroups/rg-${name.split('-')[1] ?? 'app'}`;
    if (kind === 'storage.bucket') return `${rg}/providers/Microsoft.Storage/storageAccounts/st${hex(r, 10)}/blobServices/default/containers/${name}`;
    if (kind === 'network.firewall-rule') return `${rg}/providers/Microsoft.Network/networkSecurityGroups/${name}`;
    if (kind === 'compute.instance') return `${rg}/providers/Microsoft.Compute/virtualMachines/${name}`;
    return `${rg}/providers/Microsoft.DBforPostgreSQL/flexibleServers/${name}`;
  }
  if (kind === 'storage.bucket') return `//storage.googleapis.com/projects/_/buckets/${name}`;
  if (kind === 'network.firewall-rule') return `//compute.googleapis.com/projects/${account}/global/firewalls/${name}`;
  if (kind === 'compute.instance') return `//compute.googleapis.com/projects/${account}/zones/${region}-b/instances/${name}`;
  return `//sqladmin.googleapis.com/projects/${account}/instances/${name}`;
}

/** 100,000 assets (by default): 30% buckets, 25% firewalls, 25% instances, 20% databases; half on AWS. */
export function generateAssets(n: number): Asset[] {
  const r = prng(7);
  const out: Asset[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.next();
    const kind: Kind = x < 0.3 ? 'storage.bucket' : x < 0.55 ? 'network.firewall-rule' : x < 0.8 ? 'compute.instance' : 'database.instance';
    const y = r.next();
    const provider: Provider = y < 0.5 ? 'aws' : y < 0.75 ? 'azure' : 'gcp';
    const account = r.pick(ACCOUNTS[provider]);
    const region = provider === 'gcp' && (kind === 'network.firewall-rule' || kind === 'storage.bucket') ? 'global' : r.pick(REGIONS[provider]);
    const env = r.pick(ENVS);
    const app = r.pick(APPS);
    const name = `${env}-${app}-${kind.split('.')[1]!.replace('-rule', '')}-${i}${r.pick(SUFFIXES)}`;
    const a: Asset = {
      id: idOf(provider, kind, account, region, name, r),
      provider,
      account,
      region,
      type: TYPES[provider][kind],
      kind,
      name,
      tags: tagsOf(r, env, app, kind),
      facets: {},
      config: {},
      gaps: {},
      source: { type: 'api' },
      observedAt: '2026-11-30T00:00:00.000Z',
    };
    describe(a, r, env);
    maybeGap(a, r);
    out.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The rules: one parameter table, written out as YAML + CEL and as TypeScript

/**
 * One rule of the table: its metadata, its CEL (`assert`, optional `when`) and the same logic written by hand
 * as a built-in rule would (`check`: reads through need/needFacet, so gaps and missing facets are `unknown`).
 */
export interface Row {
  id: string;
  title: string;
  severity: Severity;
  providers: Provider[];
  kinds: Kind[];
  when?: string;
  assert: string;
  check: (a: Asset) => Verdict;
}

/** A required facet, as built-in rules read them (`needFacet`: a gap or an absent facet → unknown). */
const facet = <T>(a: Asset, name: string): T => needFacet(a, a.kind as 'storage.bucket', name as 'publicRead') as unknown as T;
/** A facet the provider may not model (`has()` in CEL): undefined when absent, unknown when it has a gap. */
const optFacet = <T>(a: Asset, name: string): T | undefined => optionalFacet(a, a.kind as 'storage.bucket', name as 'publicRead') as unknown as T | undefined;
/** A tag read without a presence check: absent → unknown (CEL: no such key). */
function tag(a: Asset, k: string): string {
  if (!Object.hasOwn(a.tags, k)) throw new MissingData(`tag ${k} is not set`, [{ path: `tags.${k}`, observed: null, expected: 'present' }]);
  return a.tags[k]!;
}
const hasTag = (a: Asset, k: string): boolean => Object.hasOwn(a.tags, k);
const ev = (path: string, observed: unknown, expected: unknown): Evidence[] => [{ path, observed, expected }];
const verdict = (ok: boolean, what: string, evidence: Evidence[]): Verdict => (ok ? pass(`${what} holds`, evidence) : fail(`${what} does not hold`, evidence));
/** `has(asset.tags.k)` for identifiers, `'k' in asset.tags` otherwise. */
const celHas = (k: string): string => (/^[a-z_][a-z0-9_]*$/i.test(k) ? `has(asset.tags.${k})` : `'${k}' in asset.tags`);
const celTag = (k: string): string => (/^[a-z_][a-z0-9_]*$/i.test(k) ? `asset.tags.${k}` : `asset.tags['${k}']`);
const celList = (xs: readonly string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
const PROD = `${celHas('env')} && asset.tags.env in ['prod', 'production']`;
const isProd = (a: Asset): boolean => hasTag(a, 'env') && ['prod', 'production'].includes(a.tags.env!);

/** `when` as a built-in rule writes it: not_applicable unless the precondition holds. */
function guarded(pre: (a: Asset) => boolean, what: string, body: (a: Asset) => Verdict): (a: Asset) => Verdict {
  return (a) => (pre(a) ? body(a) : notApplicable(`${what} does not apply`));
}

export function tableOf(): Row[] {
  const rows: Row[] = [];
  const ALL: Kind[] = [...KINDS];
  const add = (r: Row) => rows.push({ ...r, id: `acme.${r.id}` });

  // Tag presence (12).
  for (const k of ['owner', 'env', 'team', 'cost-center', 'application', 'managed-by', 'data-class', 'backup-policy', 'compliance-scope', 'project', 'expiry', 'exposure']) {
    const kinds: Kind[] = k === 'data-class' || k === 'backup-policy' ? ['storage.bucket', 'database.instance'] : k === 'exposure' ? ['compute.instance'] : ALL;
    add({ id: `tags.${k}-present`, title: `Resources carry a ${k} tag`, severity: 'low', providers: ALL_PROVIDERS, kinds, assert: celHas(k), check: (a) => verdict(hasTag(a, k), `tag ${k} present`, ev(`tags.${k}`, a.tags[k] ?? null, 'present')) });
  }
  // Tag values from an allowed list (8): half with `when`, half with `!has || ...`.
  const allowed: Array<[string, string[], Kind[]]> = [
    ['env', ['prod', 'staging', 'dev'], ALL],
    ['data-class', ['public', 'internal', 'confidential', 'restricted'], ['storage.bucket', 'database.instance']],
    ['managed-by', ['terraform', 'pulumi'], ALL],
    ['compliance-scope', ['pci', 'hipaa', 'none'], ALL],
    ['backup-policy', ['daily', 'weekly', 'hourly'], ['database.instance', 'storage.bucket']],
    ['team', ['platform', 'payments', 'data', 'web', 'ml', 'sre'], ALL],
    ['exposure', ['public', 'internal'], ['compute.instance']],
    ['env', ['prod', 'production', 'staging', 'dev', 'qa'], ['database.instance']],
  ];
  allowed.forEach(([k, vals, kinds], i) => {
    const id = `tags.${k}-allowed${i === 7 ? '-db' : ''}`;
    const body = (a: Asset) => {
      const v = tag(a, k);
      return verdict(vals.includes(v), `tag ${k} allowed`, ev(`tags.${k}`, v, vals));
    };
    if (i % 2 === 0) add({ id, title: `${k} tag has an allowed value`, severity: 'low', providers: ALL_PROVIDERS, kinds, when: celHas(k), assert: `${celTag(k)} in ${celList(vals)}`, check: guarded((a) => hasTag(a, k), `tag ${k}`, body) });
    else add({ id, title: `${k} tag has an allowed value`, severity: 'low', providers: ALL_PROVIDERS, kinds, assert: `!(${celHas(k)}) || ${celTag(k)} in ${celList(vals)}`, check: (a) => (hasTag(a, k) ? body(a) : pass(`tag ${k} absent`)) });
  });
  // Cost-center format (1).
  add({
    id: 'tags.cost-center-format',
    title: 'cost-center tag is cc-NNNN',
    severity: 'info',
    providers: ALL_PROVIDERS,
    kinds: ALL,
    when: celHas('cost-center'),
    assert: `${celTag('cost-center')}.matches('^cc-[0-9]{4}$')`,
    check: guarded((a) => hasTag(a, 'cost-center'), 'cost-center', (a) => verdict(/^cc-[0-9]{4}$/.test(a.tags['cost-center']!), 'cost-center format', ev('tags.cost-center', a.tags['cost-center'], 'cc-NNNN'))),
  });

  // Buckets (12).
  const B: Kind[] = ['storage.bucket'];
  const bool = (name: string, want: boolean) => (a: Asset) => {
    const v = facet<boolean>(a, name);
    return verdict(v === want, `${name} is ${want}`, ev(`facets.${name}`, v, want));
  };
  add({ id: 'storage.no-public-read', title: 'Buckets are not publicly readable', severity: 'high', providers: ALL_PROVIDERS, kinds: B, assert: '!asset.facets.publicRead', check: bool('publicRead', false) });
  add({ id: 'storage.no-public-write', title: 'Buckets are not publicly writable', severity: 'critical', providers: ALL_PROVIDERS, kinds: B, assert: '!asset.facets.publicWrite', check: bool('publicWrite', false) });
  add({ id: 'storage.encrypted', title: 'Buckets are encrypted at rest', severity: 'medium', providers: ALL_PROVIDERS, kinds: B, assert: 'asset.facets.encryptedAtRest', check: bool('encryptedAtRest', true) });
  add({ id: 'storage.versioning-prod', title: 'Production buckets keep versions', severity: 'medium', providers: ALL_PROVIDERS, kinds: B, when: PROD, assert: 'asset.facets.versioning', check: guarded(isProd, 'production', bool('versioning', true)) });
  add({ id: 'storage.access-logging', title: 'Bucket access is logged', severity: 'low', providers: ALL_PROVIDERS, kinds: B, assert: 'asset.facets.accessLogging', check: bool('accessLogging', true) });
  const sensitive = `${celHas('data-class')} && ${celTag('data-class')} in ['confidential', 'restricted', 'secret']`;
  const isSensitive = (a: Asset) => hasTag(a, 'data-class') && ['confidential', 'restricted', 'secret'].includes(a.tags['data-class']!);
  add({ id: 'storage.cmk-sensitive', title: 'Sensitive buckets use a customer-managed key', severity: 'high', providers: ALL_PROVIDERS, kinds: B, when: sensitive, assert: 'asset.facets.customerManagedKey', check: guarded(isSensitive, 'sensitive data', bool('customerManagedKey', true)) });
  add({
    id: 'storage.secure-transport',
    title: 'Buckets refuse plain HTTP where the cloud allows it',
    severity: 'medium',
    providers: ALL_PROVIDERS,
    kinds: B,
    assert: '!has(asset.facets.secureTransportOnly) || asset.facets.secureTransportOnly',
    check: (a) => {
      const v = optFacet<boolean>(a, 'secureTransportOnly');
      return verdict(v === undefined || v, 'secure transport', ev('facets.secureTransportOnly', v ?? null, true));
    },
  });
  add({
    id: 'storage.public-only-if-classified-public',
    title: 'Only buckets classified public are publicly readable',
    severity: 'high',
    providers: ALL_PROVIDERS,
    kinds: B,
    assert: `!asset.facets.publicRead || ${celTag('data-class')} == 'public'`,
    check: (a) => {
      const v = facet<boolean>(a, 'publicRead');
      return verdict(!v || tag(a, 'data-class') === 'public', 'public only if classified public', ev('facets.publicRead', v, false));
    },
  });
  add({
    id: 'storage.versioned-or-backed-up',
    title: 'Buckets are versioned or have a backup policy',
    severity: 'low',
    providers: ALL_PROVIDERS,
    kinds: B,
    assert: `asset.facets.versioning || ${celHas('backup-policy')}`,
    check: (a) => verdict(facet<boolean>(a, 'versioning') || hasTag(a, 'backup-policy'), 'versioned or backed up', ev('facets.versioning', a.facets.versioning, true)),
  });
  add({
    id: 'storage.prod-encrypted-cmk',
    title: 'Production buckets are encrypted with a customer-managed key',
    severity: 'medium',
    providers: ALL_PROVIDERS,
    kinds: B,
    when: PROD,
    assert: 'asset.facets.encryptedAtRest && asset.facets.customerManagedKey',
    check: guarded(isProd, 'production', (a) => {
      const enc = facet<boolean>(a, 'encryptedAtRest');
      const cmk = facet<boolean>(a, 'customerManagedKey');
      return verdict(enc && cmk, 'encrypted with a CMK', ev('facets.customerManagedKey', cmk, true));
    }),
  });
  add({
    id: 'storage.not-public-read-write',
    title: 'No bucket is both publicly readable and writable',
    severity: 'critical',
    providers: ALL_PROVIDERS,
    kinds: B,
    assert: '!(asset.facets.publicRead && asset.facets.publicWrite)',
    check: (a) => {
      const r = facet<boolean>(a, 'publicRead');
      const w = facet<boolean>(a, 'publicWrite');
      return verdict(!(r && w), 'not public read-write', ev('facets.publicWrite', w, false));
    },
  });
  add({
    id: 'storage.aws-kms',
    title: 'S3 buckets use SSE-KMS',
    severity: 'low',
    providers: ['aws'],
    kinds: B,
    assert: "asset.config.encryption.Rules.exists(r, r.ApplyServerSideEncryptionByDefault.SSEAlgorithm == 'aws:kms')",
    check: (a) => {
      const enc = need<{ Rules: Array<{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: string } }> }>(a, 'encryption');
      return verdict(
        enc.Rules.some((r) => r.ApplyServerSideEncryptionByDefault.SSEAlgorithm === 'aws:kms'),
        'SSE-KMS',
        ev('config.encryption', enc, 'aws:kms'),
      );
    },
  });

  // Firewalls: no open admin/database port (18), half guarded by `when` on `disabled`.
  const FW: Kind[] = ['network.firewall-rule'];
  const ports: Array<[number, string, 'tcp' | 'udp']> = [
    [22, 'ssh', 'tcp'], [3389, 'rdp', 'tcp'], [3306, 'mysql', 'tcp'], [5432, 'postgres', 'tcp'], [1433, 'mssql', 'tcp'], [6379, 'redis', 'tcp'],
    [27017, 'mongodb', 'tcp'], [9200, 'elasticsearch', 'tcp'], [5601, 'kibana', 'tcp'], [23, 'telnet', 'tcp'], [21, 'ftp', 'tcp'], [445, 'smb', 'tcp'],
    [11211, 'memcached', 'tcp'], [2379, 'etcd', 'tcp'], [5900, 'vnc', 'tcp'], [9092, 'kafka', 'tcp'], [161, 'snmp', 'udp'], [53, 'dns', 'udp'],
  ];
  const notDisabled = '!has(asset.facets.disabled) || !asset.facets.disabled';
  const isEnabled = (a: Asset) => {
    const d = optFacet<boolean>(a, 'disabled');
    return d === undefined || !d;
  };
  ports.forEach(([port, name, proto], i) => {
    const assert = `!asset.facets.entries.exists(e, e.direction == 'ingress' && e.action == 'allow' && (e.protocol == '${proto}' || e.protocol == 'all') && e.peers.exists(p, p == '0.0.0.0/0' || p == '::/0') && e.ports.exists(r, r.from <= ${port} && r.to >= ${port}))`;
    const body = (a: Asset) => {
      const entries = facet<FirewallEntry[]>(a, 'entries');
      const open = entries.find((e) => e.direction === 'ingress' && e.action === 'allow' && (e.protocol === proto || e.protocol === 'all') && e.peers.some((p) => p === '0.0.0.0/0' || p === '::/0') && e.ports.some((r) => r.from <= port && r.to >= port));
      return open ? fail(`${name} (${port}/${proto}) is open to the internet`, ev(`facets.entries[${open.ref}]`, open, 'no internet ingress')) : pass(`${name} is closed to the internet`);
    };
    const common = { id: `network.${name}-closed`, title: `${name} (${port}) is not open to the internet`, severity: (port === 22 || port === 3389 ? 'high' : 'medium') as Severity, providers: ALL_PROVIDERS, kinds: FW, assert };
    if (i % 2 === 0) add({ ...common, when: notDisabled, check: guarded(isEnabled, 'enabled firewall', body) });
    else add({ ...common, check: body });
  });
  // Firewalls: other shapes (4).
  add({ id: 'network.entries-bounded', title: 'Firewalls stay small enough to review', severity: 'info', providers: ALL_PROVIDERS, kinds: FW, assert: 'size(asset.facets.entries) <= 40', check: (a) => verdict(facet<unknown[]>(a, 'entries').length <= 40, 'at most 40 entries', ev('facets.entries', facet<unknown[]>(a, 'entries').length, '<= 40')) });
  add({
    id: 'network.in-use',
    title: 'Security groups are attached to something',
    severity: 'info',
    providers: ALL_PROVIDERS,
    kinds: FW,
    assert: '!has(asset.facets.inUse) || asset.facets.inUse',
    check: (a) => {
      const v = optFacet<boolean>(a, 'inUse');
      return verdict(v === undefined || v, 'in use', ev('facets.inUse', v ?? null, true));
    },
  });
  add({
    id: 'network.no-wide-port-ranges',
    title: 'Allowed ingress does not span 1,000 ports or more',
    severity: 'medium',
    providers: ALL_PROVIDERS,
    kinds: FW,
    assert: "asset.facets.entries.all(e, e.direction != 'ingress' || e.action != 'allow' || e.ports.all(r, r.to - r.from < 1000.0))",
    check: (a) => {
      const wide = facet<FirewallEntry[]>(a, 'entries').find((e) => e.direction === 'ingress' && e.action === 'allow' && e.ports.some((r) => r.to - r.from >= 1000));
      return wide ? fail('a wide port range is allowed', ev(`facets.entries[${wide.ref}]`, wide.ports, '< 1000 ports')) : pass('no wide port range');
    },
  });
  add({
    id: 'network.prod-egress-restricted',
    title: 'Production firewalls do not allow all egress to anywhere',
    severity: 'low',
    providers: ALL_PROVIDERS,
    kinds: FW,
    when: PROD,
    assert: "!asset.facets.entries.exists(e, e.direction == 'egress' && e.action == 'allow' && e.protocol == 'all' && '0.0.0.0/0' in e.peers)",
    check: guarded(isProd, 'production', (a) => {
      const open = facet<FirewallEntry[]>(a, 'entries').find((e) => e.direction === 'egress' && e.action === 'allow' && e.protocol === 'all' && e.peers.includes('0.0.0.0/0'));
      return open ? fail('all egress allowed', ev(`facets.entries[${open.ref}]`, open, 'restricted egress')) : pass('egress restricted');
    }),
  });

  // Instances (10).
  const VM: Kind[] = ['compute.instance'];
  const ips = (a: Asset) => facet<string[]>(a, 'publicIps');
  add({ id: 'compute.no-public-ip', title: 'Instances have no public IP', severity: 'medium', providers: ALL_PROVIDERS, kinds: VM, assert: 'size(asset.facets.publicIps) == 0', check: (a) => verdict(ips(a).length === 0, 'no public IP', ev('facets.publicIps', ips(a), [])) });
  add({ id: 'compute.no-public-ip-prod', title: 'Production instances have no public IP', severity: 'high', providers: ALL_PROVIDERS, kinds: VM, when: PROD, assert: 'size(asset.facets.publicIps) == 0', check: guarded(isProd, 'production', (a) => verdict(ips(a).length === 0, 'no public IP', ev('facets.publicIps', ips(a), []))) });
  add({ id: 'compute.at-most-one-public-ip', title: 'Instances have at most one public IP', severity: 'low', providers: ALL_PROVIDERS, kinds: VM, assert: 'size(asset.facets.publicIps) <= 1', check: (a) => verdict(ips(a).length <= 1, 'at most one public IP', ev('facets.publicIps', ips(a), '<= 1')) });
  add({
    id: 'compute.public-ip-declared',
    title: 'Instances with a public IP are tagged exposure=public',
    severity: 'medium',
    providers: ALL_PROVIDERS,
    kinds: VM,
    assert: "size(asset.facets.publicIps) == 0 || (has(asset.tags.exposure) && asset.tags.exposure == 'public')",
    check: (a) => verdict(ips(a).length === 0 || (hasTag(a, 'exposure') && a.tags.exposure === 'public'), 'public IP declared', ev('facets.publicIps', ips(a), [])),
  });
  add({
    id: 'compute.identity-not-broad',
    title: 'Instance identities are not project-wide',
    severity: 'high',
    providers: ALL_PROVIDERS,
    kinds: VM,
    assert: '!asset.facets.identityAttached || !has(asset.facets.identityBroad) || !asset.facets.identityBroad',
    check: (a) => {
      const att = facet<boolean>(a, 'identityAttached');
      const broad = optFacet<boolean>(a, 'identityBroad');
      return verdict(!att || broad === undefined || !broad, 'identity not broad', ev('facets.identityBroad', broad ?? null, false));
    },
  });
  add({ id: 'compute.imdsv2', title: 'EC2 instances require IMDSv2', severity: 'high', providers: ['aws'], kinds: VM, assert: 'asset.facets.metadataTokensRequired', check: bool('metadataTokensRequired', true) });
  add({ id: 'compute.secure-boot', title: 'VMs boot with secure boot', severity: 'medium', providers: ['azure', 'gcp'], kinds: VM, assert: 'asset.facets.secureBoot', check: bool('secureBoot', true) });
  add({ id: 'compute.no-serial-console', title: 'GCE instances have no serial console', severity: 'medium', providers: ['gcp'], kinds: VM, assert: '!asset.facets.serialConsole', check: bool('serialConsole', false) });
  add({ id: 'compute.identity-prod', title: 'Production instances run with an identity', severity: 'low', providers: ALL_PROVIDERS, kinds: VM, when: PROD, assert: 'asset.facets.identityAttached', check: guarded(isProd, 'production', bool('identityAttached', true)) });
  add({
    id: 'compute.public-ip-ranges',
    title: 'Public IPs come from the approved ranges',
    severity: 'info',
    providers: ALL_PROVIDERS,
    kinds: VM,
    assert: "asset.facets.publicIps.all(ip, ip.startsWith('34.') || ip.startsWith('35.') || ip.startsWith('52.'))",
    check: (a) => verdict(ips(a).every((ip) => ip.startsWith('34.') || ip.startsWith('35.') || ip.startsWith('52.')), 'approved ranges', ev('facets.publicIps', ips(a), '34/35/52')),
  });

  // Databases (13).
  const DB: Kind[] = ['database.instance'];
  for (const days of [7, 14, 30, 35]) {
    add({
      id: `database.backup-retention-${days}d`,
      title: `Databases keep backups ${days} days`,
      severity: days >= 30 ? 'low' : 'medium',
      providers: ALL_PROVIDERS,
      kinds: DB,
      when: 'asset.facets.automatedBackups',
      assert: `asset.facets.backupRetentionDays >= ${days}`,
      check: guarded((a) => facet<boolean>(a, 'automatedBackups'), 'automated backups', (a) => {
        const d = facet<number>(a, 'backupRetentionDays');
        return verdict(d >= days, `retention >= ${days}`, ev('facets.backupRetentionDays', d, `>= ${days}`));
      }),
    });
  }
  add({ id: 'database.backups', title: 'Databases have automated backups', severity: 'medium', providers: ALL_PROVIDERS, kinds: DB, assert: 'asset.facets.automatedBackups', check: bool('automatedBackups', true) });
  add({ id: 'database.not-public', title: 'Databases are not reachable from the internet', severity: 'critical', providers: ALL_PROVIDERS, kinds: DB, assert: '!asset.facets.publicEndpoint', check: bool('publicEndpoint', false) });
  const optTrue = (name: string) => (a: Asset) => {
    const v = optFacet<boolean>(a, name);
    return verdict(v === undefined || v, `${name} where modelled`, ev(`facets.${name}`, v ?? null, true));
  };
  add({ id: 'database.tls', title: 'Databases require TLS', severity: 'medium', providers: ALL_PROVIDERS, kinds: DB, assert: '!has(asset.facets.tlsRequired) || asset.facets.tlsRequired', check: optTrue('tlsRequired') });
  add({ id: 'database.encrypted', title: 'Databases are encrypted at rest', severity: 'high', providers: ALL_PROVIDERS, kinds: DB, assert: '!has(asset.facets.encryptedAtRest) || asset.facets.encryptedAtRest', check: optTrue('encryptedAtRest') });
  const engines = ['postgres', 'mysql', 'aurora-postgresql'];
  add({ id: 'database.engine-approved', title: 'Databases run an approved engine', severity: 'low', providers: ALL_PROVIDERS, kinds: DB, assert: `asset.facets.engine in ${celList(engines)}`, check: (a) => verdict(engines.includes(facet<string>(a, 'engine')), 'approved engine', ev('facets.engine', facet<string>(a, 'engine'), engines)) });
  add({ id: 'database.engine-open-source', title: 'Databases run an open-source engine', severity: 'info', providers: ALL_PROVIDERS, kinds: DB, assert: "asset.facets.engine.matches('^(postgres|mysql|mariadb|aurora-(postgresql|mysql))$')", check: (a) => verdict(/^(postgres|mysql|mariadb|aurora-(postgresql|mysql))$/.test(facet<string>(a, 'engine')), 'open-source engine', ev('facets.engine', facet<string>(a, 'engine'), 'open source')) });
  add({ id: 'database.audit-prod', title: 'Production databases keep audit logs', severity: 'medium', providers: ALL_PROVIDERS, kinds: DB, when: PROD, assert: '!has(asset.facets.auditLogging) || asset.facets.auditLogging', check: guarded(isProd, 'production', optTrue('auditLogging')) });
  add({
    id: 'database.cmk-sensitive',
    title: 'Sensitive databases use a customer-managed key',
    severity: 'high',
    providers: ALL_PROVIDERS,
    kinds: DB,
    when: sensitive,
    assert: 'has(asset.facets.customerManagedKey) && asset.facets.customerManagedKey',
    check: guarded(isSensitive, 'sensitive data', (a) => {
      const v = optFacet<boolean>(a, 'customerManagedKey');
      return verdict(v === true, 'customer-managed key', ev('facets.customerManagedKey', v ?? null, true));
    }),
  });
  add({
    id: 'database.no-burstable-prod',
    title: 'Production RDS instances are not burstable',
    severity: 'low',
    providers: ['aws'],
    kinds: DB,
    when: PROD,
    assert: "!asset.config.instance.DBInstanceClass.startsWith('db.t')",
    check: guarded(isProd, 'production', (a) => {
      const c = need<{ DBInstanceClass: string }>(a, 'instance').DBInstanceClass;
      return verdict(!c.startsWith('db.t'), 'not burstable', ev('config.instance.DBInstanceClass', c, 'not db.t*'));
    }),
  });

  // Naming (11).
  const named = (id: string, title: string, assert: string, ok: (name: string, a: Asset) => boolean, when?: [string, (a: Asset) => boolean]) => {
    const body = (a: Asset) => verdict(ok(a.name, a), title, ev('name', a.name, title));
    add({ id: `naming.${id}`, title, severity: 'info', providers: ALL_PROVIDERS, kinds: ALL, assert, ...(when ? { when: when[0], check: guarded(when[1], title, body) } : { check: body }) });
  };
  named('pattern', 'Names are lower-case words', "asset.name.matches('^[a-z][a-z0-9-]{2,62}$')", (n) => /^[a-z][a-z0-9-]{2,62}$/.test(n));
  named('no-tmp', 'Names do not say tmp', "!asset.name.contains('tmp')", (n) => !n.includes('tmp'));
  named('no-test-suffix', 'Names do not end in -test', "!asset.name.endsWith('-test')", (n) => !n.endsWith('-test'));
  named('length', 'Names are at most 40 characters', 'size(asset.name) <= 40', (n) => n.length <= 40);
  named('env-prefix', 'Names start with their env tag', "asset.name.startsWith(asset.tags.env + '-')", (n, a) => n.startsWith(`${a.tags.env!}-`), [celHas('env'), (a) => hasTag(a, 'env')]);
  named('lower-case', 'Names are lower case', 'asset.name.lowerAscii() == asset.name', (n) => n.toLowerCase() === n);
  named('no-scratch', 'Names do not mark scratch resources', "!asset.name.matches('(test|temp|scratch)')", (n) => !/(test|temp|scratch)/.test(n));
  named('no-underscore', 'Names use dashes, not underscores', "!asset.name.contains('_')", (n) => !n.includes('_'));
  named('app-in-name', 'Names contain their application', 'asset.name.contains(asset.tags.application)', (n, a) => n.includes(a.tags.application!), [celHas('application'), (a) => hasTag(a, 'application')]);
  named('prod-suffix-free', 'Production names end in their sequence number', "asset.name.matches('-[0-9]+$')", (n) => /-[0-9]+$/.test(n), [PROD, isProd]);
  named('starts-with-letter', 'Names start with a letter', "asset.name.matches('^[A-Za-z]')", (n) => /^[A-Za-z]/.test(n));

  // Location and ownership (6).
  const inList = (id: string, title: string, providers: Provider[], field: 'region' | 'account', list: readonly string[], when?: [string, (a: Asset) => boolean]) => {
    const body = (a: Asset) => verdict(list.includes(a[field]), title, ev(field, a[field], list));
    add({ id, title, severity: 'medium', providers, kinds: ALL, assert: `asset.${field} in ${celList(list)}`, ...(when ? { when: when[0], check: guarded(when[1], title, body) } : { check: body }) });
  };
  inList('location.aws-regions', 'AWS resources are in approved regions', ['aws'], 'region', ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'global']);
  inList('location.azure-regions', 'Azure resources are in approved regions', ['azure'], 'region', ['westeurope', 'northeurope', 'eastus', 'global']);
  inList('location.gcp-regions', 'GCP resources are in approved regions', ['gcp'], 'region', ['europe-west1', 'us-central1', 'us-east1', 'global']);
  inList('location.aws-accounts', 'AWS resources live in approved accounts', ['aws'], 'account', APPROVED_AWS);
  inList('location.restricted-in-eu', 'Restricted data stays in the EU', ALL_PROVIDERS, 'region', [...EU_REGIONS, 'global'], [`${celHas('data-class')} && ${celTag('data-class')} == 'restricted'`, (a) => hasTag(a, 'data-class') && a.tags['data-class'] === 'restricted']);
  add({
    id: 'location.gdpr-eu',
    title: 'GDPR-scoped resources are in Europe',
    severity: 'high',
    providers: ALL_PROVIDERS,
    kinds: ALL,
    when: `${celHas('compliance-scope')} && ${celTag('compliance-scope')} == 'gdpr'`,
    assert: "asset.region.startsWith('eu') || asset.region.startsWith('europe') || asset.region == 'global'",
    check: guarded(
      (a) => a.tags['compliance-scope'] === 'gdpr',
      'GDPR scope',
      (a) => verdict(a.region.startsWith('eu') || a.region.startsWith('europe') || a.region === 'global', 'in Europe', ev('region', a.region, 'Europe')),
    ),
  });

  // Native config (5).
  add({ id: 'compute.aws-no-t2', title: 'EC2 instances are not previous-generation t2', severity: 'info', providers: ['aws'], kinds: VM, assert: "!asset.config.instance.InstanceType.startsWith('t2.')", check: (a) => verdict(!need<{ InstanceType: string }>(a, 'instance').InstanceType.startsWith('t2.'), 'not t2', ev('config.instance.InstanceType', a.config.instance, 'not t2')) });
  const sizes = ['t3.micro', 't3.large', 'm5.xlarge', 'c6i.2xlarge'];
  add({ id: 'compute.aws-approved-types', title: 'EC2 instances use approved types', severity: 'low', providers: ['aws'], kinds: VM, when: PROD, assert: `asset.config.instance.InstanceType in ${celList(sizes)}`, check: guarded(isProd, 'production', (a) => verdict(sizes.includes(need<{ InstanceType: string }>(a, 'instance').InstanceType), 'approved type', ev('config.instance.InstanceType', a.config.instance, sizes))) });
  add({ id: 'compute.azure-vm-size', title: 'Azure VMs are not Basic tier', severity: 'low', providers: ['azure'], kinds: VM, assert: "!asset.config.vm.properties.hardwareProfile.vmSize.startsWith('Basic_')", check: (a) => verdict(!need<{ properties: { hardwareProfile: { vmSize: string } } }>(a, 'vm').properties.hardwareProfile.vmSize.startsWith('Basic_'), 'not Basic', ev('config.vm', a.config.vm, 'not Basic')) });
  add({ id: 'compute.gcp-machine-family', title: 'GCE instances use current machine families', severity: 'info', providers: ['gcp'], kinds: VM, assert: "asset.config.instance.machineType.matches('/machineTypes/(e2|n2|c2)-')", check: (a) => verdict(/\/machineTypes\/(e2|n2|c2)-/.test(need<{ machineType: string }>(a, 'instance').machineType), 'current family', ev('config.instance.machineType', a.config.instance, 'e2/n2/c2')) });
  add({ id: 'compute.gcp-no-micro', title: 'GCE instances are not f1-micro', severity: 'info', providers: ['gcp'], kinds: VM, assert: "!asset.config.instance.machineType.endsWith('/f1-micro')", check: (a) => verdict(!need<{ machineType: string }>(a, 'instance').machineType.endsWith('/f1-micro'), 'not f1-micro', ev('config.instance.machineType', a.config.instance, 'not f1-micro')) });

  return rows;
}

/** The built-in side: each row as a TypeScript `Rule`. */
export function builtinOf(rows: Row[]): Rule[] {
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    severity: r.severity,
    providers: r.providers,
    kinds: r.kinds,
    rationale: r.title,
    remediation: { steps: [`Make this hold: ${r.title}.`] },
    references: [],
    compliance: [],
    version: 1,
    evaluate: (a: Asset) => r.check(a),
  }));
}

/** The custom side: each row as a YAML rule document. */
export function yamlOf(r: Row): string {
  const q = (s: string) => JSON.stringify(s);
  return [
    `id: ${r.id}`,
    `title: ${q(r.title)}`,
    `severity: ${r.severity}`,
    `providers: [${r.providers.join(', ')}]`,
    `kinds: [${r.kinds.join(', ')}]`,
    `rationale: ${q(`Organization policy: ${r.title}.`)}`,
    `remediation:`,
    `  steps: [${q(`Make this hold: ${r.title}.`)}]`,
    ...(r.when ? [`when: ${q(r.when)}`] : []),
    `assert: ${q(r.assert)}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Timing

const STATUS_CODE: Record<Status, number> = { pass: 0, fail: 1, unknown: 2, not_applicable: 3 };

const noLookups: RuleContext = {
  find(type) {
    throw new Error(`the rules bench has no lookups (asked for ${type})`);
  },
};

/** One pass of a rule set over the estate: evaluations and status counts. */
function runSet(index: RuleIndex, assets: Asset[]): { evaluations: number; counts: number[] } {
  const counts = [0, 0, 0, 0];
  let evaluations = 0;
  for (const asset of assets) {
    for (const rule of index.for(asset)) {
      counts[STATUS_CODE[runRule(rule, asset, noLookups).status]]!++;
      evaluations++;
    }
  }
  return { evaluations, counts };
}

/** Every (rule, asset) status of both sets, compared; a few mismatches kept for the report. */
function compare(builtin: RuleIndex, custom: RuleIndex, assets: Asset[]): { mismatches: number; examples: string[] } {
  let mismatches = 0;
  const examples: string[] = [];
  for (const asset of assets) {
    const c = new Map(custom.for(asset).map((r) => [r.id, r]));
    const b = builtin.for(asset);
    if (b.length !== c.size) mismatches += Math.abs(b.length - c.size);
    for (const rule of b) {
      const other = c.get(rule.id);
      if (!other) continue;
      const vb = runRule(rule, asset, noLookups);
      const vc = runRule(other, asset, noLookups);
      if (vb.status !== vc.status) {
        mismatches++;
        if (examples.length < 5) examples.push(`${rule.id} on ${asset.id}: built-in ${vb.status} (${vb.reason}), custom ${vc.status} (${vc.reason})`);
      }
    }
  }
  return { mismatches, examples };
}

export async function rulesBench(): Promise<Record<string, unknown>> {
  const rows = tableOf();
  if (rows.length !== 100) throw new Error(`the rules table has ${rows.length} rules, not 100`);
  const dir = mkdtempSync(join(tmpdir(), 'parapet-bench-rules-'));
  try {
    // Ten files of ten rule documents each.
    for (let f = 0; f < 10; f++) writeFileSync(join(dir, `rules-${f}.yaml`), rows.slice(f * 10, f * 10 + 10).map(yamlOf).join('\n---\n') + '\n');
    const t0 = performance.now();
    const loaded = loadCustomRules([dir], { builtinIds: new Set(), frameworks: [] });
    const compileMs = performance.now() - t0;
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length || loaded.rules.length !== rows.length) {
      throw new Error(`custom rules did not load (${loaded.rules.length} of ${rows.length}): ${loaded.diagnostics.slice(0, 5).map((d) => `${d.file}:${d.line} [${d.code}] ${d.key ?? ''} ${d.message}`).join('; ')}`);
    }
    const assets = generateAssets(ASSETS);
    const builtin = new RuleIndex(builtinOf(rows));
    const custom = new RuleIndex(loaded.rules);
    const { mismatches, examples } = compare(builtin, custom, assets);
    for (const e of examples) process.stderr.write(`mismatch: ${e}\n`);

    const builtinRuns: number[] = [];
    const customRuns: number[] = [];
    let evaluations = 0;
    let counts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate, so neither side always runs on a warmer heap.
      for (const [set, runs] of (i % 2 === 0 ? [[builtin, builtinRuns], [custom, customRuns]] : [[custom, customRuns], [builtin, builtinRuns]]) as Array<[RuleIndex, number[]]>) {
        const t = performance.now();
        const r = runSet(set, assets);
        runs.push(performance.now() - t);
        evaluations = r.evaluations;
        if (set === custom) counts = r.counts;
      }
    }
    const builtinMs = median(builtinRuns);
    const customMs = median(customRuns);
    const ratio = Math.round((customMs / builtinMs) * 100) / 100;
    return {
      bench: 'rules',
      rules: rows.length,
      assets: assets.length,
      evaluations,
      statuses: { pass: counts[0], fail: counts[1], unknown: counts[2], not_applicable: counts[3] },
      compileMs: Math.round(compileMs),
      builtinMs: Math.round(builtinMs),
      customMs: Math.round(customMs),
      builtinRunsMs: builtinRuns.map(Math.round),
      customRunsMs: customRuns.map(Math.round),
      ratio,
      mismatches,
      targets: TARGETS,
      ok: mismatches === 0 && ratio <= TARGETS.ratio,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
