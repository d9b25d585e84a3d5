import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './deletion-protection-enabled.js';
import { lbAsset } from './support/fixtures.js';

const KEY = 'deletion_protection.enabled';

describe(rule.id, () => {
  it.each([
    ['protected ALB', lbAsset('application', { attributes: { [KEY]: 'true' } }), 'pass'],
    ['protected gateway load balancer', lbAsset('gateway', { attributes: { [KEY]: 'true' } }), 'pass'],
    ['unprotected NLB', lbAsset('network', { attributes: { [KEY]: 'false' } }), 'fail'],
    ['attributes denied', lbAsset('network', { attributes: null }), 'unknown'],
  ])('%s -> %s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});
