import { describe, expect, it } from 'vitest';
import { limiterKey, rateLimitFor } from './rate-limits.js';

describe('AWS rate limits', () => {
  it.each([
    ['ec2', 'DescribeInstances', false, 'ec2:unpaginated-describe', 50, 10],
    ['ec2', 'DescribeInstances', true, 'ec2:non-mutating', 100, 20],
    ['ec2', 'DescribeSnapshotAttribute', false, 'ec2:non-mutating', 100, 20],
    ['ec2', 'ModifyInstanceAttribute', false, 'ec2:mutating', 200, 5],
    ['lambda', 'GetPolicy', false, 'lambda:GetPolicy', 15, 15],
    ['lambda', 'ListFunctions', true, 'lambda:control-plane', 15, 15],
  ] as const)('%s %s (paginated %s) uses bucket %s', (service, op, paginated, category, capacity, refill) => {
    expect(rateLimitFor(service, op, paginated)).toMatchObject({ category, capacity, refillPerSecond: refill });
  });

  it('keys global services per account and regional ones per region', () => {
    expect(limiterKey('1', 'eu-west-1', rateLimitFor('iam', 'ListUsers', true), 'iam')).toBe('1/global/iam');
    expect(limiterKey('1', 'eu-west-1', rateLimitFor('ec2', 'DescribeVpcs', true), 'ec2')).toBe('1/eu-west-1/ec2:non-mutating');
  });
});
