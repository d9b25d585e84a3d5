import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/aws/ecr/index.js';
import { mismatches, scanDemo } from '../lambda/support/demo-scan.js';
import { collectors } from './index.js';

describe('demo estate: ECR', () => {
  it('prod us-east-1 shows each mistake failing next to its passing twin, and the denied lifecycle policy as unknown', async () => {
    const scan = await scanDemo('ecr.yaml', collectors, rules, '222222222222', 'us-east-1');
    expect(
      mismatches(scan, [
        ['image-scanning-enabled', 'prod/orders-api', 'pass'],
        ['image-scanning-enabled', 'legacy/batch-jobs', 'fail'],
        ['tag-immutability-enabled', 'prod/orders-api', 'pass'],
        ['tag-immutability-enabled', 'legacy/batch-jobs', 'fail'],
        ['lifecycle-policy-configured', 'prod/orders-api', 'pass'],
        ['lifecycle-policy-configured', 'legacy/batch-jobs', 'fail'],
        ['lifecycle-policy-configured', 'prod/payments-api', 'unknown'],
        ['repository-policy-not-public', 'prod/orders-api', 'pass'],
        ['repository-policy-not-public', 'prod/public-sdk', 'fail'],
        ['repository-policy-not-public', 'legacy/batch-jobs', 'pass'],
      ]),
    ).toEqual([]);
  });

  it('dev us-east-1: basic scan on push passes; "*" with ecr:* fails', async () => {
    const scan = await scanDemo('ecr.yaml', collectors, rules, '333333333333', 'us-east-1');
    expect(mismatches(scan, [['image-scanning-enabled', 'dev/sandbox', 'pass'], ['repository-policy-not-public', 'dev/sandbox', 'fail'], ['tag-immutability-enabled', 'dev/sandbox', 'fail']])).toEqual([]);
  });
});
