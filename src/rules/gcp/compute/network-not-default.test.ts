import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { GCP } from '../support/types.js';
import { rule } from './network-not-default.js';
import { denied, network } from './support/net-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['custom network', network({ name: 'main', autoCreateSubnetworks: false }), 'pass'],
    ['the default network', network({ name: 'default', autoCreateSubnetworks: true }), 'fail'],
    ['network listing denied', denied(GCP.network, 'network', 'compute.networks.list'), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
