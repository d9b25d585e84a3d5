import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './endpoint-public-access-restricted.js';
import { clusterAsset, deniedCluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['private only', { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] }, 'pass'],
    ['public to office ranges', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24', '198.51.100.7/32'] }, 'pass'],
    ['public to 0.0.0.0/0 (the default)', { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }, 'fail'],
    ['public to ::/0 next to an office range', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24', '::/0'] }, 'fail'],
  ])('%s -> %s', (_name, resourcesVpcConfig, status) => {
    const v = runRule(rule, clusterAsset({ resourcesVpcConfig }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when a public endpoint reports no CIDRs or DescribeCluster was denied', () => {
    expect(runRule(rule, clusterAsset({ resourcesVpcConfig: { endpointPublicAccess: true } }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, deniedCluster(), fixtureContext([])).status).toBe('unknown');
  });
});
