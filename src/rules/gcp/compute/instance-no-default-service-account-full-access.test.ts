import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-no-default-service-account-full-access.js';
import { DEFAULT_SA, deniedVm, gkeNode, vm } from './support/fixtures.js';

const FULL = 'https://www.googleapis.com/auth/cloud-platform';

describe(rule.id, () => {
  it.each([
    ['default account with default scopes', vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: ['https://www.googleapis.com/auth/devstorage.read_only'] }] }), 'pass'],
    ['dedicated account with cloud-platform', vm({ serviceAccounts: [{ email: 'app@parapet-fixture.iam.gserviceaccount.com', scopes: [FULL] }] }), 'pass'],
    ['default account with cloud-platform', vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [FULL] }] }), 'fail'],
    ['GKE node', vm(gkeNode({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [FULL] }] })), 'not_applicable'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (status === 'pass' || status === 'fail') expect(v.evidence.length).toBeGreaterThan(0);
  });
});
