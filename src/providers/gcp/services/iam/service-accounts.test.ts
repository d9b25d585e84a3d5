import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { seededRng } from '../../../../../sim/aws/rng.js';
import { iam } from '../../../../../sim/gcp/services/iam.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { SERVICE_ACCOUNT_TYPE, serviceAccountsCollector } from './service-accounts.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo/gcp-iam.yaml', import.meta.url));
const CI = 'ci-deployer@parapet-demo-prod.iam.gserviceaccount.com';
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

describe('gcp.iam.service-accounts collector', () => {
  it('lists service accounts with their user- and system-managed keys', async () => {
    const out = await collectGcp(estate, serviceAccountsCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets).toHaveLength(5);
    const ci = out.assets.find((a) => a.name === CI)!;
    expect(ci).toMatchObject({ id: '//iam.googleapis.com/projects/parapet-demo-prod/serviceAccounts/104000000000000000001', account: 'parapet-demo-prod', region: 'global', type: SERVICE_ACCOUNT_TYPE, kind: 'identity.service-account' });
    expect(ci.config.serviceAccount).toMatchObject({ email: CI, uniqueId: '104000000000000000001', disabled: false });
    const keys = ci.config.keys as Array<{ keyType: string; validAfterTime: string; name: string }>;
    expect(keys.map((k) => k.keyType).sort()).toEqual(['SYSTEM_MANAGED', 'USER_MANAGED']);
    expect(keys.find((k) => k.keyType === 'USER_MANAGED')).toMatchObject({ validAfterTime: '2025-06-10T09:12:00Z', name: `projects/parapet-demo-prod/serviceAccounts/${CI}/keys/3f1e2d4c5b6a79880011223344556677aabbccdd` });
    const runtime = out.assets.find((a) => a.name.startsWith('app-runtime@'))!;
    expect((runtime.config.keys as Array<{ keyType: string }>).map((k) => k.keyType)).toEqual(['SYSTEM_MANAGED']);
  });

  it('a denied keys call is a gap on that account only, with the error naming the call', async () => {
    const out = await collectGcp(estate, serviceAccountsCollector, {
      faults: [{ account: 'parapet-demo-prod', service: 'iam', operation: 'iam.projects.serviceAccounts.keys.list', resource: CI, effect: 'deny' }],
    });
    const ci = out.assets.find((a) => a.name === CI)!;
    expect(ci.config).not.toHaveProperty('keys');
    expect(ci.gaps.keys).toMatchObject({ provider: 'gcp', account: 'parapet-demo-prod', region: 'global', service: 'iam', operation: 'iam.projects.serviceAccounts.keys.list', code: 'forbidden', resource: CI });
    expect(out.assets.filter((a) => a.gaps.keys)).toHaveLength(1);
    expect(out.errors).toEqual([ci.gaps.keys]);
  });

  it('a denied listing leaves coverage incomplete', async () => {
    const out = await collectGcp(estate, serviceAccountsCollector, { faults: [{ account: 'parapet-demo-prod', service: 'iam', operation: 'iam.projects.serviceAccounts.list', effect: 'deny' }] });
    expect(out.assets.map((a) => a.account)).toEqual(['parapet-demo-dev']);
    expect(out.coverage.find((c) => c.account === 'parapet-demo-prod')).toMatchObject({ ok: false, error: { service: 'iam', operation: 'iam.projects.serviceAccounts.list', code: 'forbidden' } });
  });

  it('follows pageToken across pages (100 accounts a page)', async () => {
    const project = { projectId: 'bench-iam-project', projectNumber: '500000000009', resources: {} as Record<string, any[]> };
    iam.generate!(project, 230, seededRng(1), ['europe-west1']);
    const out = await collectGcp({ accounts: [], gcp: { projects: [project] } }, serviceAccountsCollector);
    expect(out.errors).toEqual([]);
    expect(new Set(out.assets.map((a) => a.id)).size).toBe(230);
  });
});
