import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { isAdminRole, rule } from './service-accounts-no-admin-roles.js';
import { projectDenied, projectWith } from './support/fixtures.js';

const SA = 'serviceAccount:app@parapet-fixture.iam.gserviceaccount.com';

describe(rule.id, () => {
  it.each([
    ['viewer roles only', [{ role: 'roles/storage.objectViewer', members: [SA] }], 'pass'],
    ['a user (not a service account) is owner', [{ role: 'roles/owner', members: ['user:alice@example.com'] }], 'pass'],
    ['the default compute SA has editor (out of CIS scope)', [{ role: 'roles/editor', members: ['serviceAccount:123456789012-compute@developer.gserviceaccount.com'] }], 'pass'],
    ['user-created SA is editor', [{ role: 'roles/editor', members: [SA] }], 'fail'],
    ['user-created SA is owner', [{ role: 'roles/owner', members: ['user:a@example.com', SA] }], 'fail'],
    ['user-created SA has storage.admin', [{ role: 'roles/storage.admin', members: [SA] }], 'fail'],
    ['user-created SA has a custom *Admin role', [{ role: 'projects/parapet-fixture/roles/networkAdmin', members: [SA] }], 'fail'],
    ['no bindings at all', [], 'pass'],
  ] as const)('%s -> %s', (_n, bindings, status) => {
    const v = runRule(rule, projectWith([...bindings].map((b) => ({ role: b.role, members: [...b.members] }))), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when the IAM policy could not be read', () => {
    const v = runRule(rule, projectDenied(), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('getIamPolicy');
  });

  it('recognizes admin roles by name', () => {
    expect(isAdminRole('roles/iam.securityAdmin')).toBe(true);
    expect(isAdminRole('roles/iam.securityReviewer')).toBe(false);
  });
});
