import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './no-project-level-service-account-user-roles.js';
import { projectDenied, projectWith } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['other roles only', 'roles/viewer', 'pass'],
    ['Service Account User at project level', 'roles/iam.serviceAccountUser', 'fail'],
    ['Token Creator at project level', 'roles/iam.serviceAccountTokenCreator', 'fail'],
  ])('%s -> %s', (_n, role, status) => {
    const v = runRule(rule, projectWith([{ role, members: ['user:dev@example.com'] }]), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown without the IAM policy', () => {
    expect(runRule(rule, projectDenied(), fixtureContext([])).status).toBe('unknown');
  });
});
