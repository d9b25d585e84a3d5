import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { SQL_INSTANCE_TYPE, sqlInstancesCollector } from './instances.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo/gcp-sql.yaml', import.meta.url));
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

describe('gcp.sqladmin.instances collector', () => {
  it('lists every instance of every project with its settings in the `instance` aspect', async () => {
    const out = await collectGcp(estate, sqlInstancesCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => `${a.account}/${a.name}`).sort()).toEqual(['parapet-demo-dev/dev-mysql', 'parapet-demo-prod/orders-db', 'parapet-demo-prod/orders-db-legacy']);
    const legacy = out.assets.find((a) => a.name === 'orders-db-legacy')!;
    expect(legacy).toMatchObject({
      id: '//cloudsql.googleapis.com/projects/parapet-demo-prod/instances/orders-db-legacy',
      provider: 'gcp',
      account: 'parapet-demo-prod',
      region: 'europe-west1',
      type: SQL_INSTANCE_TYPE,
      kind: 'database.instance',
      tags: { env: 'prod', team: 'orders' },
    });
    const instance = legacy.config.instance as any;
    expect(instance.databaseVersion).toBe('POSTGRES_12');
    expect(instance.settings.ipConfiguration).toMatchObject({ ipv4Enabled: true, requireSsl: false, authorizedNetworks: [{ value: '0.0.0.0/0' }] });
    expect(instance.settings.backupConfiguration.enabled).toBe(false);
    expect(instance.settings.databaseFlags).toContainEqual({ name: 'log_connections', value: 'off' });
    const good = out.assets.find((a) => a.name === 'orders-db')!.config.instance as any;
    expect(good.diskEncryptionConfiguration.kmsKeyName).toMatch(/cryptoKeys\/app-data$/);
    expect(good.settings.ipConfiguration.sslMode).toBe('TRUSTED_CLIENT_CERTIFICATE_REQUIRED');
    expect(out.coverage.filter((c) => c.collector === 'gcp.sqladmin.instances').every((c) => c.ok)).toBe(true);
  });

  it('a denied listing leaves that project\'s coverage incomplete and names the call', async () => {
    const out = await collectGcp(estate, sqlInstancesCollector, { faults: [{ account: 'parapet-demo-dev', service: 'sqladmin', operation: 'sql.instances.list', effect: 'deny' }] });
    expect(out.assets.map((a) => a.name).sort()).toEqual(['orders-db', 'orders-db-legacy']);
    const dev = out.coverage.find((c) => c.account === 'parapet-demo-dev' && c.collector === 'gcp.sqladmin.instances');
    expect(dev).toMatchObject({ ok: false, error: { provider: 'gcp', account: 'parapet-demo-dev', region: 'global', service: 'sqladmin', operation: 'sql.instances.list', code: 'forbidden' } });
    expect(out.coverage.find((c) => c.account === 'parapet-demo-prod' && c.collector === 'gcp.sqladmin.instances')?.ok).toBe(true);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'gcp', account: 'parapet-demo-dev', service: 'sqladmin', operation: 'sql.instances.list', code: 'forbidden' })]);
  });
});
