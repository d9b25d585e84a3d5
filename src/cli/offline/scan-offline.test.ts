import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.js';
import { newOfflineRun } from '../../sources/discover.js';
import { policyFailures } from '../report-output.js';
import { baselineMatcher, baselineOf } from './baseline.js';
import { decorate } from './scan-offline.js';

function finding(ruleId: string, assetId: string, status: Finding['status'] = 'fail', severity: Finding['severity'] = 'high'): Finding {
  return {
    id: `${ruleId}|${assetId}`,
    ruleId,
    title: ruleId,
    severity,
    status,
    reason: 'r',
    evidence: [],
    compliance: [],
    asset: { id: assetId, provider: 'aws', account: 'unknown', region: 'eu-west-1', type: 'AWS::S3::Bucket', kind: 'storage.bucket', name: assetId },
    state: 'open',
    firstSeen: 't',
    lastSeen: 't',
  };
}

describe('offline findings: locations, suppressions, baselines', () => {
  const run = newOfflineRun();
  run.locations.set('arn:aws:s3:::site', { provider: 'aws', file: 'infra/main.tf', line: 10, address: 'aws_s3_bucket.site', suppressions: [{ ruleId: 'rule.public', reason: 'approved website', line: 9 }, { ruleId: 'rule.logging', reason: 'on the acl block', line: 40, file: 'infra/acl.tf' }] });

  it('adds the IaC location', () => {
    const f = decorate(finding('rule.public', 'arn:aws:s3:::site'), run);
    expect(f.asset.iac).toEqual({ file: 'infra/main.tf', line: 10, address: 'aws_s3_bucket.site' });
    expect(decorate(finding('rule.public', 'arn:aws:s3:::elsewhere'), run).asset.iac).toBeUndefined();
  });

  // The engine marks suppressed verdicts (inline parapet:ignore, parapet.yaml); the store returns them so.
  const suppressed = (f: Finding): Finding => ({ ...f, state: 'suppressed', suppression: { kind: 'inline', reason: 'approved website', source: 'infra/main.tf:9' } });

  it('keeps suppressed failures out of --fail-on', () => {
    const accepted = decorate(suppressed(finding('rule.public', 'arn:aws:s3:::site')), run);
    const open = decorate(finding('rule.other', 'arn:aws:s3:::site'), run);
    expect(policyFailures([accepted as Finding], 'low')).toBe(0);
    expect(policyFailures([accepted as Finding, open as Finding], 'high')).toBe(1);
    expect(policyFailures([open as Finding], 'critical')).toBe(0);
  });

  it('writes failing unsuppressed findings to a baseline and matches by id or by rule, file and address', () => {
    const all = [suppressed(finding('rule.public', 'arn:aws:s3:::site')), finding('rule.other', 'arn:aws:s3:::site'), finding('rule.other', 'x', 'pass')].map((f) => decorate(f, run));
    const b = baselineOf(all, '2026-11-29T00:00:00.000Z');
    expect(b.findings.map((e) => e.ruleId)).toEqual(['rule.other']);
    const inBaseline = baselineMatcher(b);
    expect(decorate(finding('rule.other', 'arn:aws:s3:::site'), run, inBaseline).baselineState).toBe('unchanged');
    expect(decorate(finding('rule.third', 'arn:aws:s3:::site'), run, inBaseline).baselineState).toBe('new');
    // The same resource under another id (its name became known): still matched by file and address.
    const moved = newOfflineRun();
    moved.locations.set('iac:.#aws_s3_bucket.site', { provider: 'aws', file: 'infra/main.tf', line: 12, address: 'aws_s3_bucket.site' });
    expect(decorate(finding('rule.other', 'iac:.#aws_s3_bucket.site'), moved, inBaseline).baselineState).toBe('unchanged');
    expect(decorate(finding('rule.other', 'x', 'pass'), run, inBaseline).baselineState).toBeUndefined();
  });
});
