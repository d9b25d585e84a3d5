import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-no-default-service-account.js';
import { DEFAULT_SA, deniedVm, gkeNode, vm } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['dedicated service account', vm({ serviceAccounts: [{ email: 'app@parapet-fixture.iam.gserviceaccount.com', scopes: [] }] }), 'pass'],
    ['no service account', vm({}), 'pass'],
    ['default service account', vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [] }] }), 'fail'],
    ['GKE node with the default account', vm(gkeNode({ serviceAccounts: [{ email: DEFAULT_SA }] })), 'not_applicable'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
