import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './cluster-version-supported.js';
import { clusterAsset, deniedCluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['1.35', '2026-11-29', 'pass', 'standard support until 2027-03-27'],
    ['1.34', '2026-11-29', 'pass', 'until 2026-12-02'],
    ['1.34', '2026-12-02', 'fail', 'left standard support on 2026-12-02'],
    ['1.33', '2026-11-29', 'fail', 'extended support (billed) ends 2027-07-29'],
    ['1.31', '2026-11-29', 'fail', 'past the end of EKS support (2026-11-26)'],
    ['1.24', '2026-11-29', 'fail', 'past the end of EKS support'],
    ['1.37', '2026-11-29', 'pass', 'newer than every version'],
  ])('%s on %s -> %s', (version, day, status, reason) => {
    const v = runRule(rule, clusterAsset({ version }, `${day}T00:00:00.000Z`), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.reason).toContain(reason);
    expect(v.evidence[0]).toMatchObject({ path: 'config.cluster.version', observed: version });
  });

  it('compares minor versions numerically (1.4 is older than 1.35)', () => {
    expect(runRule(rule, clusterAsset({ version: '1.4' }), fixtureContext([])).status).toBe('fail');
  });

  it('is unknown without a readable version or when DescribeCluster was denied', () => {
    expect(runRule(rule, clusterAsset({ version: undefined }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, clusterAsset({ version: 'latest' }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, deniedCluster(), fixtureContext([])).status).toBe('unknown');
  });
});
