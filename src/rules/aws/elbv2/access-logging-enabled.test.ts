import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './access-logging-enabled.js';
import { lbAsset } from './support/fixtures.js';

const KEY = 'access_logs.s3.enabled';

describe(rule.id, () => {
  it.each([
    ['ALB logging to S3', lbAsset('application', { attributes: { [KEY]: 'true', 'access_logs.s3.bucket': 'logs' } }), 'pass'],
    ['ALB without logs', lbAsset('application', { attributes: { [KEY]: 'false' } }), 'fail'],
    ['gateway load balancer', lbAsset('gateway', { attributes: {} }), 'not_applicable'],
    ['ALB whose attributes were denied', lbAsset('application', { attributes: null }), 'unknown'],
  ])('%s -> %s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (status === 'unknown') expect(v.reason).toContain('DescribeLoadBalancerAttributes');
  });
});
