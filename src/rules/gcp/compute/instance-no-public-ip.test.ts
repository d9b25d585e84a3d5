import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-no-public-ip.js';
import { deniedVm, gkeNode, vm } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['internal only', vm({ networkInterfaces: [{ name: 'nic0', networkIP: '10.0.0.2' }] }), 'pass'],
    ['external NAT IP', vm({ networkInterfaces: [{ name: 'nic0', accessConfigs: [{ name: 'External NAT', natIP: '34.1.2.3', type: 'ONE_TO_ONE_NAT' }] }] }), 'fail'],
    ['stopped with an ephemeral external IP (no natIP)', vm({ networkInterfaces: [{ name: 'nic0', accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] }] }), 'fail'],
    ['GKE node', vm(gkeNode({ networkInterfaces: [{ accessConfigs: [{ natIP: '34.1.2.3' }] }] })), 'not_applicable'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
