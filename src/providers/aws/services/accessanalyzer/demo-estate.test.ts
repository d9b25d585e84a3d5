import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/accessanalyzer/enabled-in-region.js';
import { scanDemo } from '../cloudtrail/demo-scan.js';
import { collectors } from './index.js';

describe('demo estate: IAM Access Analyzer', () => {
  it('organization and account analyzers pass; unused-access only and a FAILED analyzer fail', async () => {
    const scan = await scanDemo(['accessanalyzer.yaml'], collectors);
    expect(scan.errors).toEqual([]);
    const verdict = (account: string, region: string) => runRule(rule, scan.region(account, region), scan.ctx).status;
    expect({
      mgmtEast: verdict('111111111111', 'us-east-1'),
      mgmtEu: verdict('111111111111', 'eu-west-1'),
      prodEast: verdict('222222222222', 'us-east-1'),
      prodEu: verdict('222222222222', 'eu-west-1'),
      dev: verdict('333333333333', 'us-east-1'),
    }).toEqual({ mgmtEast: 'pass', mgmtEu: 'pass', prodEast: 'pass', prodEu: 'fail', dev: 'fail' });
  });
});
