import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { GCP } from '../support/types.js';
import { rule } from './subnet-flow-logs-enabled.js';
import { denied, subnet } from './support/net-fixtures.js';

const FULL = { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1, metadata: 'INCLUDE_ALL_METADATA' };

describe(rule.id, () => {
  it.each([
    ['CIS settings', { purpose: 'PRIVATE', logConfig: FULL }, 'pass'],
    ['no purpose (PRIVATE) and CIS settings', { logConfig: FULL }, 'pass'],
    ['flow logs off', { logConfig: { enable: false } }, 'fail'],
    ['no logConfig at all', {}, 'fail'],
    ['half sampling', { logConfig: { ...FULL, flowSampling: 0.5 } }, 'fail'],
    ['metadata left at default (excluded)', { logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1 } }, 'fail'],
    ['1-minute aggregation', { logConfig: { ...FULL, aggregationInterval: 'INTERVAL_1_MIN' } }, 'fail'],
    ['filtered', { logConfig: { ...FULL, filterExpr: 'inIpRange(connection.src_ip, "10.0.0.0/8")' } }, 'fail'],
    ['legacy enableFlowLogs without the rest', { enableFlowLogs: true }, 'fail'],
    ['proxy-only subnet', { purpose: 'REGIONAL_MANAGED_PROXY' }, 'not_applicable'],
  ])('%s -> %s', (_n, s, status) => {
    expect(runRule(rule, subnet(s), fixtureContext([])).status).toBe(status);
  });

  it('is unknown when subnets could not be listed', () => {
    expect(runRule(rule, denied(GCP.subnetwork, 'subnetwork', 'compute.subnetworks.aggregatedList'), fixtureContext([])).status).toBe('unknown');
  });
});
