import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './function-in-vpc.js';
import { deniedFunction, functionAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['attached to a VPC', { VpcConfig: { VpcId: 'vpc-0abc', SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] } }, 'pass'],
    ['no VpcConfig', {}, 'fail'],
    ['empty VpcConfig as ListFunctions reports it', { VpcConfig: { VpcId: '', SubnetIds: [], SecurityGroupIds: [] } }, 'fail'],
  ])('%s -> %s', (_name, fn, status) => {
    const v = runRule(rule, functionAsset(fn), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.function.VpcConfig.VpcId');
  });

  it('is unknown when the function listing failed', () => {
    expect(runRule(rule, deniedFunction('function', 'ListFunctions'), fixtureContext([])).status).toBe('unknown');
  });
});
