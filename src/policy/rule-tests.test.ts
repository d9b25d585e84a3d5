import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from '../compliance/registry.js';
import { fixtureAsset, loadCustomRules } from './custom-rules.js';
import { formatRuleTestReport, runRuleTests } from './rule-tests.js';
import type { CustomRule } from './types.js';

const DIR = 'test/fixtures/policy/rules';
const FILE = `${DIR}/invalid/failing-tests.yaml`;
const ctx = { builtinIds: new Set<string>(), frameworks: builtinFrameworks() };

describe('runRuleTests', () => {
  const { rules, diagnostics } = loadCustomRules([FILE], ctx);
  const report = runRuleTests(rules);

  it('runs every case and compares the status with the expectation', () => {
    expect(diagnostics).toEqual([]);
    expect(report.results.map((r) => [r.ruleId, r.name, r.line, r.expect, r.actual.status, r.ok])).toEqual([
      ['acme.tests.versioning', 'versioned passes', 8, 'pass', 'pass', true],
      ['acme.tests.versioning', 'wrong expectation', 12, 'pass', 'fail', false],
      ['acme.tests.versioning', 'gap given as a full error', 16, 'unknown', 'unknown', true],
    ]);
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(1);
    expect(report.untested).toEqual(['acme.tests.none']);
  });

  it('reports the gap of a full CollectionError as written', () => {
    expect(report.results[2]!.actual.reason).toBe(
      'facets.versioning could not be collected: aws:s3:GetBucketVersioning AccessDenied (account 111122223333, region eu-west-1): not allowed',
    );
  });

  it('formats one line per case, a warning per untested rule and the totals last', () => {
    expect(formatRuleTestReport(report).split('\n')).toEqual([
      'ok   acme.tests.versioning  versioned passes',
      `FAIL acme.tests.versioning  wrong expectation (${FILE}:12): expected pass, got fail — assert does not hold: asset.facets.versioning == true`,
      'ok   acme.tests.versioning  gap given as a full error',
      'warning [NoTests] acme.tests.none: the rule has no tests; add a `tests:` list with a passing and a failing asset',
      '2 passed, 1 failed',
    ]);
  });

  it('passes every case of the valid fixtures, including unknown and not_applicable expectations', () => {
    const valid = runRuleTests(loadCustomRules([`${DIR}/valid`], ctx).rules);
    expect(valid.failed).toBe(0);
    expect(valid.passed).toBe(7);
    expect(valid.results.map((r) => r.actual.status)).toEqual(['pass', 'unknown', 'not_applicable', 'pass', 'pass', 'fail', 'fail']);
    expect(formatRuleTestReport(valid).split('\n').at(-1)).toBe('7 passed, 0 failed');
  });
});

describe('runRuleTests: hand-made rules', () => {
  const base = (over: Partial<CustomRule>): CustomRule => {
    const meta = { id: 'acme.hand.made', providers: ['aws' as const], kinds: ['storage.bucket'] };
    return {
      ...meta,
      title: 'Hand made',
      severity: 'low',
      rationale: 'Hand made',
      remediation: { steps: ['Fix.'] },
      references: [],
      compliance: [],
      version: 1,
      source: { file: 'hand.yaml', line: 1 },
      assert: 'true',
      evaluate: () => ({ status: 'pass', reason: 'ok', evidence: [] }),
      tests: [{ name: 'case', file: 'hand.yaml', line: 3, expect: 'pass', asset: fixtureAsset({}, 0, meta) }],
      ...over,
    };
  };

  it('a lookup is refused: the case turns unknown instead of throwing', () => {
    const rule = base({ evaluate: (a, c) => ({ status: c.find('AWS::CloudTrail::Trail', { account: a.account }).assets.length ? 'pass' : 'fail', reason: '', evidence: [] }) });
    const r = runRuleTests([rule]).results[0]!;
    expect(r.ok).toBe(false);
    expect(r.actual.status).toBe('unknown');
    expect(r.actual.reason).toBe('rule acme.hand.made failed on this asset: custom rules cannot look up other assets (asked for AWS::CloudTrail::Trail)');
  });

  it('a fixture the rule does not apply to is not_applicable, as in a scan', () => {
    const meta = { id: 'acme.hand.made', providers: ['aws' as const], kinds: ['storage.bucket'] };
    const rule = base({});
    rule.tests = [{ name: 'gcp', file: 'hand.yaml', line: 3, expect: 'pass', asset: fixtureAsset({ provider: 'gcp' }, 0, meta) }];
    const r = runRuleTests([rule]).results[0]!;
    expect(r.actual.status).toBe('not_applicable');
    expect(r.actual.reason).toContain("gcp asset of type '' and kind 'storage.bucket'");
  });

  it('no rules: an empty report', () => {
    expect(runRuleTests([])).toEqual({ results: [], untested: [], passed: 0, failed: 0 });
    expect(formatRuleTestReport(runRuleTests([]))).toBe('0 passed, 0 failed');
  });
});
