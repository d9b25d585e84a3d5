import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { DATASET_TYPE, datasetsCollector } from './datasets.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo/gcp-bigquery.yaml', import.meta.url));
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

describe('gcp.bigquery.datasets collector', () => {
  it('reads every listed dataset with datasets.get: access entries and default encryption', async () => {
    const out = await collectGcp(estate, datasetsCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => `${a.account}/${a.region}/${a.name}`).sort()).toEqual(['parapet-demo-dev/us/sandbox', 'parapet-demo-prod/eu/analytics', 'parapet-demo-prod/europe-west1/public_exports']);
    const exports = out.assets.find((a) => a.name === 'public_exports')!;
    expect(exports).toMatchObject({ id: '//bigquery.googleapis.com/projects/parapet-demo-prod/datasets/public_exports', type: DATASET_TYPE, kind: 'database.dataset' });
    expect((exports.config.dataset as any).access).toContainEqual({ role: 'READER', specialGroup: 'allAuthenticatedUsers' });
    expect(exports.config.dataset).not.toHaveProperty('defaultEncryptionConfiguration');
    expect(out.assets.find((a) => a.name === 'analytics')!.config.dataset).toMatchObject({ defaultEncryptionConfiguration: { kmsKeyName: expect.stringMatching(/cryptoKeys\/app-data$/) } });
  });

  it('a denied datasets.get is a gap on that dataset, naming the call', async () => {
    const out = await collectGcp(estate, datasetsCollector, { faults: [{ account: 'parapet-demo-prod', service: 'bigquery', operation: 'bigquery.datasets.get', resource: 'analytics', effect: 'deny' }] });
    const analytics = out.assets.find((a) => a.name === 'analytics')!;
    expect(analytics.config).not.toHaveProperty('dataset');
    expect(analytics.gaps.dataset).toMatchObject({ provider: 'gcp', account: 'parapet-demo-prod', region: 'eu', service: 'bigquery', operation: 'bigquery.datasets.get', code: 'forbidden', resource: 'parapet-demo-prod:analytics' });
    expect(out.errors).toEqual([analytics.gaps.dataset]);
  });

  it('a denied listing leaves coverage incomplete', async () => {
    const out = await collectGcp(estate, datasetsCollector, { faults: [{ account: 'parapet-demo-dev', service: 'bigquery', operation: 'bigquery.datasets.list', effect: 'deny' }] });
    expect(out.coverage.find((c) => c.account === 'parapet-demo-dev')).toMatchObject({ ok: false, error: { service: 'bigquery', operation: 'bigquery.datasets.list', code: 'forbidden' } });
  });
});
