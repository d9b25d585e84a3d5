import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { rule as rootNotUsed } from '../../../../rules/aws/iam/root-not-used-recently.js';
import { credentialReportCollector } from './credential-report.js';
import { ACCOUNT, daysAgo, goodUser, iamEstate } from './test-estate.js';

type Report = { GeneratedTime?: Date; ReportFormat?: string; Rows: Array<Record<string, string>> };

describe('aws.iam.credential-report', () => {
  it('polls generation until COMPLETE, then parses every row including <root_account>', async () => {
    const sim = await startSimulator({ estate: iamEstate({ root: { PasswordLastUsed: daysAgo(3) }, users: [goodUser('alice'), { ...goodUser('comma,name'), LoginProfile: undefined }] }) });
    try {
      const { assets, errors } = await scanWith(sim, [credentialReportCollector]);
      expect(errors).toEqual([]);
      expect(assets).toHaveLength(1);
      expect(assets[0]).toMatchObject({ id: `arn:aws:iam::${ACCOUNT}:credential-report`, type: 'AWS::IAM::CredentialReport', kind: 'account.setting', region: 'global' });
      const report = assets[0]!.config.report as Report;
      expect(report.ReportFormat).toBe('text/csv');
      expect(report.Rows.map((r) => r.user)).toEqual(['<root_account>', 'alice', 'comma,name']);
      expect(report.Rows[0]).toMatchObject({ arn: `arn:aws:iam::${ACCOUNT}:root`, password_enabled: 'not_supported', mfa_active: 'false' });
      expect(report.Rows[2]).toMatchObject({ password_enabled: 'false', password_last_used: 'N/A', access_key_1_active: 'true' });
      // STARTED on the first call, COMPLETE on the next: the collector waited and asked again.
      expect(sim.stats().byOperation['iam:GenerateCredentialReport']).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it('lets the root usage rule judge the collected report', async () => {
    const recent = await collectFrom(iamEstate({ root: { PasswordLastUsed: daysAgo(3) } }), credentialReportCollector);
    expect(runRule(rootNotUsed, recent.assets[0]!, fixtureContext(recent.assets)).status).toBe('fail');
    const old = await collectFrom(iamEstate({ root: { PasswordLastUsed: daysAgo(200) } }), credentialReportCollector);
    expect(runRule(rootNotUsed, old.assets[0]!, fixtureContext(old.assets)).status).toBe('pass');
  });

  it('records a denied GetCredentialReport as a gap naming the call; the rule says unknown', async () => {
    const { assets, errors } = await collectFrom(iamEstate({}), credentialReportCollector, { faults: [{ service: 'iam', operation: 'GetCredentialReport', effect: 'deny' }] });
    expect(assets).toHaveLength(1);
    const gap = { provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'iam', operation: 'GetCredentialReport', code: 'AccessDenied' };
    expect(assets[0]!.gaps.report).toMatchObject(gap);
    expect(errors).toEqual([expect.objectContaining(gap)]);
    expect(runRule(rootNotUsed, assets[0]!, fixtureContext(assets)).status).toBe('unknown');
  });
});
