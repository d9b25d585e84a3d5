/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), the format code-scanning services (GitHub, GitLab, Azure DevOps)
 * read. One run; a result per failing finding (kind `fail`, level from severity) and per unknown one
 * (kind `review`: the data to judge it was missing); passes are left out. IaC findings point at file and
 * line, and name the resource address as a logical location; live and snapshot findings name the asset.
 * Streamed: results are written as they come, the rule table (whose indexes results use) after them.
 */
import { pathToFileURL } from 'node:url';
import type { CollectionError } from '../core/asset.js';
import type { Severity } from '../core/verdict.js';
import { suppressionJson } from './json.js';
import type { ReportFinding, RuleGuidance, ScanReport } from './types.js';
import { toJson } from './write.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub's `security-severity` scale: ≥ 9 critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

export interface SarifOptions {
  /** Directory that relative file paths are resolved against (`%SRCROOT%`). Default: the working directory. */
  srcRoot?: string;
}

/** A path as a SARIF relative URI: forward slashes, no leading `./`, each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function physical(file: string, line: number, column?: number) {
  return {
    artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' },
    region: { startLine: Math.max(1, line), ...(column ? { startColumn: column } : {}) },
  };
}

function resultOf(f: ReportFinding, ruleIndex: number) {
  const a = f.asset;
  const fail = f.status === 'fail';
  const location = a.iac
    ? { physicalLocation: physical(a.iac.file, a.iac.line), logicalLocations: [{ fullyQualifiedName: a.iac.address, kind: 'resource' }] }
    : { logicalLocations: [{ fullyQualifiedName: a.id, name: a.name, kind: 'resource' }] };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    kind: fail ? 'fail' : 'review',
    level: fail ? LEVEL[f.severity] : 'none',
    message: { text: `${f.title}: ${f.reason} (${a.iac ? a.iac.address : a.id})` },
    locations: [location],
    partialFingerprints: { 'parapetFindingId/v1': f.id },
    ...(f.suppression
      ? {
          suppressions: [
            {
              kind: f.suppression.kind === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: f.suppression.reason,
              properties: suppressionJson(f.suppression),
            },
          ],
        }
      : {}),
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
    properties: {
      status: f.status,
      severity: f.severity,
      assetId: a.id,
      assetType: a.type,
      provider: a.provider,
      account: a.account,
      region: a.region,
      evidence: f.evidence.map((e) => ({ path: e.path, observed: e.observed ?? null, expected: e.expected ?? null })),
      ...(f.compliance.length ? { compliance: f.compliance.map((c) => `${c.framework}:${c.control}`) } : {}),
    },
  };
}

function ruleOf(id: string, severity: Severity, title: string, g: RuleGuidance | undefined) {
  const steps = g?.remediation.steps ?? [];
  const text = [g?.rationale, steps.length ? `Remediation:\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}` : undefined].filter(Boolean).join('\n\n');
  const markdown = [
    g?.rationale,
    steps.length ? `**Remediation**\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}` : undefined,
    g?.remediation.terraform ? `**Terraform**\n\n\`\`\`hcl\n${g.remediation.terraform}\n\`\`\`` : undefined,
    g?.remediation.cli ? `**CLI**\n\n\`\`\`sh\n${g.remediation.cli}\n\`\`\`` : undefined,
    g?.references.length ? `**References**\n\n${g.references.map((r) => `- ${r}`).join('\n')}` : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
  const help = g?.references.find((r) => /^https?:\/\//.test(r));
  return {
    id,
    name: id,
    shortDescription: { text: g?.title ?? title },
    ...(g?.rationale ? { fullDescription: { text: g.rationale } } : {}),
    ...(text ? { help: { text, markdown } } : {}),
    ...(help ? { helpUri: help } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { 'security-severity': SECURITY_SEVERITY[severity], severity, tags: ['security'], precision: 'high' },
  };
}

/** A scan error as a tool notification; IaC diagnostics (`resource` = `file:line[:col]`) keep their place. */
function notification(e: CollectionError) {
  const m = e.resource ? /^(.*?):(\d+)(?::(\d+))?$/.exec(e.resource) : null;
  const warning = e.message.startsWith('warning: ');
  return {
    level: warning ? 'warning' : 'error',
    message: { text: `${e.provider}:${e.service}:${e.operation} ${e.code}: ${e.message}` },
    descriptor: { id: e.code },
    ...(m && m[1] && !m[1].startsWith('arn:') ? { locations: [{ physicalLocation: physical(m[1], Number(m[2]), m[3] ? Number(m[3]) : undefined) }] } : {}),
  };
}

export async function* sarifReport(report: ScanReport, opts: SarifOptions = {}): AsyncGenerator<string> {
  const root = pathToFileURL(`${opts.srcRoot ?? process.cwd()}/`).href;
  yield `{"$schema":${toJson(SARIF_SCHEMA)},"version":"2.1.0","runs":[{\n"results":[`;
  const rules = new Map<string, { index: number; severity: Severity; title: string }>();
  let first = true;
  for await (const f of report.findings) {
    if (f.status !== 'fail' && f.status !== 'unknown') continue;
    let r = rules.get(f.ruleId);
    if (!r) rules.set(f.ruleId, (r = { index: rules.size, severity: f.severity, title: f.title }));
    yield `${first ? '\n' : ',\n'}${toJson(resultOf(f, r.index))}`;
    first = false;
  }
  const errors = report.errors;
  const driver = {
    name: 'Parapet',
    semanticVersion: report.parapet,
    version: report.parapet,
    rules: [...rules].map(([id, r]) => ruleOf(id, r.severity, r.title, report.rules?.get(id))),
  };
  const invocation = {
    executionSuccessful: !errors.some((e) => !e.message.startsWith('warning: ')),
    ...(report.scan.startedAt ? { startTimeUtc: report.scan.startedAt } : {}),
    ...(report.scan.finishedAt ? { endTimeUtc: report.scan.finishedAt } : {}),
    toolExecutionNotifications: errors.map(notification),
  };
  yield `${first ? '' : '\n'}],\n"tool":{"driver":${toJson(driver)}},\n"invocations":[${toJson(invocation)}],\n"originalUriBaseIds":{"%SRCROOT%":{"uri":${toJson(root)}}},\n"automationDetails":{"id":${toJson(`parapet/${report.scan.target}/${report.scan.id}`)}}\n}]}\n`;
}
