import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './lifecycle-policy-configured.js';
import { deniedRepo, repoAsset } from './support/fixtures.js';

const expireUntagged = { rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } };

describe(rule.id, () => {
  it.each([
    ['a policy with a rule', { rules: [expireUntagged] }, 'pass'],
    ['no lifecycle policy', null, 'fail'],
    ['a policy without rules', { rules: [] }, 'fail'],
  ])('%s -> %s', (_name, lifecycle, status) => {
    const v = runRule(rule, repoAsset({ lifecycle }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.lifecyclePolicy.rules');
  });

  it('is unknown when GetLifecyclePolicy was denied', () => {
    const v = runRule(rule, deniedRepo('lifecyclePolicy', 'GetLifecyclePolicy'), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetLifecyclePolicy');
  });
});
