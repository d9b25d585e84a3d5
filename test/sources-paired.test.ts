/**
 * The issue's acceptance test: ONE configuration per cloud, written in every source format (the live API
 * through the real SDK against the simulator, Terraform HCL, CloudFormation, and the cloud's inventory
 * export), must give the same verdict for every built-in rule on every asset, whichever source it came from.
 * Offline sources go through exactly the pipeline of `scan iac` (load → mapResources → applyFacets) and
 * `scan snapshot` (loadSnapshot → applyFacets); every rule runs with a context over all assets of its source.
 *
 * Assets are matched across sources by (type, name) — ids legitimately differ where IaC cannot know them
 * (a security group id) — except EBS volumes, whose live name is the volume id: they are matched by their
 * `Name` tag. Per cloud it asserts: the same assets; the headline verdicts (public bucket / container fails
 * bucket-not-publicly-readable and its private twin passes; the open firewall fails no-ssh / no-rdp and its
 * twin passes); the same kind, id (unless `iac:`), account, region and aspect names; the same derived facets;
 * and for every matched asset the same SET of applicable rules with the same status for each.
 * A difference a source cannot avoid (it cannot express the thing), or a reported loader/mapper mismatch, is
 * listed in that cloud's EXPECTED / SHAPE_EXPECTED with the reason; nothing else may differ, and an expected
 * difference that stops happening fails the test too. Set PARAPET_PAIRED_DUMP=1 to print every verdict.
 *
 * Fixtures: test/fixtures/paired/<cloud>/ (estate.yaml for the simulator, terraform/, the export, and for AWS
 * cloudformation.yaml). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../src/core/asset.js';
import { appliesTo, runRule } from '../src/core/rule.js';
import type { Status } from '../src/core/verdict.js';
import { builtinRules } from '../src/rules/index.js';
import { loadCloudFormation } from '../src/sources/cloudformation/load.js';
import { mapResources, type InputFormat } from '../src/sources/discover.js';
import { applyFacets } from '../src/sources/map/facets.js';
import type { MapContext } from '../src/sources/map/kit.js';
import type { Diagnostic, SourceResult } from '../src/sources/model.js';
import { loadSnapshot } from '../src/sources/snapshot/index.js';
import { loadTerraformRoot } from '../src/sources/terraform/load.js';
// The collectors of the services in play only (not the service indexes, which load every SDK client).
import { collectors as awsEc2 } from '../src/providers/aws/services/ec2/index.js';
import { collectors as awsKms } from '../src/providers/aws/services/kms/index.js';
import { collectors as awsRds } from '../src/providers/aws/services/rds/index.js';
import { collectors as awsS3 } from '../src/providers/aws/services/s3/index.js';
import { flowLogsCollector } from '../src/providers/azure/services/network/flow-logs.js';
import { publicIpsCollector } from '../src/providers/azure/services/network/public-ips.js';
import { securityGroupsCollector } from '../src/providers/azure/services/network/security-groups.js';
import { storageAccountsCollector } from '../src/providers/azure/services/storage/accounts.js';
import { computeCollectors as gcpCompute } from '../src/providers/gcp/services/compute/index.js';
import { storageCollectors as gcpStorage } from '../src/providers/gcp/services/storage/index.js';
import { parseEstate } from '../sim/aws/estate-loader.js';
import { startSimulator } from '../sim/aws/server.js';
import { startAzureSimulator } from '../sim/azure/server.js';
import { startGcpSimulator } from '../sim/gcp/server.js';
import { fixtureContext } from './support/assets.js';
import { scanWith } from './support/aws.js';
import { scanAzureWith } from './support/azure.js';
import { scanGcpWith } from './support/gcp.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/paired/', import.meta.url));
const OBSERVED_AT = '2026-11-29T00:00:00.000Z';
const fixture = (...p: string[]) => join(FIXTURES, ...p);

/** rule id → status, for one asset. */
type Verdicts = Record<string, Status>;
/** pairing key (type|name) → verdicts, for one source. */
type Table = Map<string, { asset: Asset; verdicts: Verdicts }>;

interface Source {
  name: string;
  assets: Asset[];
  diagnostics: Diagnostic[];
}

/**
 * The pairing key: type and name. Volumes are named by their id live and by their address in IaC: paired by
 * their Name tag. KMS keys have no name of their own (live: the key id; IaC: an alias or the address): paired
 * by their description.
 */
