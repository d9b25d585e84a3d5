/** Compliance sections (static HTML): the most failing controls and one control table per framework. */
import type { ControlStatus } from '../../core/framework.js';
import { html, num, scoreText } from './escape.js';
import type { ControlLine, FrameworkSection, ReportModel } from './model.js';
import { scoreBar } from './summary.js';

const STATUS_LABEL: Record<ControlStatus, string> = { pass: 'pass', fail: 'fail', partial: 'partial', unknown: 'unknown', manual: 'manual', not_applicable: 'n/a' };
/** `partial`: the rules all pass, a part of the control is checked by hand (src/core/framework.ts). */
const STATUS_TITLE: Partial<Record<ControlStatus, string>> = { partial: 'rules pass; part of the control is checked by hand' };
const ORDER: ControlStatus[] = ['fail', 'unknown', 'partial', 'pass', 'manual', 'not_applicable'];

export const statusBadge = (s: ControlStatus): string => `<span class="st st-${s}"${STATUS_TITLE[s] ? ` title="${STATUS_TITLE[s]}"` : ''}>${STATUS_LABEL[s]}</span>`;

export function topFailingSection(m: ReportModel): string {
  const rows = m.topFailing
    .map((c) => `<tr><td>${html(c.frameworkName)}</td><td><code>${html(c.control)}</code></td><td>${html(c.title)}</td><td>${statusBadge(c.status)}</td><td class="n">${num(c.fail)}</td><td class="n">${num(c.pass)}</td><td class="n">${num(c.unknown)}</td></tr>`)
    .join('');
  return `<section id="top-controls"><h2>Top failing controls</h2>${
    rows ? `<table><thead><tr><th>Framework</th><th>Control</th><th>Title</th><th>Status</th><th>Failing resources</th><th>Passing</th><th>Unknown</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No control fails.</p>'
  }</section>`;
}

function controlRow(c: ControlLine): string {
  const manual = c.manual ? `<div class="manual">${c.status === 'manual' ? 'Check by hand' : 'Also check by hand'}: ${html(c.manual)}</div>` : '';
  return `<tr class="c-${c.status}"><td><code>${html(c.id)}</code></td><td>${html(c.title)}${manual}</td><td>${statusBadge(c.status)}</td><td class="n">${num(c.pass)}</td><td class="n">${num(c.fail)}</td><td class="n">${num(c.unknown)}</td></tr>`;
}

function frameworkTable(fw: FrameworkSection): string {
  let section: string | undefined;
  const rows: string[] = [];
  for (const c of fw.controls) {
    if (c.section !== section) {
      section = c.section;
      rows.push(`<tr class="section"><th colspan="6">${html(section)}</th></tr>`);
    }
    rows.push(controlRow(c));
  }
  const summary = ORDER.filter((s) => fw.statuses[s] > 0)
    .map((s) => `${statusBadge(s)} ${num(fw.statuses[s])}`)
    .join(' ');
  return `<details class="framework" id="fw-${html(fw.id)}" data-framework="${html(fw.id)}"><summary><span class="fw-name">${html(fw.name)}</span> <span class="fw-score">${scoreText(fw.score)}</span> ${scoreBar(fw.score)} <span class="fw-statuses">${summary}</span></summary>
<p class="meta">${html(fw.id)} · version ${html(fw.version)} · <a href="${html(safeUrl(fw.url))}" rel="noreferrer">${html(fw.url)}</a> · ${num(fw.controls.length)} controls${fw.derived ? ' · status computed from this scan’s findings (the scan recorded none for this framework)' : ''}</p>
<table class="controls"><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Resources pass</th><th>Fail</th><th>Unknown</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

/** Only http(s) links are written; anything else (javascript:, data:) becomes inert. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

export function frameworksSection(m: ReportModel): string {
  if (m.frameworks.length === 0) return '';
  return `<section id="frameworks"><h2>Compliance frameworks</h2><p class="hint">Resources: verdicts of the rules evaluating each control. Open a framework for its controls.</p>${m.frameworks.map(frameworkTable).join('\n')}</section>`;
}
