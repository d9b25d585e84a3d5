import { describe, expect, it } from 'vitest';
import { builtinFrameworks, complianceIndex } from '../compliance/registry.js';
import { controlRules } from '../core/framework.js';
import type { ComplianceRef, RuleMeta } from '../core/rule.js';
import { builtinRules } from '../rules/index.js';
import { parseSeveritySelection, selectRules } from './select.js';

describe('parseSeveritySelection', () => {
  it('parses a list, worst first, without duplicates', () => {
    expect(parseSeveritySelection('high,critical')).toEqual(['critical', 'high']);
    expect(parseSeveritySelection(' low , low,info')).toEqual(['low', 'info']);
    expect(parseSeveritySelection('medium')).toEqual(['medium']);
  });

  it('parses a floor with + as that severity and above', () => {
    expect(parseSeveritySelection('medium+')).toEqual(['critical', 'high', 'medium']);
    expect(parseSeveritySelection('critical+')).toEqual(['critical']);
    expect(parseSeveritySelection('info+')).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(parseSeveritySelection('high+,info')).toEqual(['critical', 'high', 'info']);
  });

  it('throws a clear error naming the bad item', () => {
    expect(() => parseSeveritySelection('hgh,critical')).toThrow(/Invalid severity selection 'hgh,critical': 'hgh' is not a severity; expected one of critical, high, medium, low, info/);
    expect(() => parseSeveritySelection('')).toThrow(/an empty item is not a severity/);
    expect(() => parseSeveritySelection('high,')).toThrow(/an empty item/);
    expect(() => parseSeveritySelection('+')).toThrow(/'\+' is not a severity/);
    expect(() => parseSeveritySelection('HIGH')).toThrow(/'HIGH' is not a severity/);
    expect(() => parseSeveritySelection('medium++')).toThrow(/'medium\+\+'/);
  });
});

function meta(id: string, over: Partial<RuleMeta> = {}): RuleMeta {
  return { id, title: id, severity: 'medium', providers: [id.split('.')[0] as 'aws'], kinds: ['x'], rationale: '', remediation: { steps: [] }, references: [], compliance: [], version: 1, ...over };
}

const FAKE: RuleMeta[] = [
  meta('aws.s3.bucket-versioning', { severity: 'low', compliance: [{ framework: 'own-fw', control: '1' }] }),
  meta('aws.s3.bucket-encrypted', { severity: 'high' }),
  meta('aws.ec2.sg-ssh-closed', { severity: 'critical' }),
  meta('azure.storage.https-only', { severity: 'high' }),
  meta('gcp.storage.uniform-access', { severity: 'medium' }),
  meta('baseline.storage.encrypted', { severity: 'high', providers: ['aws', 'azure', 'gcp'] }),
];
const COMPLIANCE = new Map<string, ComplianceRef[]>([
  ['aws.s3.bucket-encrypted', [{ framework: 'cis', control: '2.1' }]],
  ['azure.storage.https-only', [{ framework: 'cis-az', control: '3.1' }]],
  ['baseline.storage.encrypted', [{ framework: 'cis', control: '2.2' }, { framework: 'pci', control: '3.5' }]],
  // The framework files' refs replace the rule's own.
  ['aws.ec2.sg-ssh-closed', [{ framework: 'pci', control: '1.2' }]],
]);
const ids = (rs: RuleMeta[]) => rs.map((r) => r.id);