function pairKey(a: Asset): string {
  let name = a.name;
  if (a.type === 'AWS::EC2::Volume') name = a.tags.Name ?? a.name;
  else if (a.type === 'AWS::KMS::Key') {
    const description = (a.config.metadata as { Description?: unknown } | null | undefined)?.Description;
    if (typeof description === 'string') name = description;
  }
  return `${a.type}|${name}`;
}

/** Every applicable built-in rule's status on every asset of `types`, with a context over all the source's assets. */
function verdictTable(assets: Asset[], types: ReadonlySet<string>): Table {
  const ctx = fixtureContext(assets);
  const table: Table = new Map();
  for (const asset of assets) {
    if (!types.has(asset.type)) continue;
    const verdicts: Verdicts = {};
    for (const rule of builtinRules) if (appliesTo(rule, asset)) verdicts[rule.id] = runRule(rule, asset, ctx).status;
    const key = pairKey(asset);
    if (table.has(key)) throw new Error(`two assets pair as ${key}`);
    table.set(key, { asset, verdicts });
  }
  return table;
}

/** The pipeline `scan iac` runs: load, map, derive facets. */
function iacSource(name: string, loaded: SourceResult, format: InputFormat): Source {
  const diagnostics = [...loaded.diagnostics];
  const ctx: MapContext = { sourceType: 'iac', observedAt: OBSERVED_AT, diag: (d) => diagnostics.push(d) };
  return { name, assets: mapResources(loaded.resources, format, ctx).map(applyFacets), diagnostics };
}

/** The pipeline `scan snapshot` runs: load (mapping included), derive facets. */
function snapshotSource(name: string, file: string): Source {
  const r = loadSnapshot(file, OBSERVED_AT);
  return { name, assets: r.assets.map(applyFacets), diagnostics: r.diagnostics };
}

/** A rule's status, `not-applied` when the rule does not apply; for rule `*`, whether the asset is there at all. */
type Outcome = Status | 'not-applied' | 'present' | 'absent';

/** An expected difference: in `source`, `rule` on asset `key` gives `status` instead of the live one, because `reason`. */
interface Expected {
  source: string;
  key: string;
  rule: string;
  status: Outcome;
  reason: string;
}

interface Difference {
  source: string;
  key: string;
  rule: string;
  live: Outcome;
  other: Outcome;
}

/** Every (asset, rule) where `other` differs from `live`; an asset missing on either side is one difference with rule `*`. */
function differences(live: Table, name: string, other: Table): Difference[] {
  const out: Difference[] = [];
  for (const key of new Set([...live.keys(), ...other.keys()])) {
    const l = live.get(key);
    const o = other.get(key);
    if (!l || !o) {
      out.push({ source: name, key, rule: '*', live: l ? 'present' : 'absent', other: o ? 'present' : 'absent' });
      continue;
    }
    for (const rule of new Set([...Object.keys(l.verdicts), ...Object.keys(o.verdicts)])) {
      const a = l.verdicts[rule] ?? 'not-applied';
      const b = o.verdicts[rule] ?? 'not-applied';
      if (a !== b) out.push({ source: name, key, rule, live: a, other: b });
    }
  }
  return out.sort((x, y) => `${x.key} ${x.rule}`.localeCompare(`${y.key} ${y.rule}`));
}

/** Differences minus the expected ones; expected ones that did not happen are reported too (they must stay true). */
function unexplained(found: Difference[], expected: Expected[]): { unexpected: Difference[]; stale: Expected[] } {
  const matches = (d: Difference, e: Expected) => d.source === e.source && d.key === e.key && d.rule === e.rule && d.other === e.status;
  return { unexpected: found.filter((d) => !expected.some((e) => matches(d, e))), stale: expected.filter((e) => !found.some((d) => matches(d, e))) };
}

/** How many (asset, rule) verdicts each source pair compares; printed with PARAPET_PAIRED_DUMP=1. */
function dump(cloud: string, tables: Map<string, Table>): void {
  if (!process.env.PARAPET_PAIRED_DUMP) return;
  const live = tables.get('live')!;
  for (const [name, t] of tables) {
    let pairs = 0;
    for (const [key, { verdicts }] of t) if (live.has(key)) pairs += Object.keys(verdicts).length;
    console.info(`${cloud} ${name}: ${t.size} assets, ${pairs} (asset, rule) verdicts paired with live`);
    for (const [key, { asset, verdicts }] of t) {
      console.info(`  ${key} [${asset.id}] ${JSON.stringify(verdicts)} gaps=${Object.keys(asset.gaps).join(',')}`);
      const l = live.get(key)?.asset;
      if (l && l !== asset) {
        for (const f of new Set([...Object.keys(l.facets), ...Object.keys(asset.facets)])) {
          const [a, b] = [JSON.stringify((l.facets as Record<string, unknown>)[f]), JSON.stringify((asset.facets as Record<string, unknown>)[f])];
          if (a !== b) console.info(`    facet ${f}: live ${a} / ${name} ${b}`);
        }
      }
    }
  }
}

