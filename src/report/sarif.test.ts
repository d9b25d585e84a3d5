import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root.js';
import { sampleErrors, sampleFindings, sampleReport } from './sample.js';
import { relativeUri, sarifReport } from './sarif.js';
import type { ReportFinding } from './types.js';
import { collect } from './write.js';

/** The official OASIS SARIF 2.1.0 schema, vendored (test/fixtures/sarif/README.md). */
function validator() {
  const schema = JSON.parse(readFileSync(`${packageRoot()}/test/fixtures/sarif/sarif-schema-2.1.0.json`, 'utf8')) as object;
  // unicodeRegExp off: the schema's `language` pattern is a valid ECMAScript regex only without the u flag.
  // Both packages are CommonJS; under NodeNext their default import is the module, whose `default` is the export.
  const Ajv = AjvDraft04.default;
  const addFormats = formats.default;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

async function sarif(findings: ReportFinding[], errors = sampleErrors()) {
  const text = await collect(sarifReport(sampleReport({ findings, errors }), { srcRoot: '/work/repo' }));
  return JSON.parse(text) as {
    runs: Array<{
      results: Array<Record<string, unknown> & { ruleIndex: number; ruleId: string; locations: Array<{ physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: Array<{ fullyQualifiedName: string }> }> }>;
      tool: { driver: { rules: Array<{ id: string; properties: Record<string, string> }> } };
      invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
    }>;
  };
}

describe('SARIF 2.1.0 output', () => {
  it('validates against the official schema, with IaC locations, suppressions and baseline states', async () => {
    const findings = sampleFindings().map((f, i) => (i === 0 ? { ...f, suppression: { kind: 'inline' as const, reason: 'public website bucket, approved', source: 'main.tf:11' }, state: 'suppressed' as const } : i === 1 ? { ...f, baselineState: 'unchanged' as const } : f));
    const text = await collect(sarifReport(sampleReport({ findings }), { srcRoot: '/work/repo' }));
    const validate = validator();
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', async () => {
    const doc = await sarif(sampleFindings());
    delete doc.runs[0]!.results[0]!.message;
    expect(validator()(doc)).toBe(false);
  });

  it('reports failing and unknown verdicts, not passes, each pointing at its rule in the table', async () => {
    const findings = sampleFindings();
    const doc = await sarif(findings);
    const run = doc.runs[0]!;
    const expected = findings.filter((f) => f.status === 'fail' || f.status === 'unknown');
    expect(run.results).toHaveLength(expected.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results.map((r) => r.kind)).toEqual(expected.map((f) => (f.status === 'fail' ? 'fail' : 'review')));
    for (const r of run.results) if (r.kind === 'review') expect(r.level).toBe('none');
  });

  it('points IaC findings at file and line and names the resource address', async () => {
    const doc = await sarif(sampleFindings());
    const iac = sampleFindings().find((f) => f.asset.iac && (f.status === 'fail' || f.status === 'unknown'))!;
    const r = doc.runs[0]!.results.find((x) => (x.properties as { assetId: string }).assetId === iac.asset.id)!;
    expect(r.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: iac.asset.iac!.file, uriBaseId: '%SRCROOT%' }, region: { startLine: iac.asset.iac!.line } });
    expect(r.locations[0]!.logicalLocations[0]!.fullyQualifiedName).toBe(iac.asset.iac!.address);
  });

  it('gives rules GitHub security-severity and levels from severity', async () => {
    const doc = await sarif(sampleFindings());
    for (const rule of doc.runs[0]!.tool.driver.rules) expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(0);
  });

  it('turns input errors into notifications with their file and line, and marks the run unsuccessful', async () => {
    const errors = [{ provider: 'aws' as const, account: '-', region: 'global', service: 'terraform', operation: 'Parse', code: 'HclSyntax', message: "infra/main.tf:7:3: expected '}'", resource: 'infra/main.tf:7:3' }];
    const doc = await sarif(sampleFindings(), errors);
    const inv = doc.runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', descriptor: { id: 'HclSyntax' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 3 } } }] }),
    ]);
    const warned = await sarif(sampleFindings(), [{ ...errors[0]!, code: 'ModuleNotLocal', message: 'warning: infra/main.tf:2: remote module' }]);
    expect(warned.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('writes relative URIs with forward slashes and encoded segments', () => {
    expect(relativeUri('./infra\\main.tf')).toBe('infra/main.tf');
    expect(relativeUri('my dir/a#b.tf')).toBe('my%20dir/a%23b.tf');
  });
});
