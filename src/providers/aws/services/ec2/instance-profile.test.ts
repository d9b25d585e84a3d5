import type { Instance } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as profileAttached } from '../../../../rules/aws/ec2/instance-profile-attached.js';
import { instancesCollector } from './instances.js';
import { ACCOUNT, byName, ec2Estate } from './support/test-estate.js';

/** CIS 1.17 (aws.ec2.instance-profile-attached) on instances collected through the real SDK. */
const instance = (InstanceId: string, more: Partial<Instance> = {}): Instance => ({
  InstanceId,
  InstanceType: 't3.micro',
  State: { Code: 16, Name: 'running' },
  MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
  ...more,
});

describe('aws.ec2.instance-profile-attached on collected instances', () => {
  it('passes with an instance profile and fails without; a denied listing judges nothing', async () => {
    const estate = ec2Estate({
      instances: [
        instance('i-0aaa00000000000a1', { IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`, Id: 'AIPAEXAMPLE0000000001' } }),
        instance('i-0aaa00000000000a2', { State: { Code: 80, Name: 'stopped' } }),
      ],
    });
    const out = await collectFrom(estate, instancesCollector);
    const ctx = fixtureContext(out.assets);
    expect(runRule(profileAttached, byName(out.assets, 'i-0aaa00000000000a1'), ctx)).toMatchObject({ status: 'pass', reason: expect.stringContaining('instance profile app') });
    expect(runRule(profileAttached, byName(out.assets, 'i-0aaa00000000000a2'), ctx).status).toBe('fail');

    const denied = await collectFrom(estate, instancesCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeInstances' }] });
    // Nothing collected is nothing judged: no instance is reported as passing.
    expect(denied.assets).toEqual([]);
    expect(denied.errors[0]).toMatchObject({ service: 'ec2', operation: 'DescribeInstances', code: 'UnauthorizedOperation' });
  });
});
