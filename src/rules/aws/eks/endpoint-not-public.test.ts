import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './endpoint-not-public.js';
import { clusterAsset, deniedCluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['private only', { endpointPublicAccess: false, endpointPrivateAccess: true }, 'pass'],
    ['public to the internet', { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }, 'fail'],
    ['public but restricted (Security Hub still fails it)', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }, 'fail'],
  ])('%s -> %s', (_name, resourcesVpcConfig, status) => {
    const v = runRule(rule, clusterAsset({ resourcesVpcConfig }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toMatchObject({ path: 'config.cluster.resourcesVpcConfig.endpointPublicAccess', observed: resourcesVpcConfig.endpointPublicAccess });
  });

  it('names the allowed CIDRs', () => {
    const v = runRule(rule, clusterAsset({ resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] } }), fixtureContext([]));
    expect(v.reason).toContain('203.0.113.0/24');
  });

  it('is unknown when DescribeCluster was denied or left the setting out', () => {
    expect(runRule(rule, deniedCluster(), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, clusterAsset({ resourcesVpcConfig: {} }), fixtureContext([])).status).toBe('unknown');
  });
});
