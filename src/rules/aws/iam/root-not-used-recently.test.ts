import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import type { Asset } from '../../../core/asset.js';
import { rule } from './root-not-used-recently.js';
import { ACCOUNT, OBSERVED_AT, row } from './support/test-fixtures.js';

function reportAsset(rows: Array<Record<string, string>> | undefined, gaps: Asset['gaps'] = {}): Asset {
  return {
    id: `arn:aws:iam::${ACCOUNT}:credential-report`, provider: 'aws', account: ACCOUNT, region: 'global', type: 'AWS::IAM::CredentialReport', kind: 'account.setting', name: 'credential-report',
    tags: {}, facets: {}, config: rows ? { report: { GeneratedTime: OBSERVED_AT, ReportFormat: 'text/csv', Rows: rows } } : {}, gaps, source: { type: 'api' }, observedAt: OBSERVED_AT,
  };
}

const root = (o: Record<string, string>) =>
  row({ user: '<root_account>', arn: `arn:aws:iam::${ACCOUNT}:root`, password_enabled: 'not_supported', password_last_used: 'N/A', access_key_1_active: 'false', access_key_1_last_used_date: 'N/A', access_key_1_last_rotated: 'N/A', ...o });

describe(rule.id, () => {
  it.each([
    ['never used', {}, 'pass'],
    ['password used 10 days ago', { password_last_used: '2026-11-19T00:00:00+00:00' }, 'fail'],
    ['password used 200 days ago', { password_last_used: '2026-05-13T00:00:00+00:00' }, 'pass'],
    ['no_information marker', { password_last_used: 'no_information' }, 'pass'],
    ['access key 2 used yesterday', { access_key_2_last_used_date: '2026-11-28T00:00:00+00:00' }, 'fail'],
  ] as const)('%s -> %s', (_name, cols, status) => {
    const v = runRule(rule, reportAsset([row(), root(cols)]), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.report.Rows.1.password_last_used');
  });

  it('is unknown when the report has no root row', () => {
    expect(runRule(rule, reportAsset([row()]), fixtureContext([])).status).toBe('unknown');
  });

  it('is unknown when the report could not be had', () => {
    const v = runRule(rule, reportAsset(undefined, { report: deniedGap('iam', 'GenerateCredentialReport') }), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GenerateCredentialReport');
  });
});
