import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './control-plane-private-endpoint.js';
import { cluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['public endpoint disabled', cluster({ controlPlaneEndpointsConfig: { ipEndpointsConfig: { enabled: true, enablePublicEndpoint: false } } }), 'pass'],
    ['legacy private endpoint flag', cluster({ privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true } }), 'pass'],
    ['private nodes but public endpoint', cluster({ privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false, publicEndpoint: '34.1.2.3' } }), 'fail'],
    ['public cluster', cluster({ controlPlaneEndpointsConfig: { ipEndpointsConfig: { enabled: true, enablePublicEndpoint: true } } }), 'fail'],
    ['listing denied', cluster(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
