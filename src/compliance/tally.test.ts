import { describe, expect, it } from 'vitest';
import type { Framework } from '../core/framework.js';
import { withRuleMappings } from './registry.js';
import { PostureTally, scoreOf, statusOf } from './tally.js';

const fw: Framework = {
  id: 'test-fw',
  name: 'Test',
  version: '1',
  publisher: 'Parapet',
  url: 'https://example.org',
  providers: ['aws', 'azure'],
  scope: 'test',
  controls: [
    { id: 'C1', title: 'Buckets private', section: 'S', rules: { aws: ['aws.s3.a'], azure: ['baseline.storage.b'] } },
    { id: 'C2', title: 'Keys rotate', section: 'S', rules: { aws: ['aws.kms.k'] }, manual: 'Also check the key policy by hand.' },
    { id: 'C3', title: 'Training', section: 'S', manual: 'Check the training records.' },
    { id: 'C4', title: 'Azure only', section: 'S', rules: { azure: ['azure.sql.x'] } },
    { id: 'C5', title: 'Nothing to judge', section: 'S', rules: { aws: ['aws.rds.none'] } },
  ],
};

describe('statusOf', () => {
  const c = (pass: number, fail: number, unknown: number, na = 0) => ({ pass, fail, unknown, not_applicable: na });
  it.each([
    ['manual when no rule evaluates it', false, c(0, 0, 0), false, 'manual'],
    ['fail on one failing resource among passes', true, c(9, 1, 0), false, 'fail'],
    ['fail even when others are unknown', true, c(0, 1, 3), false, 'fail'],
    ['unknown, never pass, when data is missing', true, c(5, 0, 1), false, 'unknown'],
    ['pass when every judged resource passes', true, c(3, 0, 0, 2), false, 'pass'],
    ['partial when rules pass but a manual part remains', true, c(3, 0, 0), true, 'partial'],
    ['not applicable when nothing was judged', true, c(0, 0, 0, 4), false, 'not_applicable'],
  ] as const)('%s', (_name, automated, counts, manualPart, expected) => {
    expect(statusOf(automated, counts, manualPart)).toBe(expected);
  });
});

describe('PostureTally', () => {
  it('counts a rule only under the providers the control maps it for, and only clouds in the scan', () => {
    const t = new PostureTally([fw]);
    t.add({ ruleId: 'aws.s3.a', severity: 'high', provider: 'aws', account: '111111111111', status: 'pass' });
    t.add({ ruleId: 'aws.s3.a', severity: 'high', provider: 'aws', account: '111111111111', status: 'pass' });
    // baseline.storage.b is mapped under azure only: its AWS verdict does not count for C1.
    t.add({ ruleId: 'baseline.storage.b', severity: 'high', provider: 'aws', account: '111111111111', status: 'fail' });
    t.add({ ruleId: 'aws.kms.k', severity: 'medium', provider: 'aws', account: '111111111111', status: 'pass' });
    t.add({ ruleId: 'aws.rds.none', severity: 'low', provider: 'aws', account: '111111111111', status: 'not_applicable' });
    const rows = new Map(t.controlRows().map((r) => [r.control, r]));
    expect(rows.get('C1')).toMatchObject({ status: 'pass', pass: 2, fail: 0 });
    expect(rows.get('C2')!.status).toBe('partial');
    expect(rows.get('C3')!.status).toBe('manual');
    // Azure was not scanned: the Azure-only control has no rule for the clouds seen.
    expect(rows.get('C4')!.status).toBe('manual');
    expect(rows.get('C5')!.status).toBe('not_applicable');

    t.add({ ruleId: 'baseline.storage.b', severity: 'high', provider: 'azure', account: 'sub-1', status: 'fail' });
    expect(t.controlStatus(fw.controls[0]!)).toBe('fail');
    expect(t.controlStatus(fw.controls[3]!)).toBe('not_applicable');
  });

  it('scores by severity weight: total, per provider, account and framework', () => {
    const t = new PostureTally([fw]);
    t.add({ ruleId: 'aws.s3.a', severity: 'critical', provider: 'aws', account: 'A', status: 'pass' }); // 10
    t.add({ ruleId: 'aws.kms.k', severity: 'medium', provider: 'aws', account: 'A', status: 'fail' }); // 3
    t.add({ ruleId: 'azure.sql.x', severity: 'low', provider: 'azure', account: 'B', status: 'unknown' }); // 1
    t.add({ ruleId: 'other.rule', severity: 'high', provider: 'azure', account: 'B', status: 'not_applicable' }); // excluded
    t.add({ ruleId: 'other.info', severity: 'info', provider: 'azure', account: 'B', status: 'fail' }); // weight 0
    const s = new Map(t.scores().map((r) => [`${r.scope}:${r.key}`, r]));
    expect(s.get('total:')).toMatchObject({ score: scoreOf(10, 14), passWeight: 10, judgedWeight: 14, pass: 1, fail: 2, unknown: 1 });
    expect(s.get('provider:aws')!.score).toBe(scoreOf(10, 13));
    expect(s.get('account:azure:B')!.score).toBe(0);
    expect(s.get('framework:test-fw')).toMatchObject({ passWeight: 10, judgedWeight: 14 });
    expect(scoreOf(10, 14)).toBe(71.4);
    expect(scoreOf(0, 0)).toBeNull();
  });
});