/** Asserts the tables of every offline source against live. */
function comparePaired(live: Table, others: Array<{ name: string; table: Table }>, expected: Expected[]): Difference[] {
  const found = others.flatMap((o) => differences(live, o.name, o.table));
  const { unexpected, stale } = unexplained(found, expected);
  expect(unexpected, `unexplained verdict differences:\n${unexpected.map((d) => `  ${d.source} ${d.key} ${d.rule}: live ${d.live}, ${d.source} ${d.other}`).join('\n')}`).toEqual([]);
  expect(stale, 'expected differences that no longer happen (remove them)').toEqual([]);
  return found;
}

/**
 * For every asset paired with a live one: the same kind, the same aspects (configured or gap: the source says
 * it could not know), and the live id unless the source cannot know it (`iac:` ids for resources whose id the
 * cloud assigns). Returns one line per mismatch.
 */
function shapeMismatches(live: Table, name: string, other: Table): string[] {
  const out: string[] = [];
  const aspects = (a: Asset) => [...new Set([...Object.keys(a.config), ...Object.keys(a.gaps).filter((k) => !k.startsWith('facets.'))])].sort();
  for (const [key, o] of other) {
    const l = live.get(key);
    if (!l) continue;
    if (o.asset.kind !== l.asset.kind) out.push(`${name} ${key}: kind ${o.asset.kind}, live ${l.asset.kind}`);
    if (o.asset.id !== l.asset.id && !o.asset.id.startsWith('iac:')) out.push(`${name} ${key}: id ${o.asset.id}, live ${l.asset.id}`);
    if (o.asset.account !== l.asset.account) out.push(`${name} ${key}: account ${o.asset.account}, live ${l.asset.account}`);
    if (o.asset.region !== l.asset.region) out.push(`${name} ${key}: region ${o.asset.region}, live ${l.asset.region}`);
    const [la, oa] = [aspects(l.asset), aspects(o.asset)];
    if (la.join() !== oa.join()) out.push(`${name} ${key}: aspects [${oa.join(', ')}], live [${la.join(', ')}]`);
  }
  return out;
}

/**
 * For every asset paired with a live one: the facets (what the baseline rules read) that differ from live.
 * A facet that names another asset by id (a key reference) names it by its pairing key here, as the ids of
 * resources the cloud names at creation (a KMS key's ARN) are legitimately `iac:` ids before apply.
 */
