import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './service-account-roles-separated.js';
import { projectDenied, projectWith } from './support/fixtures.js';

const ADMIN = 'roles/iam.serviceAccountAdmin';
const USER = 'roles/iam.serviceAccountUser';

describe(rule.id, () => {
  it.each([
    ['different principals', [{ role: ADMIN, members: ['user:a@example.com'] }, { role: USER, members: ['user:b@example.com'] }], 'pass'],
    ['same principal holds both', [{ role: ADMIN, members: ['user:a@example.com'] }, { role: USER, members: ['group:g@example.com', 'user:a@example.com'] }], 'fail'],
  ])('%s -> %s', (_n, bindings, status) => {
    const v = runRule(rule, projectWith(bindings), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('names the principal holding both', () => {
    const v = runRule(rule, projectWith([{ role: ADMIN, members: ['user:a@example.com'] }, { role: USER, members: ['user:a@example.com'] }]), fixtureContext([]));
    expect(v.reason).toContain('user:a@example.com');
  });

  it('is unknown without the IAM policy', () => {
    expect(runRule(rule, projectDenied(), fixtureContext([])).status).toBe('unknown');
  });
});
