/**
 * Posture summary (used by `parapet demo` and after scans): counts per status, failing per severity,
 * per service, per native type and per account, and the list of services covered.
 */
import type { ScanSummary, StatusCounts } from '../core/scan.js';
import { SEVERITIES, severityRank, type Severity } from '../core/verdict.js';
import { aggregate, groupErrors, type AccountTally, type ErrorGroup, type RuleTally } from './aggregate.js';
import { style } from './style.js';
import { clean, num } from './text.js';
import type { ScanReport } from './types.js';

export interface PostureSummary {
  parapet: string;
  scan: ScanSummary;
  /** Verdicts over the findings given. */
  byStatus: StatusCounts;
  failBySeverity: Record<Severity, number>;
  unknownBySeverity: Record<Severity, number>;
  /** Sorted by name. */
  services: Array<{ service: string } & StatusCounts>;
  types: Array<{ type: string } & StatusCounts>;
  accounts: AccountTally[];
  /** Services with at least one check, sorted. */
  servicesCovered: string[];
  errors: { total: number; groups: number };
  /** Failing or unknown findings accepted by suppressions (in no other count). */
  suppressed: number;
  /** Failing rules, most severe first, then most failures: what to fix first. */
  fixFirst: RuleTally[];
  /** Baseline rules (one rule, every cloud) with their verdicts per provider, when more than one provider was judged. */
  acrossClouds: Array<{ ruleId: string; title: string; severity: Severity; byProvider: Record<string, StatusCounts> }>;
  /** The largest groups of collection errors. */
  errorGroups: ErrorGroup[];
}

const FIX_FIRST = 10;
const ERROR_GROUPS = 5;

export async function summarize(report: ScanReport): Promise<PostureSummary> {
  // Baseline verdicts per provider are tallied as the findings stream through the aggregate.
  const across = new Map<string, PostureSummary['acrossClouds'][number]>();
  const providers = new Set<string>();
  const tally = async function* (src: ScanReport['findings']) {
    for await (const f of src) {
      providers.add(f.asset.provider);
      if (f.ruleId.startsWith('baseline.') && !f.suppression) {
        let r = across.get(f.ruleId);
        if (!r) across.set(f.ruleId, (r = { ruleId: f.ruleId, title: f.title, severity: f.severity, byProvider: {} }));
        const k = (r.byProvider[f.asset.provider] ??= { pass: 0, fail: 0, unknown: 0, not_applicable: 0 });
        k[f.status]++;
      }
      yield f;
    }
  };
  const agg = await aggregate(tally(report.findings), { limit: 0 });
  const byName = <K extends string>(key: K) => (a: Record<K, string>, b: Record<K, string>) => a[key].localeCompare(b[key]);
  return {
    parapet: report.parapet,
    scan: report.scan,
    byStatus: agg.byStatus,
    failBySeverity: agg.failBySeverity,
    unknownBySeverity: agg.unknownBySeverity,
    services: [...agg.services].map(([service, c]) => ({ service, ...c })).sort(byName('service')),
    types: [...agg.types].map(([type, c]) => ({ type, ...c })).sort(byName('type')),
    accounts: [...agg.accounts.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.account.localeCompare(b.account)),
    servicesCovered: [...agg.services.keys()].sort(),
    errors: { total: report.errors.length, groups: groupErrors(report.errors).length },
    suppressed: agg.suppressed,
    fixFirst: [...agg.rules.values()]
      .filter((r) => r.fail > 0)
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.fail - a.fail || a.ruleId.localeCompare(b.ruleId))
      .slice(0, FIX_FIRST),
    errorGroups: groupErrors(report.errors).slice(0, ERROR_GROUPS),
    acrossClouds:
      providers.size > 1
        ? [...across.values()]
            .filter((r) => Object.values(r.byProvider).some((k) => k.fail > 0))
            .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId))
        : [],
  };
}

