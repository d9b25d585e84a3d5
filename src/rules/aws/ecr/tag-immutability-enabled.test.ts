import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { deniedRepo, repoAsset } from './support/fixtures.js';
import { rule } from './tag-immutability-enabled.js';

describe(rule.id, () => {
  it.each([
    ['IMMUTABLE', {}, 'pass'],
    ['IMMUTABLE_WITH_EXCLUSION', { imageTagMutabilityExclusionFilters: [{ filter: 'latest', filterType: 'WILDCARD' as const }] }, 'pass'],
    ['MUTABLE', {}, 'fail'],
    ['MUTABLE_WITH_EXCLUSION', { imageTagMutabilityExclusionFilters: [{ filter: 'release-*', filterType: 'WILDCARD' as const }] }, 'fail'],
  ])('%s -> %s', (mode, extra, status) => {
    const v = runRule(rule, repoAsset({ repository: { imageTagMutability: mode as never, ...extra } }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toMatchObject({ path: 'config.repository.imageTagMutability', observed: mode });
  });

  it('names the excluded tags', () => {
    const v = runRule(rule, repoAsset({ repository: { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filter: 'latest', filterType: 'WILDCARD' }] } }), fixtureContext([]));
    expect(v.reason).toContain('latest');
  });

  it('is unknown without the setting or when the repository was not collected', () => {
    expect(runRule(rule, repoAsset({ repository: { imageTagMutability: undefined } }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, deniedRepo('repository', 'DescribeRepositories'), fixtureContext([])).status).toBe('unknown');
  });
});
