/** `compliance` output: table for people, JSON and CSV for scripts (HTML comes from the report renderer). */
import Table from 'cli-table3';
import type { Framework } from '../core/framework.js';
import { csvRow } from '../report/csv.js';
import type { Style } from '../report/style.js';
import { clean, cut, num } from '../report/text.js';
import { VERSION } from '../cli/version.js';
import type { ComplianceResult, ControlResult, FrameworkResult } from './result.js';
import { frameworkCoverage } from './result.js';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);
const score = (s: number | null) => (s === null ? '–' : s.toFixed(1));

function grid(head: string[], st: Style): Table.Table {
  return new Table({ head: head.map((h) => st.c.bold(h)), style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: true } });
}

function statusText(s: ControlResult['status'], st: Style): string {
  switch (s) {
    case 'pass':
      return st.c.green(s);
    case 'fail':
      return st.c.red(s);
    case 'partial':
      return st.c.yellow(s);
    case 'unknown':
      return st.c.magenta(s);
    default:
      return st.c.gray(s);
  }
}

/** `compliance --list`: every framework and its coverage. */
export function listTable(frameworks: Framework[], st: Style): string {
  const t = grid(['framework', 'name', 'version', 'controls', 'automated', 'coverage', 'aws', 'azure', 'gcp'], st);
  for (const fw of frameworks) {
    const c = frameworkCoverage(fw);
    t.push([fw.id, cut(fw.name, 48), fw.version, num(c.total), num(c.automated), pct(c.automated, c.total), num(c.byProvider.aws), num(c.byProvider.azure), num(c.byProvider.gcp)]);
  }
  return `${t.toString()}\nCoverage: controls evaluated by at least one rule, of all controls listed (the rest are checked by hand).\n`;
}

export function listJson(frameworks: Framework[]): string {
  const out = frameworks.map((fw) => {
    const c = frameworkCoverage(fw);
    return { id: fw.id, name: fw.name, version: fw.version, publisher: fw.publisher, url: fw.url, providers: fw.providers, scope: fw.scope, controls: c.total, automated: c.automated, automatedByProvider: c.byProvider };
  });
  return `${JSON.stringify({ parapet: VERSION, frameworks: out }, null, 2)}\n`;
}

/** Every framework's control status in the scan, one line each. */
export function summaryTable(r: ComplianceResult, st: Style): string {
  const t = grid(['framework', 'score', 'coverage', 'pass', 'fail', 'partial', 'unknown', 'manual', 'n/a'], st);
  for (const fw of r.frameworks) {
    const s = fw.controlStatus;
    t.push([fw.id, score(fw.score), `${fw.coverage.automated}/${fw.coverage.total}`, st.c.green(num(s.pass)), st.c.red(num(s.fail)), st.c.yellow(num(s.partial)), st.c.magenta(num(s.unknown)), num(s.manual), num(s.not_applicable)]);
  }
  return `${header(r)}${t.toString()}\nOne framework in detail: parapet compliance <framework> (ids above).\n`;
}

/** One framework: every control with its status, resources and (up to `maxFailing`) failing resources. */
export function frameworkTable(r: ComplianceResult, fw: FrameworkResult, st: Style, maxFailing = 3): string {
  const t = grid(['control', 'title', 'status', 'resources', 'failing (reason)'], st);
  for (const c of fw.controls) {
    const failing = c.failing.slice(0, maxFailing).map((f) => `${f.status === 'unknown' ? '? ' : ''}${cut(clean(f.name), 32)}: ${cut(clean(f.reason), 60)}`);
    if (c.failing.length > maxFailing) failing.push(`… and ${num(c.failing.length - maxFailing)} more (--format json)`);
    t.push([c.id, cut(c.title, 44), statusText(c.status, st), c.rules.length ? num(c.resources) : '–', failing.join('\n') || (c.status === 'manual' ? st.c.gray(cut(c.manual ?? '', 60)) : '')]);
  }
  const s = fw.controlStatus;
  const line = `${fw.name} ${fw.version}: score ${score(fw.score)}, ${fw.coverage.automated} of ${fw.coverage.total} controls automated; pass ${s.pass}, fail ${s.fail}, partial ${s.partial}, unknown ${s.unknown}, manual ${s.manual}, n/a ${s.not_applicable}\n`;
  return `${header(r)}${line}${t.toString()}\n`;
}

function header(r: ComplianceResult): string {
  return `Scan ${r.scan.id} (${r.scan.target}, ${r.scan.startedAt}) · clouds: ${r.providers.join(', ') || 'none'}\n`;
}

/**
 * JSON of the result; each control lists at most `maxFailing` failing resources (fail first, then unknown)
 * beside `failingTotal`, so a scan of many accounts does not repeat every failure under every control
 * (`--format csv` lists them all).
 */
export function complianceJson(r: ComplianceResult, maxFailing = Number.POSITIVE_INFINITY): string {
  const frameworks = r.frameworks.map((fw) => ({
    ...fw,
    controls: fw.controls.map((c) => ({ ...c, failingTotal: c.failing.length, failing: c.failing.slice(0, maxFailing) })),
  }));
  return `${JSON.stringify({ parapet: VERSION, scan: r.scan, providers: r.providers, frameworks }, null, 2)}\n`;
}

export const COMPLIANCE_CSV_COLUMNS = ['framework', 'control', 'title', 'section', 'status', 'resources', 'pass', 'fail', 'unknown', 'rule', 'asset_id', 'asset_name', 'provider', 'account', 'region', 'verdict', 'reason'] as const;

/** One row per failing resource of a control; one row per control with none. */
export function* complianceCsv(r: ComplianceResult): Generator<string> {
  yield csvRow(COMPLIANCE_CSV_COLUMNS);
  for (const fw of r.frameworks) {
    for (const c of fw.controls) {
      const head = [fw.id, c.id, c.title, c.section, c.status, c.rules.length ? c.resources : '', c.verdicts.pass, c.verdicts.fail, c.verdicts.unknown];
      if (c.failing.length === 0) yield csvRow([...head, '', '', '', '', '', '', '', c.status === 'manual' ? (c.manual ?? '') : '']);
      for (const f of c.failing) yield csvRow([...head, f.ruleId, f.assetId, f.name, f.provider, f.account, f.region, f.status, f.reason]);
    }
  }
}
