/**
 * What the HTML report shows, read from the store: one scan, its findings (encoded compactly), score history,
 * scores per cloud and account, and control status per framework joined with the frameworks' titles and
 * sections. `renderHtmlReport` turns it into HTML and reads nothing else.
 */
import { VERSION } from '../../cli/version.js';
import { PostureTally } from '../../compliance/tally.js';
import type { ControlStatus, Framework } from '../../core/framework.js';
import type { ScanSummary, StatusCounts } from '../../core/scan.js';
import { SEVERITIES, type Severity } from '../../core/verdict.js';
import type { ControlRow, ScoreRow, Store } from '../../store/store.js';
import { FindingEncoder, type EncodedFindings } from './encode.js';

export interface ControlLine {
  id: string;
  title: string;
  section: string;
  status: ControlStatus;
  pass: number;
  fail: number;
  unknown: number;
  not_applicable: number;
  /** What an auditor checks by hand, when the framework says. */
  manual?: string;
}

export interface FrameworkSection {
  id: string;
  name: string;
  version: string;
  url: string;
  score: number | null;
  /** Status and score computed from the findings: the scan recorded none for this framework. */
  derived: boolean;
  /** Controls per status. */
  statuses: Record<ControlStatus, number>;
  controls: ControlLine[];
}

export interface FailingControl {
  framework: string;
  frameworkName: string;
  control: string;
  title: string;
  status: ControlStatus;
  fail: number;
  pass: number;
  unknown: number;
}

export interface ReportModel {
  parapet: string;
  generatedAt: string;
  scan: ScanSummary;
  /** `stored`: scores as the scan recorded them; `derived`: computed here from the findings (the scan recorded none). */
  scoreSource: 'stored' | 'derived';
  total: ScoreRow | null;
  /** Total score of complete scans up to this one, oldest first. */
  history: Array<{ scanId: string; at: string; score: number | null }>;
  providers: ScoreRow[];
  accounts: ScoreRow[];
  frameworks: FrameworkSection[];
  /** Failing controls, most failing resources first. */
  topFailing: FailingControl[];
  counts: {
    total: StatusCounts;
    bySeverity: Record<Severity, StatusCounts>;
    byProvider: Record<string, StatusCounts>;
    /** Keyed `provider:account`, like account scores. */
    byAccount: Record<string, StatusCounts>;
  };
  errors: number;
  findings: EncodedFindings;
}

export interface ReportModelOptions {
  /** Default: the latest complete scan. */
  scanId?: string;
  /** The frameworks whose control tables the report shows (and whose titles and sections it uses). */
  frameworks: Framework[];
  /** Parapet version printed in the footer. */
  parapet?: string;
  now?: Date;
  /** Scan history points kept for the chart. */
  historyLimit?: number;
  /** Top failing controls listed. */
  topControls?: number;
}

const zero = (): StatusCounts => ({ pass: 0, fail: 0, unknown: 0, not_applicable: 0 });

export async function buildReportModel(store: Store, opts: ReportModelOptions): Promise<ReportModel> {
  const scan = await pickScan(store, opts.scanId);
  const tally = new PostureTally(opts.frameworks);
  const counts: ReportModel['counts'] = { total: zero(), bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, zero()])) as Record<Severity, StatusCounts>, byProvider: {}, byAccount: {} };
  // Findings stream from the store into the tallies and the columnar encoding: only the columns stay.
  const encoder = new FindingEncoder();
  for await (const f of store.streamFindings({ scanId: scan.id })) {
    tally.add({ ruleId: f.ruleId, severity: f.severity, provider: f.asset.provider, account: f.asset.account, status: f.status });
    counts.total[f.status]++;
    counts.bySeverity[f.severity][f.status]++;
    (counts.byProvider[f.asset.provider] ??= zero())[f.status]++;
    (counts.byAccount[`${f.asset.provider}:${f.asset.account}`] ??= zero())[f.status]++;
    encoder.add(f);
  }
  const encoded = encoder.result();

  // Scans recorded before scoring existed have no scores, and a framework added since (or passed in by a
  // caller) has no stored control rows: those are computed from the findings, and the report says so.
  const storedScores = await store.scores(scan.id);
  const scores = storedScores.length ? storedScores : tally.scores();
  const storedControls = await store.controls(scan.id);
  const stored = new Set(storedControls.map((r) => r.framework));
  const missing = new Set(opts.frameworks.filter((f) => !stored.has(f.id)).map((f) => f.id));
  const controls = missing.size ? [...storedControls, ...tally.controlRows().filter((r) => missing.has(r.framework))] : storedControls;
  const frameworkScores = missing.size ? [...scores.filter((r) => !(r.scope === 'framework' && missing.has(r.key))), ...tally.scores().filter((r) => r.scope === 'framework' && missing.has(r.key))] : scores;

  const total = scores.find((s) => s.scope === 'total') ?? null;
  const history = await scoreTrend(store, scan, total, opts.historyLimit ?? 60);
  const frameworks = frameworkSections(opts.frameworks, controls, frameworkScores, missing);
  return {
    parapet: opts.parapet ?? VERSION,
    generatedAt: (opts.now ?? new Date()).toISOString(),
    scan,
    scoreSource: storedScores.length ? 'stored' : 'derived',
    total,
    history,
    providers: scores.filter((s) => s.scope === 'provider'),
    accounts: scores.filter((s) => s.scope === 'account'),
    frameworks,
    topFailing: topFailing(frameworks, opts.topControls ?? 15),
    counts,
    errors: (await store.errors(scan.id)).length,
    findings: encoded,
  };
}