function facetMismatches(live: Table, name: string, other: Table): string[] {
  const out: string[] = [];
  const byId = (t: Table) => new Map([...t].map(([key, { asset }]) => [asset.id, key]));
  const norm = (ids: Map<string, string>, v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' && ids.has(x) ? `asset ${ids.get(x)}` : x));
  const [liveIds, otherIds] = [byId(live), byId(other)];
  for (const [key, o] of other) {
    const l = live.get(key);
    if (!l) continue;
    const [lf, of] = [l.asset.facets as Record<string, unknown>, o.asset.facets as Record<string, unknown>];
    for (const f of new Set([...Object.keys(lf), ...Object.keys(of)])) {
      if (norm(liveIds, lf[f]) !== norm(otherIds, of[f])) out.push(`${name} ${key}: facet ${f}`);
    }
  }
  return out;
}

const others = (tables: Map<string, Table>) => [...tables].filter(([n]) => n !== 'live').map(([name, table]) => ({ name, table }));
const statusOf = (t: Table, key: string, rule: string) => t.get(key)?.verdicts[rule] ?? 'not-applied';

// ============================================================================================== AWS

/**
 * What every cloud's pairing holds: each paired asset has the live shape and facets (but for the listed
 * expectations), and every applicable rule gives the live verdict; the comparison is not empty (every live
 * asset but those in `ruleless` has rules).
 */
function itMatchesLive(
  tables: Map<string, Table>,
  expected: { shape: unknown[]; facets: unknown[]; verdicts: Parameters<typeof comparePaired>[2]; ruleless?: string[] },
): void {
  it('every paired asset has the live kind, id (unless unknowable before apply), account, region and aspects', () => {
    const live = tables.get('live')!;
    expect(others(tables).flatMap((o) => shapeMismatches(live, o.name, o.table))).toEqual(expected.shape);
  });

  it('every paired asset derives the same facets as live', () => {
    const live = tables.get('live')!;
    expect(others(tables).flatMap((o) => facetMismatches(live, o.name, o.table))).toEqual(expected.facets);
  });

  it('every applicable rule gives the same verdict on every asset as the live API', () => {
    const live = tables.get('live')!;
    comparePaired(live, others(tables), expected.verdicts);
    for (const [key, { verdicts }] of live) if (!expected.ruleless?.includes(key)) expect(Object.keys(verdicts).length, key).toBeGreaterThan(0);
  });
}

describe('paired sources: AWS (account 111122223333, eu-west-1)', () => {
  const CLOUD = 'aws';
  const TYPES = new Set(['AWS::S3::Bucket', 'AWS::S3::AccountPublicAccessBlock', 'AWS::EC2::SecurityGroup', 'AWS::EC2::Volume', 'AWS::RDS::DBInstance', 'AWS::EC2::EbsEncryptionByDefault', 'AWS::EC2::SnapshotBlockPublicAccess', 'AWS::KMS::Key']);
  const PUBLIC = 'AWS::S3::Bucket|paired-public-assets';
  const PRIVATE = 'AWS::S3::Bucket|paired-private-data';
  const OPEN = 'AWS::EC2::SecurityGroup|paired-ssh-open';
  const CLOSED = 'AWS::EC2::SecurityGroup|paired-ssh-closed';
  const ACCOUNT_BLOCK = 'AWS::S3::AccountPublicAccessBlock|account-public-access-block';
  const VOLUME = 'AWS::EC2::Volume|paired-data-volume';
  const EBS_DEFAULT = 'AWS::EC2::EbsEncryptionByDefault|ebs-encryption-by-default (eu-west-1)';
  const SNAPSHOT_BLOCK = 'AWS::EC2::SnapshotBlockPublicAccess|snapshot-block-public-access (eu-west-1)';
  const DATA_KEY = 'AWS::KMS::Key|paired data key';
  const ORDERS_DB = 'AWS::RDS::DBInstance|paired-orders-db';
  const LEGACY_DB = 'AWS::RDS::DBInstance|paired-legacy-db';

  /**
   * CloudFormation has no resource type for the account-level S3 Block Public Access, so a template cannot
   * say it is off: the public-read verdict on a bucket whose own block is off depends on it, and is `unknown`
   * there (never a pass). Neither CloudFormation nor AWS Config has a resource type for EBS encryption by
   * default (a regional setting), and AWS Config none for snapshot Block Public Access: those setting assets
   * are absent there. CloudFormation DOES have AWS::EC2::SnapshotBlockPublicAccess (in the template), but
   * src/sources/map/aws-cfn does not map it (it is reported as an UnknownResourceType warning): a mapper gap,
   * reported. The AWS Config item of a KMS key carries its metadata but neither its key policy nor its
   * rotation status (the loader makes them gaps): the rules reading those are `unknown` there. Nothing else
   * may differ.
   */
  const NO_ACCOUNT_BLOCK = 'CloudFormation cannot express the account-level S3 Block Public Access';
  const NO_KEY_DETAILS = 'the AWS Config item carries neither the key policy (GetKeyPolicy) nor the rotation status (GetKeyRotationStatus): NotInSnapshot gaps';
  const EXPECTED: Expected[] = [
    { source: 'cloudformation', key: ACCOUNT_BLOCK, rule: '*', status: 'absent', reason: NO_ACCOUNT_BLOCK },
    { source: 'cloudformation', key: PUBLIC, rule: 'baseline.storage.bucket-not-publicly-readable', status: 'unknown', reason: NO_ACCOUNT_BLOCK },
    { source: 'cloudformation', key: PUBLIC, rule: 'aws.s3.bucket-not-publicly-readable', status: 'unknown', reason: NO_ACCOUNT_BLOCK },
    { source: 'cloudformation', key: EBS_DEFAULT, rule: '*', status: 'absent', reason: 'CloudFormation has no resource type for EBS encryption by default' },
    { source: 'cloudformation', key: SNAPSHOT_BLOCK, rule: '*', status: 'absent', reason: 'mapper gap: aws-cfn does not map AWS::EC2::SnapshotBlockPublicAccess' },
    { source: 'aws-config', key: EBS_DEFAULT, rule: '*', status: 'absent', reason: 'AWS Config records no EBS encryption-by-default item' },
    { source: 'aws-config', key: SNAPSHOT_BLOCK, rule: '*', status: 'absent', reason: 'AWS Config records no snapshot Block Public Access item' },
    { source: 'aws-config', key: DATA_KEY, rule: 'aws.kms.key-policy-not-public', status: 'unknown', reason: NO_KEY_DETAILS },
    { source: 'aws-config', key: DATA_KEY, rule: 'aws.kms.key-rotation-enabled', status: 'unknown', reason: NO_KEY_DETAILS },
    { source: 'aws-config', key: DATA_KEY, rule: 'baseline.crypto.key-rotation-enabled', status: 'unknown', reason: NO_KEY_DETAILS },
  ];
  /** The same cause, seen in the facets derived from the key's missing rotation aspect. */
  const FACET_EXPECTED = [`aws-config ${DATA_KEY}: facet rotationEnabled`, `aws-config ${DATA_KEY}: facet rotationPeriodDays`];

  /**
   * Mapper mismatch, reported: src/sources/map/aws-cfn/s3.ts leaves out `policyStatus` (GetBucketPolicyStatus
   * {IsPublic}) when the bucket has a policy — neither a value nor a gap — where the live collector always
   * stores it and Terraform / AWS Config give a value or a gap. No verdict differs on this configuration.
   */
  const SHAPE_EXPECTED: string[] = [
    'cloudformation AWS::S3::Bucket|paired-private-data: aspects [acl, bucket, encryption, logging, ownershipControls, policy, publicAccessBlock, tags, versioning], live [acl, bucket, encryption, logging, ownershipControls, policy, policyStatus, publicAccessBlock, tags, versioning]',
  ];
  const sources: Source[] = [];
  const tables = new Map<string, Table>();

  beforeAll(async () => {
    const sim = await startSimulator({ estate: parseEstate(readFileSync(fixture('aws', 'estate.yaml'), 'utf8'), 'estate.yaml') });
    try {
      const live = await scanWith(sim, [...awsS3, ...awsEc2, ...awsRds, ...awsKms], { region: 'eu-west-1' });
      sources.push({ name: 'live', assets: live.assets, diagnostics: live.errors.map((e) => ({ severity: 'error', file: 'api', line: 0, code: e.code, message: `${e.service}.${e.operation}: ${e.message}` })) });
    } finally {
      await sim.close();
    }
    sources.push(iacSource('terraform', loadTerraformRoot(fixture('aws', 'terraform')), 'terraform'));
    sources.push(iacSource('cloudformation', loadCloudFormation(fixture('aws', 'cloudformation.yaml'), { region: 'eu-west-1', account: '111122223333' }), 'cloudformation'));
    sources.push(snapshotSource('aws-config', fixture('aws', 'aws-config.json')));
    for (const s of sources) tables.set(s.name, verdictTable(s.assets, TYPES));
    if (process.env.PARAPET_PAIRED_DUMP) for (const s of sources) console.info(s.name, [...new Set(s.assets.map((a) => a.type))].join(' '), JSON.stringify(s.diagnostics));
    dump(CLOUD, tables);
  }, 30_000);

  it('every source reads without errors or warnings (CloudFormation: the unmapped types)', () => {
    for (const s of sources) {
      // AWS::KMS::Alias: the alias belongs to the key (Terraform's mapper joins it), the CloudFormation mapper
      // does not read it (reported); AWS::EC2::SnapshotBlockPublicAccess: not mapped (see EXPECTED).
      const want = s.name === 'cloudformation' ? ['warning UnknownResourceType AWS::KMS::Alias', 'warning UnknownResourceType AWS::EC2::SnapshotBlockPublicAccess'] : [];
      expect(s.diagnostics.map((d) => `${d.severity} ${d.code} ${d.message.split(' ')[0]}`), s.name).toEqual(want);
    }
  });

  it('every source has the same assets, but for the settings it cannot express (see EXPECTED)', () => {
    const live = [...tables.get('live')!.keys()].sort();
    expect(live).toEqual([ACCOUNT_BLOCK, EBS_DEFAULT, SNAPSHOT_BLOCK, DATA_KEY, VOLUME, CLOSED, OPEN, LEGACY_DB, ORDERS_DB, PRIVATE, PUBLIC].sort());
    for (const [name, t] of tables) {
      // Assets a source cannot (or does not yet) give, each explained in EXPECTED.
      const missing = new Set(EXPECTED.filter((e) => e.source === name && e.rule === '*').map((e) => e.key));
      const want = live.filter((k) => !missing.has(k));
      expect([...t.keys()].sort(), name).toEqual(want);
    }
  });

  it('the public bucket fails and its private twin passes bucket-not-publicly-readable, in every source', () => {
    for (const [name, t] of tables) {
      // CloudFormation: unknown, not fail — the account-level block it cannot express decides (see EXPECTED).
      expect(statusOf(t, PUBLIC, 'baseline.storage.bucket-not-publicly-readable'), name).toBe(name === 'cloudformation' ? 'unknown' : 'fail');
      expect(statusOf(t, PRIVATE, 'baseline.storage.bucket-not-publicly-readable'), name).toBe('pass');
    }
  });

  it('the open security group fails and its twin passes no-ssh-from-internet, in every source', () => {
    for (const [name, t] of tables) {
      expect(statusOf(t, OPEN, 'baseline.network.no-ssh-from-internet'), name).toBe('fail');
      expect(statusOf(t, CLOSED, 'baseline.network.no-ssh-from-internet'), name).toBe('pass');
    }
  });

  itMatchesLive(tables, { shape: SHAPE_EXPECTED, facets: FACET_EXPECTED, verdicts: EXPECTED, ruleless: [ACCOUNT_BLOCK] });

  it('the comparison catches a real difference (a Terraform private bucket made public, a security group dropped)', () => {
    const tf = sources.find((s) => s.name === 'terraform')!;
    const publicBucket = tf.assets.find((a) => pairKey(a) === PUBLIC)!;
    const changed = tf.assets
      .filter((a) => pairKey(a) !== CLOSED)
      .map((a) => {
        if (pairKey(a) !== PRIVATE) return a;
        const config = { ...a.config, acl: publicBucket.config.acl, publicAccessBlock: publicBucket.config.publicAccessBlock, ownershipControls: publicBucket.config.ownershipControls };
        return applyFacets({ ...a, config, facets: {}, gaps: Object.fromEntries(Object.entries(a.gaps).filter(([k]) => !k.startsWith('facets.'))) });
      });
    const found = differences(tables.get('live')!, 'terraform', verdictTable(changed, TYPES));
    expect(found).toContainEqual({ source: 'terraform', key: PRIVATE, rule: 'baseline.storage.bucket-not-publicly-readable', live: 'pass', other: 'fail' });
    expect(found).toContainEqual({ source: 'terraform', key: CLOSED, rule: '*', live: 'present', other: 'absent' });
    expect(unexplained(found, EXPECTED).unexpected.length).toBe(found.length);
  });

});

// ============================================================================================== Azure

describe('paired sources: Azure (one subscription, westeurope)', () => {
  const CLOUD = 'azure';
  const STORAGE = 'Microsoft.Storage/storageAccounts';
  const CONTAINER = 'Microsoft.Storage/storageAccounts/blobServices/containers';
  const NSG = 'Microsoft.Network/networkSecurityGroups';
  const FLOW_LOG = 'Microsoft.Network/networkWatchers/flowLogs';
  const TYPES = new Set([STORAGE, CONTAINER, NSG, FLOW_LOG]);
  const ACCOUNT = `${STORAGE}|stpairedweb`;
  const PUBLIC = `${CONTAINER}|stpairedweb/public-assets`;
  const PRIVATE = `${CONTAINER}|stpairedweb/private-reports`;
  const OPEN = `${NSG}|nsg-paired-open`;
  const CLOSED = `${NSG}|nsg-paired-closed`;
  const FLOW = `${FLOW_LOG}|fl-nsg-paired-open`;

  /**
   * Azure Resource Graph has no rows for blob containers (they are not ARM resources it indexes), nor the
   * blob service properties (versioning, soft delete) of an account: the containers are missing from that
   * source and the account's rules that read the blob service are `unknown` there (never a pass).
   *
   * The flow log row IS in the export, and the NSG's flow-log verdict uses it, but the Resource Graph loader
   * (src/sources/snapshot/azure-arg.ts) emits no `Microsoft.Network/networkWatchers/flowLogs` asset for it,
   * while the live network collector and the Terraform mapper do: the flow log's own rule does not run on that
   * source. A loader gap, reported; listed here so that it is visible, not hidden.
   *
   * Terraform cannot know when an account's access keys were created (they exist only once it does): the
   * key-rotation rule is `unknown` there (the account's keys here date from 2024, so `fail` live).
   */
  const NO_CONTAINERS = 'Azure Resource Graph does not carry blob containers';
  const NO_KEY_TIMES = 'access key creation times exist only once the account does: a configuration cannot tell them';
  const NO_BLOB_SERVICE = 'Azure Resource Graph does not carry blob service properties (blobServices.getServiceProperties)';
  const EXPECTED: Expected[] = [
    { source: 'azure-arg', key: PUBLIC, rule: '*', status: 'absent', reason: NO_CONTAINERS },
    { source: 'azure-arg', key: PRIVATE, rule: '*', status: 'absent', reason: NO_CONTAINERS },
    { source: 'azure-arg', key: ACCOUNT, rule: 'azure.storage.blob-soft-delete-enabled', status: 'unknown', reason: NO_BLOB_SERVICE },
    { source: 'azure-arg', key: ACCOUNT, rule: 'azure.storage.blob-versioning-enabled', status: 'unknown', reason: NO_BLOB_SERVICE },
    { source: 'azure-arg', key: ACCOUNT, rule: 'azure.storage.container-soft-delete-enabled', status: 'unknown', reason: NO_BLOB_SERVICE },
    { source: 'azure-arg', key: FLOW, rule: '*', status: 'absent', reason: 'loader gap: azure-arg.ts maps flowLogs rows into the NSG only, no flow-log asset' },
    { source: 'terraform', key: ACCOUNT, rule: 'azure.storage.access-keys-rotated', status: 'unknown', reason: NO_KEY_TIMES },
    { source: 'terraform', key: ACCOUNT, rule: 'baseline.identity.long-lived-keys-rotated', status: 'unknown', reason: NO_KEY_TIMES },
  ];
  /** The same cause, seen in the facet derived from the key creation times. */
  const FACET_EXPECTED = [`terraform ${ACCOUNT}: facet longLivedKeys`];

  const SHAPE_EXPECTED: string[] = [];
  const sources: Source[] = [];
  const tables = new Map<string, Table>();

  beforeAll(async () => {
    const sim = await startAzureSimulator({ estate: parseEstate(readFileSync(fixture('azure', 'estate.yaml'), 'utf8'), 'estate.yaml') });
    try {
      const live = await scanAzureWith(sim, [storageAccountsCollector, securityGroupsCollector, flowLogsCollector, publicIpsCollector]);
      sources.push({ name: 'live', assets: [...live.assets, ...live.subscriptions], diagnostics: live.errors.map((e) => ({ severity: 'error', file: 'api', line: 0, code: e.code, message: `${e.service}.${e.operation}: ${e.message}` })) });
    } finally {
      await sim.close();
    }
    sources.push(iacSource('terraform', loadTerraformRoot(fixture('azure', 'terraform')), 'terraform'));
    sources.push(snapshotSource('azure-arg', fixture('azure', 'azure-arg.json')));
    for (const s of sources) tables.set(s.name, verdictTable(s.assets, TYPES));
    if (process.env.PARAPET_PAIRED_DUMP) for (const s of sources) console.info(s.name, [...new Set(s.assets.map((a) => a.type))].join(' '), JSON.stringify(s.diagnostics));
    dump(CLOUD, tables);
  }, 30_000);

  it('every source reads without errors or warnings', () => {
    for (const s of sources) expect(s.diagnostics, s.name).toEqual([]);
  });

  it('every source has the same assets (Resource Graph: no containers, no flow-log asset)', () => {
    const live = [...tables.get('live')!.keys()].sort();
    expect(live).toEqual([ACCOUNT, CLOSED, FLOW, OPEN, PRIVATE, PUBLIC].sort());
    for (const [name, t] of tables) {
      // Resource Graph: no containers (not in the export), no flow-log asset (loader gap, see EXPECTED).
      const want = name === 'azure-arg' ? live.filter((k) => k !== PUBLIC && k !== PRIVATE && k !== FLOW) : live;
      expect([...t.keys()].sort(), name).toEqual(want);
    }
  });

  it('the public container fails and its private twin passes bucket-not-publicly-readable, in every source that has containers', () => {
    for (const [name, t] of tables) {
      if (name === 'azure-arg') continue; // no containers there (see EXPECTED)
      expect(statusOf(t, PUBLIC, 'baseline.storage.bucket-not-publicly-readable'), name).toBe('fail');
      expect(statusOf(t, PRIVATE, 'baseline.storage.bucket-not-publicly-readable'), name).toBe('pass');
    }
  });

  it('the open NSG fails and its twin passes no-rdp-from-internet and no-ssh-from-internet, in every source', () => {
    for (const [name, t] of tables) {
      for (const rule of ['baseline.network.no-rdp-from-internet', 'baseline.network.no-ssh-from-internet']) {
        expect(statusOf(t, OPEN, rule), `${name} ${rule}`).toBe('fail');
        expect(statusOf(t, CLOSED, rule), `${name} ${rule}`).toBe('pass');
      }
    }
  });

  itMatchesLive(tables, { shape: SHAPE_EXPECTED, facets: FACET_EXPECTED, verdicts: EXPECTED });
});

// ============================================================================================== GCP

describe('paired sources: GCP (project paired-project)', () => {
  const CLOUD = 'gcp';
  const BUCKET = 'storage.googleapis.com/Bucket';
  const FIREWALL = 'compute.googleapis.com/Firewall';
  const NETWORK = 'compute.googleapis.com/Network';
  const TYPES = new Set([BUCKET, FIREWALL, NETWORK]);
  const PUBLIC = `${BUCKET}|paired-public-assets`;
  const PRIVATE = `${BUCKET}|paired-private-data`;
  const OPEN = `${FIREWALL}|paired-allow-ssh-anywhere`;
  const CLOSED = `${FIREWALL}|paired-allow-ssh-internal`;
  const VPC = `${NETWORK}|paired-vpc`;

  const EXPECTED: Expected[] = [];

  const SHAPE_EXPECTED: string[] = [];
  const FACET_EXPECTED: string[] = [];
  const sources: Source[] = [];
  const tables = new Map<string, Table>();

  beforeAll(async () => {
    const sim = await startGcpSimulator({ estate: parseEstate(readFileSync(fixture('gcp', 'estate.yaml'), 'utf8'), 'estate.yaml') });
    try {
      const live = await scanGcpWith(sim, [...gcpStorage, ...gcpCompute], { keepProjects: true });
      sources.push({ name: 'live', assets: live.assets, diagnostics: live.errors.map((e) => ({ severity: 'error', file: 'api', line: 0, code: e.code, message: `${e.service}.${e.operation}: ${e.message}` })) });
    } finally {
      await sim.close();
    }
    sources.push(iacSource('terraform', loadTerraformRoot(fixture('gcp', 'terraform')), 'terraform'));
    sources.push(snapshotSource('gcp-cai', fixture('gcp', 'cai-export.jsonl')));
    for (const s of sources) tables.set(s.name, verdictTable(s.assets, TYPES));
    if (process.env.PARAPET_PAIRED_DUMP) for (const s of sources) console.info(s.name, [...new Set(s.assets.map((a) => a.type))].join(' '), JSON.stringify(s.diagnostics));
    dump(CLOUD, tables);
  }, 30_000);

  it('every source reads without errors or warnings', () => {
    for (const s of sources) expect(s.diagnostics, s.name).toEqual([]);
  });

  it('every source has the same assets', () => {
    const live = [...tables.get('live')!.keys()].sort();
    expect(live).toEqual([CLOSED, OPEN, VPC, PRIVATE, PUBLIC].sort());
    for (const [name, t] of tables) expect([...t.keys()].sort(), name).toEqual(live);
  });

  it('the allUsers bucket fails and its private twin passes bucket-not-publicly-readable, in every source', () => {
    for (const [name, t] of tables) {
      expect(statusOf(t, PUBLIC, 'baseline.storage.bucket-not-publicly-readable'), name).toBe('fail');
      expect(statusOf(t, PRIVATE, 'baseline.storage.bucket-not-publicly-readable'), name).toBe('pass');
    }
  });

  it('the open firewall fails and its twin passes no-ssh-from-internet, in every source', () => {
    for (const [name, t] of tables) {
      expect(statusOf(t, OPEN, 'baseline.network.no-ssh-from-internet'), name).toBe('fail');
      expect(statusOf(t, CLOSED, 'baseline.network.no-ssh-from-internet'), name).toBe('pass');
    }
  });

  itMatchesLive(tables, { shape: SHAPE_EXPECTED, facets: FACET_EXPECTED, verdicts: EXPECTED });
});
