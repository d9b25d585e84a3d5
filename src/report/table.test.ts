import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { colorFor, renderReport, renderSummary, writeReport } from './index.js';
import { sampleFindings, sampleReport, syntheticFindings } from './sample.js';
import type { ReportFinding } from './types.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('table format', () => {
  it('shows the totals', async () => {
    const out = await renderReport('table', sampleReport());
    expect(out).toContain('scan-0001');
    expect(out).toMatch(/Assets 4\b/);
    expect(out).toMatch(/pass 1\b/);
    expect(out).toMatch(/fail 2\b/);
    expect(out).toMatch(/unknown 1\b/);
    expect(out).toMatch(/n\/a 1\b/);
    expect(out).toMatch(/Failing by severity\s+critical 1\s+high 0\s+medium 1\s+low 0\s+info 0/);
  });

  it('lists the top failing rules, services, accounts and grouped errors', async () => {
    const out = await renderReport('table', sampleReport());
    const rules = out.slice(out.indexOf('Top failing rules'), out.indexOf('By service'));
    expect(rules).toMatch(/aws\.s3\.bucket-public-access-blocked\s+│ critical\s+│\s+1 │/);
    expect(rules).toContain('aws.s3.bucket-versioning-enabled');
    expect(rules).not.toContain('aws.iam.user-mfa-enabled');
    expect(out).toMatch(/│ aws s3\s+│\s+0 │\s+2 │\s+0 │\s+1 │/);
    expect(out).toMatch(/│ aws\s+│ 444455556666 │\s+0 │\s+0 │\s+1 │\s+0 │/);
    expect(out).toContain('Collection errors (3)');
    expect(out).toMatch(/│ aws\s+│ 444455556666 │ global\s+│ iam\s+│ ListMFADevices │ AccessDenied\s+│\s+2 │/);
  });

  it('lists failing before unknown findings, worst first, and counts the rest', async () => {
    const out = await renderReport('table', sampleReport(), { limit: 2 });
    const list = out.slice(out.indexOf('Findings needing attention'));
    expect(list.indexOf('critical')).toBeLessThan(list.indexOf('medium'));
    expect(list).not.toContain('aws.iam.user-mfa-enabled');
    expect(list).toContain('... and 1 more (use --format json)');
  });

  it('truncates long lists', async () => {
    const out = await renderReport('table', sampleReport({ findings: syntheticFindings(1000) }), { limit: 10 });
    // 1000 synthetic findings: 250 fail and 250 unknown.
    expect(out).toContain('(fail 250, unknown 250)');
    expect(out).toContain('... and 490 more (use --format json)');
    const rows = out.slice(out.indexOf('Findings needing attention')).split('\n').filter((l) => /^│ (critical|high|medium|low|info) /.test(l));
    expect(rows).toHaveLength(10);
  });

  it('shows everything without a truncation line when it fits', async () => {
    const out = await renderReport('table', sampleReport());
    expect(out).not.toContain('more (use --format json)');
  });

  it('uses colors only when asked', async () => {
    expect(await renderReport('table', sampleReport())).not.toMatch(ANSI);
    expect(await renderReport('table', sampleReport(), { color: true })).toMatch(ANSI);
  });

  it('keeps terminal control sequences from the cloud out of the output', async () => {
    const f: ReportFinding = { ...sampleFindings()[0]!, asset: { ...sampleFindings()[0]!.asset, name: 'evil\u001b[2Jname' }, reason: 'bad\u0007\nreason' };
    const out = await renderReport('table', sampleReport({ findings: [f] }));
    expect(out).not.toMatch(ANSI);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('evil?[2Jname');
  });
});

describe('colors on streams', () => {
  it('colors a TTY unless NO_COLOR is set', () => {
    expect(colorFor({ isTTY: true }, {})).toBe(true);
    expect(colorFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorFor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colorFor({ isTTY: false }, {})).toBe(false);
    expect(colorFor({}, {})).toBe(false);
  });

  it('writes no colors to a pipe', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    await writeReport('table', sampleReport(), out);
    expect(text).toContain('Top failing rules');
    expect(text).not.toMatch(ANSI);
  });
});

describe('posture summary', () => {
  it('counts per status, severity, service, type and account and lists the services covered', async () => {
    const out = await renderSummary(sampleReport());
    expect(out).toMatch(/assets 4\s+checks 5\s+pass\s+1\s+fail\s+2\s+unknown\s+1\s+n\/a\s+1/);
    expect(out).toMatch(/failing by severity: critical 1\s+high 0\s+medium 1\s+low 0\s+info 0/);
    expect(out).toMatch(/unknown by severity: critical 0\s+high 1/);
    expect(out).toMatch(/^\s+aws s3\s+pass\s+0\s+fail\s+2\s+unknown\s+0\s+n\/a\s+1$/m);
    expect(out).toMatch(/^\s+AWS::IAM::User\s+pass\s+0\s+fail\s+0\s+unknown\s+1\s+n\/a\s+0$/m);
    expect(out).toMatch(/^\s+aws 777788889999\s+pass\s+1\s+fail\s+0/m);
    expect(out).toContain('Services covered (3): aws iam, aws kms, aws s3');
    expect(out).toContain('Collection errors: 3 in 2 groups');
    expect(out).not.toMatch(ANSI);
  });
});
