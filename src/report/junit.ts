/**
 * `--format junit`: JUnit XML, which every CI system shows as a test report. One test suite per rule, one
 * test case per (rule, asset) verdict: a failing verdict is a `<failure>`, an unknown one an `<error>` (the
 * check could not run: data missing), a suppressed verdict or a baseline-accepted failure is `<skipped>`
 * with its reason, a pass is an empty test case; not-applicable verdicts are left out. The counts in the suite
 * headers need every verdict first, so this format holds the scan's verdicts (IaC-sized) in memory.
 */
import type { ReportFinding, ScanReport } from './types.js';

/** XML 1.0 text: escapes markup and drops characters XML cannot carry. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function caseName(f: ReportFinding): string {
  return f.asset.iac ? f.asset.iac.address : f.asset.id;
}

function details(f: ReportFinding): string {
  const a = f.asset;
  const lines = [
    `${f.title}`,
    `reason: ${f.reason}`,
    `asset: ${a.id} (${a.type}, ${a.provider} ${a.account} ${a.region})`,
    ...(a.iac ? [`source: ${a.iac.file}:${a.iac.line} ${a.iac.address}`] : []),
    ...f.evidence.map((e) => `evidence: ${e.path} observed ${JSON.stringify(e.observed ?? null)}, expected ${JSON.stringify(e.expected ?? null)}`),
    ...(f.compliance.length ? [`compliance: ${f.compliance.map((c) => `${c.framework} ${c.control}`).join(', ')}`] : []),
  ];
  return lines.join('\n');
}

function testCase(f: ReportFinding): { xml: string; outcome: 'pass' | 'failure' | 'error' | 'skipped' } {
  const attrs = `name="${xmlText(caseName(f))}" classname="${xmlText(f.ruleId)}"${f.asset.iac ? ` file="${xmlText(f.asset.iac.file)}" line="${f.asset.iac.line}"` : ''}`;
  const accepted = f.suppression ? `suppressed: ${f.suppression.reason} (${f.suppression.source}${f.suppression.owner ? `, owner ${f.suppression.owner}` : ''}${f.suppression.until ? `, until ${f.suppression.until}` : ''})` : f.baselineState === 'unchanged' && f.status === 'fail' ? 'in the baseline' : undefined;
  if (accepted && (f.status === 'fail' || f.status === 'unknown')) return { xml: `    <testcase ${attrs}><skipped message="${xmlText(accepted)}"/></testcase>`, outcome: 'skipped' };
  if (f.status === 'fail') return { xml: `    <testcase ${attrs}><failure message="${xmlText(f.reason)}" type="${f.severity}">${xmlText(details(f))}</failure></testcase>`, outcome: 'failure' };
  if (f.status === 'unknown') return { xml: `    <testcase ${attrs}><error message="${xmlText(`unknown: ${f.reason}`)}" type="unknown">${xmlText(details(f))}</error></testcase>`, outcome: 'error' };
  return { xml: `    <testcase ${attrs}/>`, outcome: 'pass' };
}

export async function* junitReport(report: ScanReport): AsyncGenerator<string> {
  const suites = new Map<string, Array<ReturnType<typeof testCase>>>();
  for await (const f of report.findings) {
    if (f.status === 'not_applicable') continue;
    const list = suites.get(f.ruleId) ?? [];
    list.push(testCase(f));
    suites.set(f.ruleId, list);
  }
  const count = (list: Array<ReturnType<typeof testCase>>, o: string) => list.filter((c) => c.outcome === o).length;
  const all = [...suites.values()].flat();
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="parapet ${xmlText(report.scan.target)}" tests="${all.length}" failures="${count(all, 'failure')}" errors="${count(all, 'error')}" skipped="${count(all, 'skipped')}">\n`;
  for (const [ruleId, list] of [...suites].sort((a, b) => a[0].localeCompare(b[0]))) {
    yield `  <testsuite name="${xmlText(ruleId)}" tests="${list.length}" failures="${count(list, 'failure')}" errors="${count(list, 'error')}" skipped="${count(list, 'skipped')}"${report.scan.finishedAt ? ` timestamp="${xmlText(report.scan.finishedAt)}"` : ''}>\n`;
    for (const c of list) yield `${c.xml}\n`;
    yield '  </testsuite>\n';
  }
  if (report.errors.length) {
    yield `  <testsuite name="parapet errors" tests="${report.errors.length}" failures="0" errors="${report.errors.filter((e) => !e.message.startsWith('warning: ')).length}" skipped="0">\n`;
    for (const e of report.errors) {
      const name = xmlText(e.resource ?? `${e.service}:${e.operation}`);
      yield e.message.startsWith('warning: ')
        ? `    <testcase name="${name}" classname="${xmlText(e.code)}"><system-out>${xmlText(e.message)}</system-out></testcase>\n`
        : `    <testcase name="${name}" classname="${xmlText(e.code)}"><error message="${xmlText(e.message)}" type="${xmlText(e.code)}"/></testcase>\n`;
    }
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}
