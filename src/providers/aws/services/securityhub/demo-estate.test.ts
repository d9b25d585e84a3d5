import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/securityhub/enabled-in-region.js';
import { scanDemo } from '../cloudtrail/demo-scan.js';
import { collectors } from './index.js';

describe('demo estate: Security Hub', () => {
  it('enabled regions pass, prod eu-west-1 fails, and the denied DescribeHub in dev is unknown', async () => {
    const scan = await scanDemo(['securityhub.yaml'], collectors);
    expect(scan.errors).toEqual([expect.objectContaining({ account: '333333333333', region: 'us-east-1', service: 'securityhub', operation: 'DescribeHub', code: 'AccessDeniedException' })]);
    const verdict = (account: string, region: string) => runRule(rule, scan.region(account, region), scan.ctx).status;
    expect({
      mgmtEast: verdict('111111111111', 'us-east-1'),
      mgmtEu: verdict('111111111111', 'eu-west-1'),
      prodEast: verdict('222222222222', 'us-east-1'),
      prodEu: verdict('222222222222', 'eu-west-1'),
      dev: verdict('333333333333', 'us-east-1'),
    }).toEqual({ mgmtEast: 'pass', mgmtEu: 'pass', prodEast: 'pass', prodEu: 'fail', dev: 'unknown' });
  });
});
