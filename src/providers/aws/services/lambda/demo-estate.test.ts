import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/aws/lambda/index.js';
import { collectors } from './index.js';
import { mismatches, scanDemo } from './support/demo-scan.js';

describe('demo estate: Lambda', () => {
  it('prod us-east-1 shows each mistake failing next to its passing twin, and the denied policy as unknown', async () => {
    const scan = await scanDemo('lambda.yaml', collectors, rules, '222222222222', 'us-east-1');
    expect(
      mismatches(scan, [
        ['function-not-public', 'prod-orders-api', 'pass'],
        ['function-not-public', 'prod-image-resizer', 'pass'],
        ['function-not-public', 'prod-thumbnail-legacy', 'fail'],
        ['function-not-public', 'prod-public-webhook', 'fail'],
        ['function-not-public', 'prod-audit-export', 'unknown'],
        ['function-runtime-supported', 'prod-orders-api', 'pass'],
        ['function-runtime-supported', 'prod-thumbnail-legacy', 'fail'],
        ['function-runtime-supported', 'prod-public-webhook', 'fail'],
        ['function-runtime-supported', 'prod-report-renderer', 'not_applicable'],
        ['function-in-vpc', 'prod-orders-api', 'pass'],
        ['function-in-vpc', 'prod-thumbnail-legacy', 'fail'],
      ]),
    ).toEqual([]);
    expect(JSON.stringify(scan.assets)).not.toContain('Sup3r-s3cret!');
  });

  it('dev us-east-1: "*" limited to the organization passes, ruby3.2 fails', async () => {
    const scan = await scanDemo('lambda.yaml', collectors, rules, '333333333333', 'us-east-1');
    expect(mismatches(scan, [['function-not-public', 'dev-sandbox-fn', 'pass'], ['function-runtime-supported', 'dev-sandbox-fn', 'fail'], ['function-runtime-supported', 'dev-scratch', 'pass']])).toEqual([]);
  });
});
