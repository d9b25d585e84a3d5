import type { Control, Framework } from '../core/framework.js';
import { html, num } from '../report/html/escape.js';
import type { ChainCheck } from '../store/store.js';
import { FAILING_LISTED, type ControlSummary } from './control-summary.js';

export interface SummaryPage {
  framework: Framework;
  control: string | null;
  since: string | null;
  until: string | null;
  generatedAt: string;
  version: string;
  chain: ChainCheck;
  records: number;
  /** Start time of each scan in range. */
  scanStarts: Map<string, string>;
  controls: Array<{ control: Control; summary: ControlSummary }>;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d232a}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:1.8rem 0 .3rem}table{border-collapse:collapse;margin:.4rem 0}
td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}th{background:#f3f5f7}
.ok{color:#1a7f37}.bad{color:#cf222e;font-weight:600}.muted{color:#59636e}code{font-size:.92em;word-break:break-all}
.s-pass{color:#1a7f37}.s-fail,.s-partial{color:#cf222e}.s-unknown{color:#9a6700}.s-manual,.s-not_applicable{color:#59636e}`;

/** The human-readable page of an evidence package: self-contained (no scripts, no external resources), all text escaped. */
export function summaryHtml(p: SummaryPage): string {
  const fw = p.framework;
  const range = `${p.since ?? 'the first record'} to ${p.until ?? 'the last record'}`;
  const chain = p.chain.ok
    ? `<span class="ok">intact</span>: ${num(p.chain.records)} records, head <code>${html(p.chain.head ?? '(empty)')}</code>`
    : `<span class="bad">BROKEN</span> at seq ${num(p.chain.problem?.seq ?? 0)} (${html(p.chain.problem?.kind)}): ${html(p.chain.problem?.message)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(`Evidence: ${fw.name}`)}</title><style>${STYLE}</style></head><body>
<h1>Evidence for ${html(fw.name)} <span class="muted">${html(fw.id)} ${html(fw.version)}</span></h1>
<table>
<tr><th>Scope</th><td>${p.control === null ? `all ${num(p.controls.length)} controls` : `control ${html(p.control)}`}</td></tr>
<tr><th>Time range</th><td>${html(range)}</td></tr>
<tr><th>Records</th><td>${num(p.records)}</td></tr>
<tr><th>Evidence chain</th><td>${chain}</td></tr>
<tr><th>Generated</th><td>${html(p.generatedAt)} by Parapet ${html(p.version)}</td></tr>
</table>
<p class="muted">Every record is in evidence.json and evidence.csv; manifest.json lists the files with their sha256.</p>
${p.controls.map((c) => controlSection(c.control, c.summary, p.scanStarts)).join('\n')}
</body></html>
`;
}

function controlSection(control: Control, s: ControlSummary, starts: Map<string, string>): string {
  const head = `<h2 id="${html(`c-${control.id}`)}">${html(control.id)} ${html(control.title)}</h2><div class="muted">${html(control.section)}</div>`;
  const manual = control.manual ? `<p><b>Check by hand:</b> ${html(control.manual)}</p>` : '';
  if (!control.rules || Object.keys(control.rules).length === 0) return `${head}${manual}`;
  if (s.scans.length === 0) return `${head}<p class="muted">No evidence records in range.</p>${manual}`;
  const rows = s.scans
    .map(
      (x) =>
        `<tr><td><code>${html(x.scanId)}</code></td><td>${html(starts.get(x.scanId) ?? '')}</td>` +
        `<td class="s-${html(x.status)}">${html(x.status)}${x.statusFrom === 'evidence' ? ' <span class="muted">(from evidence)</span>' : ''}</td>` +
        `<td>${num(x.counts.pass)}</td><td>${num(x.counts.fail)}</td><td>${num(x.counts.unknown)}</td><td>${num(x.counts.not_applicable)}</td></tr>`,
    )
    .join('\n');
  const latest = s.scans[s.scans.length - 1]!;
  const failing = s.failingAssets.length
    ? `<p>Failing in the latest scan (${num(latest.counts.fail)} failing verdicts${latest.counts.fail > FAILING_LISTED ? `, first ${FAILING_LISTED} assets shown` : ''}):</p><ul>${s.failingAssets.map((a) => `<li><code>${html(a)}</code></li>`).join('')}</ul>`
    : '<p>No failing assets in the latest scan.</p>';
  return `${head}
<p>${num(s.records)} records in ${num(s.scans.length)} scans.</p>
<table><tr><th>Scan</th><th>Started</th><th>Status</th><th>Pass</th><th>Fail</th><th>Unknown</th><th>N/A</th></tr>
${rows}</table>
${failing}${manual}`;
}
