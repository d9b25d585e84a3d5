import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-ip-forwarding-disabled.js';
import { deniedVm, gkeNode, vm } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['canIpForward false', vm({ canIpForward: false }), 'pass'],
    ['canIpForward absent (API default false)', vm({}), 'pass'],
    ['canIpForward true', vm({ canIpForward: true }), 'fail'],
    ['GKE node forwarding', vm(gkeNode({ canIpForward: true })), 'not_applicable'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