describe('suppressed verdicts', () => {
  it('count toward no failure: neither the score nor the control status', () => {
    const t = new PostureTally([fw]);
    t.add({ ruleId: 'aws.s3.a', severity: 'high', provider: 'aws', account: '111111111111', status: 'pass' });
    t.add({ ruleId: 'aws.s3.a', severity: 'high', provider: 'aws', account: '111111111111', status: 'fail', suppressed: true });
    t.add({ ruleId: 'aws.s3.a', severity: 'high', provider: 'aws', account: '111111111111', status: 'unknown', suppressed: true });
    const c1 = fw.controls[0]!;
    expect(t.controlStatus(c1)).toBe('pass');
    expect(t.controlCounts(c1)).toMatchObject({ counts: { pass: 1, fail: 0, unknown: 0 }, suppressed: 2 });
    expect(t.scores().find((s) => s.scope === 'total')).toMatchObject({ score: 100, fail: 0, unknown: 0, pass: 1 });
    // The same failure unsuppressed fails the control and halves the score.
    t.add({ ruleId: 'aws.s3.a', severity: 'high', provider: 'aws', account: '111111111111', status: 'fail' });
    expect(t.controlStatus(c1)).toBe('fail');
    expect(t.scores().find((s) => s.scope === 'total')!.score).toBe(50);
  });

  it('a suppressed pass is a pass', () => {
    const t = new PostureTally([fw]);
    t.add({ ruleId: 'aws.s3.a', severity: 'high', provider: 'aws', account: '111111111111', status: 'pass', suppressed: true });
    expect(t.controlCounts(fw.controls[0]!)).toMatchObject({ counts: { pass: 1 }, suppressed: 0 });
  });
});

describe('withRuleMappings', () => {
  it('adds a custom rule to the controls its refs name, under its providers, and leaves file mappings alone', () => {
    const [out] = withRuleMappings([fw], [
      { id: 'acme.storage.owner-tag', providers: ['aws', 'azure'], compliance: [{ framework: 'test-fw', control: 'C3' }, { framework: 'other', control: 'X' }] },
      // A built-in rule's refs come from the files: its providers there stay as they are.
      { id: 'baseline.storage.b', providers: ['aws', 'azure', 'gcp'], compliance: [{ framework: 'test-fw', control: 'C1' }] },
    ]);
    expect(out!.controls.find((c) => c.id === 'C3')!.rules).toEqual({ aws: ['acme.storage.owner-tag'], azure: ['acme.storage.owner-tag'] });
    expect(out!.controls.find((c) => c.id === 'C1')).toBe(fw.controls[0]);
    expect(fw.controls.find((c) => c.id === 'C3')!.rules).toBeUndefined();
    expect(withRuleMappings([fw], [{ id: 'x.y.z', providers: ['aws'], compliance: [] }])[0]).toBe(fw);
  });
});
