import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './alb-drops-invalid-headers.js';
import { lbAsset } from './support/fixtures.js';

const KEY = 'routing.http.drop_invalid_header_fields.enabled';

describe(rule.id, () => {
  it.each([
    ['ALB dropping invalid headers', lbAsset('application', { attributes: { [KEY]: 'true' } }), 'pass'],
    ['ALB with the default', lbAsset('application', { attributes: { [KEY]: 'false' } }), 'fail'],
    ['NLB', lbAsset('network', { attributes: {} }), 'not_applicable'],
    ['ALB whose attributes were denied', lbAsset('application', { attributes: null }), 'unknown'],
    ['ALB whose attributes lack the key', lbAsset('application', { attributes: { 'deletion_protection.enabled': 'true' } }), 'unknown'],
  ])('%s -> %s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (status === 'pass' || status === 'fail') expect(v.evidence[0]).toMatchObject({ path: `config.attributes.${KEY}`, expected: 'true' });
  });
});