describe('selectRules', () => {
  it('selects everything with an empty selection, in order', () => {
    expect(selectRules(FAKE, {}, COMPLIANCE)).toEqual({ rules: FAKE, unmatched: [] });
    expect(selectRules(FAKE, { include: [], exclude: [], severities: [], frameworks: [], providers: [] }, COMPLIANCE).rules).toEqual(FAKE);
  });

  it('includes by id and glob, then excludes', () => {
    expect(ids(selectRules(FAKE, { include: ['aws.s3.*', 'gcp.storage.uniform-access'] }, COMPLIANCE).rules)).toEqual(['aws.s3.bucket-versioning', 'aws.s3.bucket-encrypted', 'gcp.storage.uniform-access']);
    expect(ids(selectRules(FAKE, { include: ['*.storage.*'], exclude: ['azure.*'] }, COMPLIANCE).rules)).toEqual(['gcp.storage.uniform-access', 'baseline.storage.encrypted']);
    expect(ids(selectRules(FAKE, { exclude: ['aws.*', 'baseline.storage.encrypted'] }, COMPLIANCE).rules)).toEqual(['azure.storage.https-only', 'gcp.storage.uniform-access']);
  });

  it('filters by severity, framework and provider', () => {
    expect(ids(selectRules(FAKE, { severities: parseSeveritySelection('high+') }, COMPLIANCE).rules)).toEqual(['aws.s3.bucket-encrypted', 'aws.ec2.sg-ssh-closed', 'azure.storage.https-only', 'baseline.storage.encrypted']);
    expect(ids(selectRules(FAKE, { frameworks: ['cis'] }, COMPLIANCE).rules)).toEqual(['aws.s3.bucket-encrypted', 'baseline.storage.encrypted']);
    expect(ids(selectRules(FAKE, { frameworks: ['pci', 'cis-az'] }, COMPLIANCE).rules)).toEqual(['aws.ec2.sg-ssh-closed', 'azure.storage.https-only', 'baseline.storage.encrypted']);
    // Falls back to the rule's own refs when the index has none.
    expect(ids(selectRules(FAKE, { frameworks: ['own-fw'] }, COMPLIANCE).rules)).toEqual(['aws.s3.bucket-versioning']);
    expect(ids(selectRules(FAKE, { providers: ['azure'] }, COMPLIANCE).rules)).toEqual(['azure.storage.https-only', 'baseline.storage.encrypted']);
    expect(ids(selectRules(FAKE, { include: ['*.storage.*'], severities: ['high'], providers: ['gcp'] }, COMPLIANCE).rules)).toEqual(['baseline.storage.encrypted']);
  });

  it('reports include and exclude patterns that match no rule, as written', () => {
    const r = selectRules(FAKE, { include: ['aws.s3.*', 'aws.s3.bucket-versoning', 'azure.storage.*'], exclude: ['azure.*', 'gcp.sql.*'] }, COMPLIANCE);
    expect(r.unmatched).toEqual(['aws.s3.bucket-versoning', 'gcp.sql.*']);
    // `azure.*` matched a rule (then removed): not a typo.
    expect(ids(r.rules)).toEqual(['aws.s3.bucket-versioning', 'aws.s3.bucket-encrypted']);
  });
});

describe('selectRules over the built-in rules', () => {
  const compliance = complianceIndex(builtinFrameworks());
  const cisId = 'cis-aws-foundations-v5.0.0';

  it('--framework cis-aws-foundations keeps exactly the rules it maps, all aws or baseline', () => {
    const { rules, unmatched } = selectRules(builtinRules, { frameworks: [cisId] }, compliance);
    const fw = builtinFrameworks().find((f) => f.id === cisId)!;
    const mapped = new Set(fw.controls.flatMap((c) => controlRules(c)));
    const known = new Set(builtinRules.map((r) => r.id));
    expect(rules.length).toBeGreaterThan(20);
    expect(new Set(ids(rules))).toEqual(new Set([...mapped].filter((id) => known.has(id))));
    expect(unmatched).toEqual([]);
    for (const r of rules) expect(r.id.startsWith('aws.') || r.id.startsWith('baseline.'), r.id).toBe(true);
    expect(rules.every((r) => r.providers.includes('aws'))).toBe(true);
  });

  it('combines a framework with a provider, a severity floor and an exclude glob', () => {
    const { rules } = selectRules(builtinRules, { frameworks: [cisId], providers: ['azure'], severities: parseSeveritySelection('medium+'), exclude: ['baseline.database.*'] }, compliance);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.id.startsWith('baseline.')).toBe(true);
      expect(r.id.startsWith('baseline.database.')).toBe(false);
      expect(['critical', 'high', 'medium']).toContain(r.severity);
    }
  });

  it('include aws.s3.* keeps every S3 rule and nothing else', () => {
    const { rules } = selectRules(builtinRules, { include: ['aws.s3.*'] }, compliance);
    expect(rules.length).toBe(builtinRules.filter((r) => r.id.startsWith('aws.s3.')).length);
    expect(rules.length).toBeGreaterThan(3);
  });
});
