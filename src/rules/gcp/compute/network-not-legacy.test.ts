import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { GCP } from '../support/types.js';
import { rule } from './network-not-legacy.js';
import { denied, network } from './support/net-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['VPC network', network({ name: 'main', autoCreateSubnetworks: false, subnetworks: ['x'] }), 'pass'],
    ['legacy network', network({ name: 'old', IPv4Range: '10.240.0.0/16', gatewayIPv4: '10.240.0.1' }), 'fail'],
    ['network listing denied', denied(GCP.network, 'network', 'compute.networks.list'), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
