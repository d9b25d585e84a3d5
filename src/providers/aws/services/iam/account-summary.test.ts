import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { IamUser } from '../../../../../sim/aws/services/iam.js';
import { rule as hardwareMfa } from '../../../../rules/aws/iam/root-hardware-mfa.js';
import { rule as rootMfa } from '../../../../rules/aws/iam/root-mfa-enabled.js';
import { rule as rootKeys } from '../../../../rules/aws/iam/root-no-access-keys.js';
import { accountSummaryCollector } from './account-summary.js';
import { ACCOUNT, daysAgo, iamEstate } from './test-estate.js';

/** Users whose virtual MFA serials sort before the root device's, pushing it to a later page. */
const virtualMfaUsers = (n: number): IamUser[] => Array.from({ length: n }, (_, i) => ({ UserName: `a-user-${String(i).padStart(5, '0')}`, MFADevices: [{ Type: 'virtual' as const, EnableDate: daysAgo(10) }] }));

describe('aws.iam.account-summary', () => {
  it('collects the summary and finds the root virtual MFA device on a later page', async () => {
    const sim = await startSimulator({ estate: iamEstate({ root: { Mfa: 'virtual', AccessKeys: [{ CreateDate: daysAgo(800), Status: 'Inactive' }] }, users: virtualMfaUsers(1500) }) });
    try {
      const { assets, errors } = await scanWith(sim, [accountSummaryCollector]);
      expect(errors).toEqual([]);
      expect(assets).toHaveLength(1);
      const a = assets[0]!;
      expect(a).toMatchObject({ id: `arn:aws:iam::${ACCOUNT}:account-summary`, type: 'AWS::IAM::AccountSummary', region: 'global' });
      expect(a.config.summary).toMatchObject({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 1, Users: 1500 } });
      expect(a.config.rootVirtualMfaDevices).toEqual([expect.objectContaining({ SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device` })]);
      expect(sim.stats().byOperation['iam:ListVirtualMFADevices']).toBe(2);
      const ctx = fixtureContext(assets);
      expect(runRule(rootMfa, a, ctx).status).toBe('pass');
      expect(runRule(hardwareMfa, a, ctx).status).toBe('fail');
      expect(runRule(rootKeys, a, ctx).status).toBe('fail');
    } finally {
      await sim.close();
    }
  });

  it('passes hardware MFA when root MFA is not a virtual device', async () => {
    const { assets } = await collectFrom(iamEstate({ root: { Mfa: 'hardware' }, users: virtualMfaUsers(3) }), accountSummaryCollector);
    expect(assets[0]!.config.rootVirtualMfaDevices).toEqual([]);
    expect(runRule(hardwareMfa, assets[0]!, fixtureContext(assets)).status).toBe('pass');
    expect(runRule(rootKeys, assets[0]!, fixtureContext(assets)).status).toBe('pass');
  });

  it('records a denied ListVirtualMFADevices as a gap; hardware MFA is unknown, root MFA still judged', async () => {
    const { assets, errors } = await collectFrom(iamEstate({ root: { Mfa: 'hardware' } }), accountSummaryCollector, { faults: [{ service: 'iam', operation: 'ListVirtualMFADevices', effect: 'deny' }] });
    const gap = { provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'iam', operation: 'ListVirtualMFADevices', code: 'AccessDenied' };
    expect(assets[0]!.gaps.rootVirtualMfaDevices).toMatchObject(gap);
    expect(errors).toEqual([expect.objectContaining(gap)]);
    const ctx = fixtureContext(assets);
    expect(runRule(hardwareMfa, assets[0]!, ctx).status).toBe('unknown');
    expect(runRule(rootMfa, assets[0]!, ctx).status).toBe('pass');
  });
});
