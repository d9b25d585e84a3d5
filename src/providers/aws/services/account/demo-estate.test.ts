import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/account/security-contact-registered.js';
import { scanDemo } from '../cloudtrail/demo-scan.js';
import { collectors } from './index.js';

describe('demo estate: account security contacts', () => {
  it('management and prod pass, dev (billing contact only) fails', async () => {
    const scan = await scanDemo(['account.yaml'], collectors);
    expect(scan.errors).toEqual([]);
    const verdict = (account: string) => runRule(rule, scan.assets.find((a) => a.account === account)!, scan.ctx).status;
    expect(['111111111111', '222222222222', '333333333333'].map(verdict)).toEqual(['pass', 'pass', 'fail']);
  });
});
