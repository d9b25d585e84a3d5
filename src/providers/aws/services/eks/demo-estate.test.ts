import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/aws/eks/index.js';
import { mismatches, scanDemo } from '../lambda/support/demo-scan.js';
import { collectors } from './index.js';

describe('demo estate: EKS', () => {
  it('prod us-east-1: the private, current, encrypted, audited cluster passes; the legacy one fails', async () => {
    const scan = await scanDemo('eks.yaml', collectors, rules, '222222222222', 'us-east-1');
    const rows: Array<[string, string, string]> = ['endpoint-not-public', 'endpoint-public-access-restricted', 'cluster-version-supported', 'secrets-encrypted', 'audit-logging-enabled'].flatMap((r) => [
      [r, 'prod-main', 'pass'] as [string, string, string],
      [r, 'prod-legacy', 'fail'] as [string, string, string],
    ]);
    expect(mismatches(scan, rows)).toEqual([]);
  });

  it('prod eu-west-1: a public endpoint limited to an office range fails EKS.1 only; extended support fails', async () => {
    const scan = await scanDemo('eks.yaml', collectors, rules, '222222222222', 'eu-west-1');
    expect(mismatches(scan, [['endpoint-not-public', 'prod-eu', 'fail'], ['endpoint-public-access-restricted', 'prod-eu', 'pass'], ['cluster-version-supported', 'prod-eu', 'fail']])).toEqual([]);
  });

  it('dev us-east-1: 1.34 is still in standard support on the demo day; the default endpoint and logging fail', async () => {
    const scan = await scanDemo('eks.yaml', collectors, rules, '333333333333', 'us-east-1');
    expect(mismatches(scan, [['cluster-version-supported', 'dev-sandbox', 'pass'], ['endpoint-public-access-restricted', 'dev-sandbox', 'fail'], ['audit-logging-enabled', 'dev-sandbox', 'fail']])).toEqual([]);
  });

  it('management us-east-1: a denied DescribeCluster leaves every rule unknown', async () => {
    const scan = await scanDemo('eks.yaml', collectors, rules, '111111111111', 'us-east-1');
    expect(rules.map((r) => scan.verdict(r.id.split('.').pop()!, 'mgmt-platform'))).toEqual(rules.map(() => 'unknown'));
  });
});