async function pickScan(store: Store, scanId: string | undefined): Promise<ScanSummary> {
  if (scanId) {
    const scan = await store.getScan(scanId);
    if (!scan) throw new Error(`no scan '${scanId}' in the database`);
    return scan;
  }
  const latest = (await store.listScans(50)).find((s) => s.status === 'complete');
  if (!latest) throw new Error("no complete scan in the database: run 'parapet scan ...' or 'parapet demo' first");
  return latest;
}

/** The total score of complete scans up to (and including) this one; this scan's score when none was stored. */
async function scoreTrend(store: Store, scan: ScanSummary, total: ScoreRow | null, limit: number): Promise<ReportModel['history']> {
  const all = await store.scoreHistory('total', '');
  const at = all.findIndex((h) => h.scanId === scan.id);
  const upTo = at >= 0 ? all.slice(0, at + 1) : all.filter((h) => h.at <= scan.startedAt);
  const points = upTo.slice(-limit).map((h) => ({ scanId: h.scanId, at: h.at, score: h.score }));
  if (at < 0) points.push({ scanId: scan.id, at: scan.startedAt, score: total?.score ?? null });
  return points.slice(-limit);
}

function frameworkSections(frameworks: Framework[], controls: ControlRow[], scores: ScoreRow[], derived: Set<string>): FrameworkSection[] {
  const rows = new Map(controls.map((r) => [`${r.framework}\n${r.control}`, r]));
  return frameworks.map((fw) => {
    const statuses: Record<ControlStatus, number> = { pass: 0, fail: 0, partial: 0, unknown: 0, manual: 0, not_applicable: 0 };
    const lines = fw.controls.map((c): ControlLine => {
      const r = rows.get(`${fw.id}\n${c.id}`);
      // A control the scan has no row for was not evaluated: an auditor has to look (manual).
      const status = r?.status ?? 'manual';
      statuses[status]++;
      return { id: c.id, title: c.title, section: c.section, status, pass: r?.pass ?? 0, fail: r?.fail ?? 0, unknown: r?.unknown ?? 0, not_applicable: r?.not_applicable ?? 0, ...(c.manual ? { manual: c.manual } : {}) };
    });
    const score = scores.find((s) => s.scope === 'framework' && s.key === fw.id)?.score ?? null;
    return { id: fw.id, name: fw.name, version: fw.version, url: fw.url, score, derived: derived.has(fw.id), statuses, controls: lines };
  });
}

function topFailing(frameworks: FrameworkSection[], n: number): FailingControl[] {
  return frameworks
    .flatMap((fw) =>
      fw.controls
        .filter((c) => c.status === 'fail')
        .map((c) => ({ framework: fw.id, frameworkName: fw.name, control: c.id, title: c.title, status: c.status, fail: c.fail, pass: c.pass, unknown: c.unknown })),
    )
    .sort((a, b) => b.fail - a.fail || a.framework.localeCompare(b.framework) || a.control.localeCompare(b.control, 'en', { numeric: true }))
    .slice(0, n);
}
