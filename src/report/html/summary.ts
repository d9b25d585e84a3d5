/** The report's static summary sections (rendered once, server side): scan header, scores, counts. */
import type { StatusCounts } from '../../core/scan.js';
import { SEVERITIES } from '../../core/verdict.js';
import type { ScoreRow } from '../../store/store.js';
import { trendChart } from './chart.js';
import { html, num, scoreText } from './escape.js';
import type { ReportModel } from './model.js';

const PROVIDER_NAMES: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud' };
export const providerName = (p: string): string => PROVIDER_NAMES[p] ?? p;

/** `aws:123456789012` as `AWS 123456789012`. */
export function accountName(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? key : `${providerName(key.slice(0, i))} ${key.slice(i + 1)}`;
}

/** A score bar: width from the score, color band from its value. */
export function scoreBar(score: number | null): string {
  if (score === null) return '<span class="bar"></span>';
  const band = score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
  return `<span class="bar"><span class="${band}" style="width:${Math.max(0, Math.min(100, score)).toFixed(1)}%"></span></span>`;
}

export function header(m: ReportModel): string {
  const s = m.scan;
  const derived = m.scoreSource === 'derived' ? '<p class="note">This scan recorded no scores; they were computed from its findings for this report.</p>' : '';
  return `<header>
<div><h1>Parapet posture report</h1>
<p class="meta">Scan <code>${html(s.id)}</code> · ${html(s.target)} · ${html(s.status)} · started ${html(s.startedAt.replace('T', ' ').slice(0, 19))} UTC · ${num(s.counts.assets)} assets · ${num(m.errors)} collection errors</p>${derived}</div>
<div class="score" id="score"><span class="label">Posture score</span><span class="value">${scoreText(m.total?.score ?? null)}</span>${scoreBar(m.total?.score ?? null)}</div>
</header>`;
}

export function trendSection(m: ReportModel): string {
  return `<section id="trend"><h2>Score trend</h2>${trendChart(m.history)}</section>`;
}

function scoreTable(rows: ScoreRow[], label: string, name: (key: string) => string): string {
  const body = rows
    .map((r) => `<tr><td>${html(name(r.key))}</td><td class="n">${scoreText(r.score)}</td><td>${scoreBar(r.score)}</td><td class="n">${num(r.fail)}</td><td class="n">${num(r.unknown)}</td><td class="n">${num(r.pass)}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>${label}</th><th>Score</th><th></th><th>Fail</th><th>Unknown</th><th>Pass</th></tr></thead><tbody>${body || '<tr><td colspan="6">none</td></tr>'}</tbody></table>`;
}

export function scoresSection(m: ReportModel): string {
  // Worst accounts first: they are where to look.
  const accounts = [...m.accounts].sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || a.key.localeCompare(b.key));
  return `<section id="scores"><h2>Score per cloud and account</h2><div class="cols">
<div>${scoreTable(m.providers, 'Cloud', providerName)}</div>
<div class="scroll">${scoreTable(accounts, `Account (${num(accounts.length)}, worst first)`, accountName)}</div>
</div></section>`;
}

function countsRow(label: string, c: StatusCounts, cls = ''): string {
  return `<tr><td${cls ? ` class="${cls}"` : ''}>${html(label)}</td><td class="n">${num(c.fail)}</td><td class="n">${num(c.unknown)}</td><td class="n">${num(c.pass)}</td><td class="n">${num(c.not_applicable)}</td></tr>`;
}

const COUNT_HEAD = '<th>Fail</th><th>Unknown</th><th>Pass</th><th>N/A</th>';

export function countsSection(m: ReportModel): string {
  const c = m.counts;
  const bySeverity = SEVERITIES.map((s) => countsRow(s, c.bySeverity[s], `sev-${s}`)).join('') + countsRow('total', c.total, 'total');
  const byProvider = Object.keys(c.byProvider)
    .sort()
    .map((p) => countsRow(providerName(p), c.byProvider[p]!))
    .join('');
  const accounts = Object.entries(c.byAccount).sort(([ka, a], [kb, b]) => b.fail - a.fail || b.unknown - a.unknown || ka.localeCompare(kb));
  const byAccount = accounts.map(([k, v]) => countsRow(accountName(k), v)).join('');
  return `<section id="counts"><h2>Findings by severity, cloud and account</h2><div class="cols3">
<table><thead><tr><th>Severity</th>${COUNT_HEAD}</tr></thead><tbody>${bySeverity}</tbody></table>
<table><thead><tr><th>Cloud</th>${COUNT_HEAD}</tr></thead><tbody>${byProvider}</tbody></table>
<div class="scroll"><table><thead><tr><th>Account (${num(accounts.length)})</th>${COUNT_HEAD}</tr></thead><tbody>${byAccount}</tbody></table></div>
</div></section>`;
}
