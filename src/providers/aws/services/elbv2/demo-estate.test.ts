import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/aws/elbv2/index.js';
import { mismatches, scanDemo } from '../lambda/support/demo-scan.js';
import { collectors } from './index.js';

describe('demo estate: ELBv2', () => {
  it('prod us-east-1 shows each mistake failing next to its passing twin', async () => {
    const scan = await scanDemo('elbv2.yaml', collectors, rules, '222222222222', 'us-east-1');
    const everyRule = rules.map((r) => r.id.split('.').pop()!);
    expect(
      mismatches(scan, [
        ...everyRule.map((r): [string, string, string] => [r, 'prod-web-alb', 'pass']),
        ...everyRule.map((r): [string, string, string] => [r, 'prod-legacy-alb', 'fail']),
        ['listener-tls-policy-modern', 'prod-db-nlb', 'pass'],
        ['deletion-protection-enabled', 'prod-db-nlb', 'pass'],
        ['alb-drops-invalid-headers', 'prod-db-nlb', 'not_applicable'],
        ['deletion-protection-enabled', 'prod-inspection-gwlb', 'fail'],
      ]),
    ).toEqual([]);
  });

  it('prod eu-west-1: denied attributes leave the attribute rules unknown while listener rules still judge', async () => {
    const scan = await scanDemo('elbv2.yaml', collectors, rules, '222222222222', 'eu-west-1');
    expect(
      mismatches(scan, [
        ['deletion-protection-enabled', 'prod-eu-web-alb', 'unknown'],
        ['access-logging-enabled', 'prod-eu-web-alb', 'unknown'],
        ['alb-http-redirects-to-https', 'prod-eu-web-alb', 'pass'],
      ]),
    ).toEqual([]);
  });
});
