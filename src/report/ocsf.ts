/**
 * `--format ocsf`: one OCSF 1.x Detection Finding (class_uid 2004, category Findings) per finding, as a
 * JSON array or as JSON Lines.
 *
 * Mappings (see docs in the OCSF schema: finding / detection_finding / compliance / resource_details):
 * - severity_id: info 1 Informational, low 2, medium 3, high 4, critical 5.
 * - status_id (finding lifecycle) from our state: open 1 New (Parapet has no triage workflow yet, so
 *   nothing is "In Progress"), suppressed 3 Suppressed, resolved 4 Resolved.
 * - activity_id: resolved 3 Close; open or suppressed first seen in this scan 1 Create, else 2 Update;
 *   type_uid = class_uid * 100 + activity_id.
 * - compliance.status_id from the verdict: pass 1 Pass, fail 3 Fail, unknown 2 Warning (OCSF: "the check
 *   did not yield a result due to missing information", which is what unknown means), not_applicable
 *   99 Other with status "Not Applicable". `compliance.status_code` always carries our verdict verbatim,
 *   so unknown stays distinguishable and is never reported as pass.
 *
 * `compliance` is part of the Compliance Finding class (2003) rather than Detection Finding; it is emitted
 * on the Detection Finding because the verdict is the point of a posture check. Parapet's own fields
 * (verdict, state, kind, IaC location) are also kept in `unmapped.parapet`.
 */
import type { Provider } from '../core/asset.js';
import type { FindingState } from '../core/finding.js';
import type { Remediation } from '../core/rule.js';
import type { Severity, Status } from '../core/verdict.js';
import { evidenceJson, suppressionJson } from './json.js';
import type { ReportFinding, ScanReport } from './types.js';
import { toJson } from './write.js';

export const OCSF_VERSION = '1.3.0';
export const DETECTION_FINDING = { class_uid: 2004, class_name: 'Detection Finding', category_uid: 2, category_name: 'Findings' } as const;

export const OCSF_SEVERITY: Record<Severity, { id: number; name: string }> = {
  info: { id: 1, name: 'Informational' },
  low: { id: 2, name: 'Low' },
  medium: { id: 3, name: 'Medium' },
  high: { id: 4, name: 'High' },
  critical: { id: 5, name: 'Critical' },
};

export const OCSF_FINDING_STATUS: Record<FindingState, { id: number; name: string }> = {
  open: { id: 1, name: 'New' },
  suppressed: { id: 3, name: 'Suppressed' },
  resolved: { id: 4, name: 'Resolved' },
};

export const OCSF_COMPLIANCE_STATUS: Record<Status, { id: number; name: string }> = {
  pass: { id: 1, name: 'Pass' },
  unknown: { id: 2, name: 'Warning' },
  fail: { id: 3, name: 'Fail' },
  not_applicable: { id: 99, name: 'Not Applicable' },
};

export const OCSF_ACTIVITY = { create: { id: 1, name: 'Create' }, update: { id: 2, name: 'Update' }, close: { id: 3, name: 'Close' } } as const;

const CLOUD_PROVIDER: Record<Provider, string> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP' };
/** OCSF account.type_id: 10 AWS Account, 13 Azure Subscription, 11 GCP Project. */
const ACCOUNT_TYPE: Record<Provider, { id: number; name: string }> = {
  aws: { id: 10, name: 'AWS Account' },
  azure: { id: 13, name: 'Azure Subscription' },
  gcp: { id: 11, name: 'GCP Project' },
};

export interface OcsfContext {
  parapet: string;
  scanId: string;
  /** Fallback event time (ms) when a finding's own times do not parse. */
  fallbackTime: number;
  version: string;
  rules?: ScanReport['rules'];
}

function ms(iso: string | null | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
}

/** `aws`, `aws-cn`, `aws-us-gov`... from an ARN. */
export function arnPartition(id: string): string | undefined {
  const m = /^arn:([a-z0-9-]+):/.exec(id);
  return m?.[1];
}

function activityOf(f: ReportFinding) {
  if (f.state === 'resolved') return OCSF_ACTIVITY.close;
  return f.firstSeen === f.lastSeen ? OCSF_ACTIVITY.create : OCSF_ACTIVITY.update;
}

