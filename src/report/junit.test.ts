import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junitReport, xmlText } from './junit.js';
import { sampleFindings, sampleReport } from './sample.js';
import type { ReportFinding } from './types.js';
import { collect } from './write.js';

type Case = { '@_name': string; '@_classname': string; '@_file'?: string; '@_line'?: string; failure?: unknown; error?: unknown; skipped?: { '@_message': string } };
type Suite = { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; testcase: Case[] };

async function junit(findings: ReportFinding[]) {
  const xml = await collect(junitReport(sampleReport({ findings, errors: [] })));
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml) as { testsuites: { '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; testsuite: Suite[] } };
  return doc.testsuites;
}

describe('JUnit XML output', () => {
  it('is one suite per rule: failures, unknowns as errors, passes as empty cases, not-applicable left out', async () => {
    const findings = sampleFindings();
    const suites = await junit(findings);
    const judged = findings.filter((f) => f.status !== 'not_applicable');
    expect(Number(suites['@_tests'])).toBe(judged.length);
    expect(Number(suites['@_failures'])).toBe(findings.filter((f) => f.status === 'fail').length);
    expect(Number(suites['@_errors'])).toBe(findings.filter((f) => f.status === 'unknown').length);
    expect(suites.testsuite.map((s) => s['@_name'])).toEqual([...new Set(judged.map((f) => f.ruleId))].sort());
  });

  it('names IaC cases by address with file and line, and skips suppressed and baseline failures with the reason', async () => {
    const findings = sampleFindings().map((f) => (f.asset.iac && f.status === 'fail' ? { ...f, state: 'suppressed' as const, suppression: { kind: 'inline' as const, reason: 'static site <public> & approved', source: 'main.tf:11' } } : f));
    const suites = await junit(findings);
    const iac = findings.find((f) => f.asset.iac && f.status === 'fail')!;
    const c = suites.testsuite.flatMap((s) => s.testcase).find((x) => x['@_name'] === iac.asset.iac!.address)!;
    expect(c['@_file']).toBe(iac.asset.iac!.file);
    expect(c['@_line']).toBe(String(iac.asset.iac!.line));
    expect(c.skipped?.['@_message']).toBe('suppressed: static site <public> & approved (main.tf:11)');
    expect(c.failure).toBeUndefined();
    expect(Number(suites['@_skipped'])).toBe(1);
    const baselined = await junit(sampleFindings().map((f) => (f.status === 'fail' ? { ...f, baselineState: 'unchanged' as const } : f)));
    expect(Number(baselined['@_failures'])).toBe(0);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlText('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });
});