export function formatSummary(s: PostureSummary, opts: { color?: boolean } = {}): string {
  const st = style(opts.color ?? false);
  const { c } = st;
  const counts = (k: StatusCounts) =>
    [
      st.status('pass', `pass ${num(k.pass).padStart(6)}`),
      st.status('fail', `fail ${num(k.fail).padStart(6)}`),
      st.status('unknown', `unknown ${num(k.unknown).padStart(6)}`),
      st.status('not_applicable', `n/a ${num(k.not_applicable).padStart(6)}`),
    ].join('  ');
  const block = (title: string, rows: Array<[string, StatusCounts]>) => {
    if (rows.length === 0) return '';
    const w = Math.min(48, rows.reduce((m, [name]) => Math.max(m, name.length), 0));
    return `${c.bold(title)}\n${rows.map(([name, k]) => `  ${clean(name).padEnd(w)}  ${counts(k)}\n`).join('')}`;
  };
  const total = s.byStatus.pass + s.byStatus.fail + s.byStatus.unknown + s.byStatus.not_applicable;
  let out = `${c.bold('Posture summary')}  scan ${clean(s.scan.id)} (${clean(s.scan.target)}, ${clean(s.scan.status)})  Parapet ${clean(s.parapet)}\n`;
  out += `  assets ${num(s.scan.counts.assets)}   checks ${num(total + s.suppressed)}   ${counts(s.byStatus)}${s.suppressed ? `  suppressed ${num(s.suppressed)}` : ''}\n`;
  out += `  failing by severity: ${SEVERITIES.map((v) => st.severity(v, `${v} ${num(s.failBySeverity[v])}`)).join('  ')}\n`;
  if (s.byStatus.unknown > 0) {
    out += `  unknown by severity: ${SEVERITIES.map((v) => `${v} ${num(s.unknownBySeverity[v])}`).join('  ')}  ${c.dim('(could not be assessed; never counted as pass)')}\n`;
  }
  out += '\n';
  out += block('By service', s.services.map((r) => [r.service, r]));
  out += block('By type', s.types.map((r) => [r.type, r]));
  out += block('By account', s.accounts.map((r) => [`${r.provider} ${r.account}`, r]));
  if (s.fixFirst.length > 0) {
    out += `\n${c.bold('Fix first')} ${c.dim('(failing rules, most severe first; parapet rules show ID for the fix)')}\n`;
    for (const r of s.fixFirst) out += `  ${st.severity(r.severity, r.severity.padEnd(8))}  ${String(r.fail).padStart(4)} failing  ${clean(r.ruleId).padEnd(52)} ${clean(r.title)}\n`;
  }
  if (s.acrossClouds.length > 0) {
    out += `\n${c.bold('Same rule, every cloud')} ${c.dim('(baseline rules failing somewhere: fail/pass per cloud)')}\n`;
    for (const r of s.acrossClouds) {
      const per = ['aws', 'azure', 'gcp']
        .map((p) => {
          const k = r.byProvider[p];
          return `${p} ${k ? `${String(k.fail).padStart(3)}/${String(k.pass).padEnd(3)}` : '  -    '}`;
        })
        .join('  ');
      out += `  ${st.severity(r.severity, r.severity.padEnd(8))}  ${clean(r.ruleId).padEnd(50)} ${per}\n`;
    }
  }
  out += `\n${c.bold(`Services covered (${s.servicesCovered.length})`)}: ${s.servicesCovered.map(clean).join(', ') || 'none'}\n`;
  out += s.errors.total > 0
    ? `${c.bold('Collection errors')}: ${num(s.errors.total)} in ${num(s.errors.groups)} groups ${c.dim('(checks that needed the data are unknown)')}\n${s.errorGroups
        .map((g) => `  ${clean(`${g.provider} ${g.account} ${g.region} ${g.service}:${g.operation} ${g.code}`)}${g.count > 1 ? ` x${g.count}` : ''}\n`)
        .join('')}`
    : `${c.bold('Collection errors')}: none\n`;
  return out;
}

export async function renderSummary(report: ScanReport, opts: { color?: boolean } = {}): Promise<string> {
  return formatSummary(await summarize(report), opts);
}
