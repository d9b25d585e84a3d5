import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { LambdaFunctionEntry } from '../../../../../sim/aws/services/lambda.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as notPublic } from '../../../../rules/aws/lambda/function-not-public.js';
import { rule as runtimeSupported } from '../../../../rules/aws/lambda/function-runtime-supported.js';
import { functionsCollector, makeFunctionsCollector } from './functions.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from './support/test-estate.js';

const estate = (functions: LambdaFunctionEntry[]) => regionalEstate('lambda', { functions });
const PUBLIC = [{ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' }];

describe('aws.lambda.functions collector', () => {
  it('pages through ListFunctions and reads every policy once', async () => {
    const sim = await startSimulator({ estate: estate(names('fn', 12).map((FunctionName) => ({ FunctionName }))) });
    try {
      const out = await scanWith(sim, [makeFunctionsCollector({ pageSize: 5 })]);
      expect(out.errors).toEqual([]);
      expect(out.assets.map((a) => a.name)).toEqual(names('fn', 12));
      expect(sim.stats().byOperation['lambda:ListFunctions']).toBe(3);
      expect(sim.stats().byOperation['lambda:GetPolicy']).toBe(12);
    } finally {
      await sim.close();
    }
  });

  it('keeps environment variable names, never their values, and parses the policy', async () => {
    const out = await collectFrom(
      estate([
        { FunctionName: 'api', Runtime: 'nodejs16.x', Environment: { Variables: { DB_PASSWORD: 'hunter2', STAGE: 'prod' } }, VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] }, Policy: PUBLIC },
        { FunctionName: 'worker', Runtime: 'python3.13' },
      ]),
      functionsCollector,
    );
    expect(out.errors).toEqual([]);
    const api = byName(out.assets, 'api');
    expect(api).toMatchObject({ id: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:api`, type: 'AWS::Lambda::Function', kind: 'compute.function', region: REGION });
    expect(api.config.function).toMatchObject({ Runtime: 'nodejs16.x', Environment: { VariableNames: ['DB_PASSWORD', 'STAGE'] }, VpcConfig: { VpcId: 'vpc-1' } });
    expect(JSON.stringify(api)).not.toContain('hunter2');
    expect(api.config.policy).toMatchObject({ Statement: [{ Sid: 'anyone', Principal: '*' }] });
    expect(byName(out.assets, 'worker').config.policy).toBeNull();

    const ctx = fixtureContext(out.assets);
    expect(runRule(notPublic, api, ctx).status).toBe('fail');
    expect(runRule(notPublic, byName(out.assets, 'worker'), ctx).status).toBe('pass');
    expect(runRule(runtimeSupported, api, ctx).status).toBe('fail');
    expect(runRule(runtimeSupported, byName(out.assets, 'worker'), ctx).status).toBe('pass');
  });

  it('a denied GetPolicy leaves a gap on that function and the public-access rule unknown', async () => {
    const out = await collectFrom(estate([{ FunctionName: 'a', Policy: PUBLIC }, { FunctionName: 'b' }]), functionsCollector, {
      faults: [{ effect: 'deny', service: 'lambda', operation: 'GetPolicy', resource: 'a' }],
    });
    const a = byName(out.assets, 'a');
    expect(a.config).not.toHaveProperty('policy');
    expect(a.gaps.policy).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'lambda', operation: 'GetPolicy', code: 'AccessDeniedException', resource: 'a' });
    expect(out.errors).toEqual([a.gaps.policy]);
    expect(byName(out.assets, 'b').config.policy).toBeNull();
    expect(runRule(notPublic, a, fixtureContext(out.assets)).status).toBe('unknown');
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.lambda.functions', ok: true })]);
  });

  it('a policy that is not JSON becomes a gap, not a guess', async () => {
    const out = await collectFrom(estate([{ FunctionName: 'odd', Policy: '{not json' }]), functionsCollector);
    expect(byName(out.assets, 'odd').gaps.policy).toMatchObject({ code: 'MalformedPolicyDocument', operation: 'GetPolicy', resource: 'odd' });
  });
});
