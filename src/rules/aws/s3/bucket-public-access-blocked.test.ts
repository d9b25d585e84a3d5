import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-public-access-blocked.js';
import { ALL_ON, bucket } from './support/fixtures.js';

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['all four on passes', bucket({ publicAccessBlock: ALL_ON }), 'pass'],
    ['IgnorePublicAcls off fails', bucket({ publicAccessBlock: { ...ALL_ON, IgnorePublicAcls: false } }), 'fail'],
    ['only the Block* settings on fails', bucket({ publicAccessBlock: { BlockPublicAcls: true, BlockPublicPolicy: true } }), 'fail'],
    ['no configuration fails', bucket({ publicAccessBlock: null }), 'fail'],
    ['denied GetPublicAccessBlock is unknown', bucket({}, { publicAccessBlock: 'GetPublicAccessBlock' }), 'unknown'],
    ['not collected is unknown', bucket({}), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});