/** One Detection Finding object. */
export function toOcsf(f: ReportFinding, ctx: OcsfContext) {
  const a = f.asset;
  const activity = activityOf(f);
  const severity = OCSF_SEVERITY[f.severity];
  const lifecycle = OCSF_FINDING_STATUS[f.state];
  const verdict = OCSF_COMPLIANCE_STATUS[f.status];
  const rule = ctx.rules?.get(f.ruleId);
  const region = a.region && a.region !== 'global' ? a.region : undefined;
  const account = { uid: a.account, type_id: ACCOUNT_TYPE[a.provider].id, type: ACCOUNT_TYPE[a.provider].name };
  const partition = a.provider === 'aws' ? arnPartition(a.id) : undefined;
  const standards = [...new Set(f.compliance.map((c) => c.framework))];
  const firstSeen = ms(f.firstSeen);
  const lastSeen = ms(f.lastSeen);
  const time = lastSeen ?? firstSeen ?? ctx.fallbackTime;

  return {
    ...DETECTION_FINDING,
    activity_id: activity.id,
    activity_name: activity.name,
    type_uid: DETECTION_FINDING.class_uid * 100 + activity.id,
    type_name: `${DETECTION_FINDING.class_name}: ${activity.name}`,
    severity_id: severity.id,
    severity: severity.name,
    status_id: lifecycle.id,
    status: lifecycle.name,
    time,
    message: f.reason,
    metadata: {
      version: ctx.version,
      product: { name: 'Parapet', vendor_name: 'Parapet', version: ctx.parapet },
      event_code: f.ruleId,
      uid: `${ctx.scanId}/${f.id}`,
      profiles: ['cloud'],
    },
    finding_info: {
      uid: f.id,
      title: f.title,
      desc: rule?.rationale ?? f.reason,
      types: ['Posture Check', a.kind].filter(Boolean),
      analytic: { uid: f.ruleId, name: f.ruleId, type_id: 1, type: 'Rule' },
      ...(firstSeen !== undefined ? { created_time: firstSeen, first_seen_time: firstSeen } : {}),
      ...(lastSeen !== undefined ? { last_seen_time: lastSeen, modified_time: lastSeen } : {}),
    },
    resources: [
      {
        uid: a.id,
        name: a.name,
        type: a.type,
        ...(region ? { region } : {}),
        ...(partition ? { cloud_partition: partition } : {}),
        owner: { account },
        labels: [a.kind],
        data: { kind: a.kind, ...(a.iac ? { iac: a.iac } : {}) },
      },
    ],
    cloud: { provider: CLOUD_PROVIDER[a.provider], account, ...(region ? { region } : {}) },
    compliance: {
      status_id: verdict.id,
      status: verdict.name,
      status_code: f.status,
      status_detail: f.reason,
      standards,
      requirements: f.compliance.map((c) => `${c.framework} ${c.control}`),
      ...(f.compliance.length === 1 && f.compliance[0] ? { control: f.compliance[0].control } : {}),
    },
    ...(rule
      ? {
          remediation: {
            desc: remediationText(rule.remediation),
            references: [...rule.references],
          },
        }
      : {}),
    ...(f.evidence.length > 0 ? { evidences: f.evidence.map((e) => ({ name: e.path, data: evidenceJson(e) })) } : {}),
    unmapped: {
      parapet: {
        status: f.status,
        state: f.state,
        kind: a.kind,
        ...(f.resolvedAt ? { resolved_at: f.resolvedAt } : {}),
        ...(a.iac ? { iac: a.iac } : {}),
        ...(f.suppression ? { suppression: suppressionJson(f.suppression) } : {}),
      },
    },
  };
}

function remediationText(r: Remediation): string {
  const parts = r.steps.map((s, i) => `${i + 1}. ${s}`);
  if (r.cli) parts.push(`CLI: ${r.cli}`);
  if (r.terraform) parts.push(`Terraform: ${r.terraform}`);
  return parts.join('\n');
}

export async function* ocsfReport(report: ScanReport, opts: { jsonLines?: boolean; ocsfVersion?: string } = {}): AsyncGenerator<string> {
  const ctx: OcsfContext = {
    parapet: report.parapet,
    scanId: report.scan.id,
    fallbackTime: ms(report.scan.finishedAt) ?? ms(report.scan.startedAt) ?? Date.now(),
    version: opts.ocsfVersion ?? OCSF_VERSION,
    rules: report.rules,
  };
  if (opts.jsonLines) {
    for await (const f of report.findings) yield `${toJson(toOcsf(f, ctx))}\n`;
    return;
  }
  yield '[';
  let first = true;
  for await (const f of report.findings) {
    yield `${first ? '\n' : ',\n'}${toJson(toOcsf(f, ctx))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
