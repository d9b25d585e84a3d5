/**
 * End to end: AWS, Azure and GCP demo estates collected through the real SDKs against the simulators (the
 * runtimes derive facets), and baseline rules run on the result. Proves the derivations read what the
 * collectors actually store (not only hand-written fixtures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../core/asset.js';
import { runRule, type Rule } from '../../core/rule.js';
import { loadEstate } from '../../../sim/aws/estate-loader.js';
import { collectAzure, demoEstate } from '../../../test/support/azure.js';
import { fixtureContext } from '../../../test/support/assets.js';
import { collectGcp } from '../../../test/support/gcp.js';
import { azureCollectors } from '../../providers/azure/services/index.js';
import { gcpCollectors } from '../../providers/gcp/services/index.js';
import { rule as notPublic } from './storage/bucket-not-publicly-readable.js';
import { rule as noSsh } from './network/no-ssh-from-internet.js';
import { rule as dbNotPublic } from './database/not-publicly-accessible.js';
import { rule as auditTrail } from './logging/audit-trail-all-regions.js';
import { rule as tlsRequired } from './database/tls-required.js';
import { rule as apiNotPublic } from './container/cluster-api-not-public.js';
import { rule as keyExpiry } from './crypto/key-expiry-set.js';
import { rule as notPublicWrite } from './storage/bucket-not-publicly-writable.js';
import { rule as awsNotPublicRead } from '../aws/s3/bucket-not-publicly-readable.js';
import { rule as awsNotPublicWrite } from '../aws/s3/bucket-not-publicly-writable.js';
import { awsCollectorsByService } from '../../providers/aws/services/index.js';
import { startSimulator } from '../../../sim/aws/server.js';
import { scanWith } from '../../../test/support/aws.js';

let assets: Asset[] = [];
const named = (type: string, name: string) => {
  const a = assets.find((x) => x.type === type && x.name === name);
  if (!a) throw new Error(`${type} ${name} was not collected`);
  return a;
};
const verdict = (rule: Rule, a: Asset) => runRule(rule, a, fixtureContext(assets)).status;

beforeAll(async () => {
  const az = await collectAzure(await demoEstate(), azureCollectors);
  const gcp = await collectGcp(await loadEstate('sim/estates/demo'), gcpCollectors, { keepProjects: true });
  // The discovery runtimes derive facets before handing assets over: nothing is applied here.
  assets = [...az.subscriptions, ...az.assets, ...gcp.assets];
}, 120_000);

describe('baseline rules on the collected Azure and GCP demo estates', () => {
  it('judges blob containers and GCS buckets on their collected configuration', () => {
    expect(verdict(notPublic, named('Microsoft.Storage/storageAccounts/blobServices/containers', 'stparapetweb/public-assets'))).toBe('fail');
    expect(verdict(notPublic, named('Microsoft.Storage/storageAccounts/blobServices/containers', 'stparapetsecure/audit-logs'))).toBe('pass');
    expect(verdict(notPublic, named('storage.googleapis.com/Bucket', 'parapet-demo-prod-public-assets'))).toBe('fail');
    expect(verdict(notPublic, named('storage.googleapis.com/Bucket', 'parapet-demo-prod-customer-data'))).toBe('pass');
  });

  it('judges NSGs and VPC firewall rules alike', () => {
    expect(verdict(noSsh, named('Microsoft.Network/networkSecurityGroups', 'nsg-web-corp'))).toBe('pass');
    expect(verdict(noSsh, named('compute.googleapis.com/Firewall', 'prod-allow-admin-anywhere'))).toBe('fail');
    expect(verdict(noSsh, named('compute.googleapis.com/Firewall', 'prod-allow-admin-iap'))).toBe('pass');
  });

  it('judges Azure databases, clusters, keys and the subscription audit trail', () => {
    expect(verdict(dbNotPublic, named('Microsoft.Sql/servers', 'sql-parapet-legacy'))).toBe('fail');
    expect(verdict(dbNotPublic, named('Microsoft.Sql/servers', 'sql-parapet-secure'))).toBe('pass');
    expect(verdict(tlsRequired, named('Microsoft.DBforPostgreSQL/flexibleServers', 'psql-parapet-legacy'))).toBe('fail');
    expect(verdict(tlsRequired, named('Microsoft.DBforMySQL/flexibleServers', 'mysql-parapet-secure'))).toBe('pass');
    expect(verdict(apiNotPublic, named('Microsoft.ContainerService/managedClusters', 'aks-parapet-dev'))).toBe('fail');
    expect(verdict(apiNotPublic, named('Microsoft.ContainerService/managedClusters', 'aks-parapet-prod'))).toBe('pass');
    expect(verdict(keyExpiry, named('Microsoft.KeyVault/vaults/keys', 'kv-parapet-legacy/app-signing'))).toBe('fail');
    expect(verdict(keyExpiry, named('Microsoft.KeyVault/vaults/keys', 'kv-parapet-secure/storage-cmk'))).toBe('pass');
    const setting = named('Microsoft.Insights/diagnosticSettings', 'activity-to-law');
    const sub = assets.find((a) => a.kind === 'account' && a.provider === 'azure' && a.account === setting.account);
    expect(sub && verdict(auditTrail, sub)).toBe('pass');
  });

  it('judges Cloud SQL instances and the project audit trail', () => {
    expect(verdict(dbNotPublic, named('sqladmin.googleapis.com/Instance', 'orders-db-legacy'))).toBe('fail');
    expect(verdict(dbNotPublic, named('sqladmin.googleapis.com/Instance', 'orders-db'))).toBe('pass');
    const sink = named('logging.googleapis.com/LogSink', 'all-logs-archive');
    const project = assets.find((a) => a.kind === 'account' && a.provider === 'gcp' && a.account === sink.account);
    expect(project).toBeDefined();
    expect(verdict(auditTrail, project as Asset)).toBe('pass');
    // The dev project has only the built-in _Required/_Default sinks.
    const dev = assets.find((a) => a.kind === 'account' && a.provider === 'gcp' && a.account !== sink.account);
    expect(dev && verdict(auditTrail, dev)).toBe('fail');
  });

  it('AWS: facets derive without bugs, and on S3 the baseline verdict equals the AWS rules\' effective-access verdict, bucket by bucket', async () => {
    const sim = await startSimulator({ estate: await loadEstate('sim/estates/demo') });
    try {
      const services = ['s3', 'ec2', 'rds', 'kms', 'cloudtrail', 'iam', 'eks', 'secretsmanager'];
      const aws = await scanWith(sim, services.flatMap((svc) => awsCollectorsByService[svc] ?? []), { org: true });
      const derivationBugs = aws.assets.flatMap((a) => Object.entries(a.gaps).filter(([k, g]) => k.startsWith('facets.') && g.code === 'DerivationFailed').map(([k, g]) => `${a.id} ${k}: ${g.message}`));
      expect(derivationBugs).toEqual([]);
      expect(new Set(aws.assets.filter((a) => Object.keys(a.facets).length).map((a) => a.type)).size).toBeGreaterThanOrEqual(10);
      const ctx = fixtureContext(aws.assets);
      const buckets = aws.assets.filter((a) => a.type === 'AWS::S3::Bucket');
      expect(buckets.length).toBeGreaterThan(8);
      const pairs = buckets.map((b) => ({
        bucket: b.name,
        read: [runRule(awsNotPublicRead, b, ctx).status, runRule(notPublic, b, ctx).status],
        write: [runRule(awsNotPublicWrite, b, ctx).status, runRule(notPublicWrite, b, ctx).status],
      }));
      for (const p of pairs) {
        expect(p.read[1], `${p.bucket} read`).toBe(p.read[0]);
        expect(p.write[1], `${p.bucket} write`).toBe(p.write[0]);
      }
      // The estate has public buckets of both kinds, so the comparison is not vacuous.
      expect(pairs.some((p) => p.read[0] === 'fail')).toBe(true);
      expect(pairs.some((p) => p.write[0] === 'fail')).toBe(true);
    } finally {
      await sim.close();
    }
  }, 120_000);

  it('every derived facet gap names the failed call; no derivation crashed', () => {
    for (const a of assets) for (const [k, g] of Object.entries(a.gaps)) if (k.startsWith('facets.')) expect(g.code, `${a.id} ${k}: ${g.message}`).not.toBe('DerivationFailed');
    expect(assets.filter((a) => Object.keys(a.facets).length > 0).length).toBeGreaterThan(30);
  });
});
