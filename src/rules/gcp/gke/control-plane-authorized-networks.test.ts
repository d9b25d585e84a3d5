import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './control-plane-authorized-networks.js';
import { cluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['enabled with an office range', cluster({ masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '203.0.113.0/24' }] } }), 'pass'],
    ['reported under controlPlaneEndpointsConfig', cluster({ controlPlaneEndpointsConfig: { ipEndpointsConfig: { authorizedNetworksConfig: { enabled: true, cidrBlocks: [] } } } }), 'pass'],
    ['enabled but 0.0.0.0/0', cluster({ masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '0.0.0.0/0' }] } }), 'fail'],
    ['not configured', cluster({}), 'fail'],
    ['listing denied', cluster(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
