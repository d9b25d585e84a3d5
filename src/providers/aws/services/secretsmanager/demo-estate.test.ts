import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/aws/secretsmanager/index.js';
import { mismatches, scanDemo } from '../lambda/support/demo-scan.js';
import { collectors } from './index.js';

describe('demo estate: Secrets Manager', () => {
  it('prod us-east-1 shows each mistake failing next to its passing twin', async () => {
    const scan = await scanDemo('secretsmanager.yaml', collectors, rules, '222222222222', 'us-east-1');
    expect(scan.assets.map((a) => a.name)).not.toContain('prod/old/deprecated-key');
    expect(
      mismatches(scan, [
        ['rotation-enabled', 'prod/orders/db', 'pass'],
        ['rotation-enabled', 'prod/payments/stripe-api-key', 'fail'],
        ['rotation-succeeding', 'prod/orders/db', 'pass'],
        ['rotation-succeeding', 'prod/reporting/db', 'fail'],
        ['rotated-within-90-days', 'prod/orders/db', 'pass'],
        ['rotated-within-90-days', 'prod/payments/stripe-api-key', 'fail'],
        ['rotated-within-90-days', 'prod/reporting/db', 'fail'],
        ['unused-secret-removed', 'prod/orders/db', 'pass'],
        ['unused-secret-removed', 'prod/legacy/ftp-password', 'fail'],
      ]),
    ).toEqual([]);
  });

  it('management and dev: a never-read 2022 secret fails, a week-old one passes the age rules', async () => {
    const mgmt = await scanDemo('secretsmanager.yaml', collectors, rules, '111111111111', 'us-east-1');
    expect(mismatches(mgmt, [['unused-secret-removed', 'mgmt/break-glass/root-mfa-seed', 'fail'], ['rotation-enabled', 'mgmt/break-glass/root-mfa-seed', 'fail']])).toEqual([]);
    const dev = await scanDemo('secretsmanager.yaml', collectors, rules, '333333333333', 'us-east-1');
    expect(mismatches(dev, [['unused-secret-removed', 'dev/scratch/token', 'pass'], ['rotated-within-90-days', 'dev/scratch/token', 'pass'], ['rotation-enabled', 'dev/scratch/token', 'fail']])).toEqual([]);
  });
});
