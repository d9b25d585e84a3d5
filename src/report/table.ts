/**
 * `--format table` (the default on a terminal): a posture summary for people. Totals, failing findings
 * by severity, the top failing rules, breakdowns by service and account, collection errors grouped, and
 * the worst findings (at most `limit`, then "... and K more (use --format json)").
 */
import Table from 'cli-table3';
import { SEVERITIES } from '../core/verdict.js';
import { aggregate, groupErrors, topFailingRules, type Aggregate } from './aggregate.js';
import { style, type Style } from './style.js';
import { clean, cut, duration, num } from './text.js';
import type { ScanReport } from './types.js';

export interface TableOptions {
  color?: boolean;
  /** Findings rows (default 50). */
  limit?: number;
  /** Target width in columns (default 120). */
  width?: number;
  /** Rows in the rule, account and error tables (default 10, 20, 20). */
  topRules?: number;
  topAccounts?: number;
  topErrors?: number;
}

function grid(head: string[], st: Style): Table.Table {
  return new Table({
    head: head.map((h) => st.c.bold(h)),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: true },
  });
}

function right(n: number): Table.Cell {
  return { content: num(n), hAlign: 'right' };
}

function more(shown: number, total: number, what: string, st: Style): string {
  return total > shown ? `${st.c.dim(`... and ${num(total - shown)} more ${what}`)}\n` : '';
}

export async function* tableReport(report: ScanReport, opts: TableOptions = {}): AsyncGenerator<string> {
  const st = style(opts.color ?? false);
  const { c } = st;
  const width = Math.max(60, opts.width ?? 120);
  const limit = Math.max(0, opts.limit ?? 50);
  const agg = await aggregate(report.findings, { limit });
  const s = report.scan;

  // Header and totals.
  const took = s.finishedAt ? ` (${duration(Date.parse(s.finishedAt) - Date.parse(s.startedAt))})` : '';
  yield `${c.bold(`Parapet ${clean(report.parapet)}`)}  scan ${clean(s.id)}  target ${clean(s.target)}  ${s.status === 'complete' ? c.green(s.status) : c.yellow(s.status)}\n`;
  yield c.dim(`started ${clean(s.startedAt)}${s.finishedAt ? `  finished ${clean(s.finishedAt)}${took}` : ''}`) + '\n\n';
  const n = s.counts;
  yield `${c.bold('Assets')} ${num(n.assets)}   ${c.bold('Checks')} ${num(n.pass + n.fail + n.unknown + n.not_applicable)}   ` +
    `${st.status('pass', `pass ${num(n.pass)}`)}   ${st.status('fail', `fail ${num(n.fail)}`)}   ` +
    `${st.status('unknown', `unknown ${num(n.unknown)}`)}   ${st.status('not_applicable', `n/a ${num(n.not_applicable)}`)}\n`;
  yield section(agg, st);

  // Top failing rules.
  const rules = topFailingRules(agg, opts.topRules ?? 10);
  if (rules.length > 0) {
    const t = grid(['Rule', 'Severity', 'Failing', 'Unknown', 'Title'], st);
    // 6 borders, 2 padding per column, severity/failing/unknown columns about 8 wide.
    const titleWidth = Math.max(20, width - 6 - 10 - widest(rules, 4, (r) => r.ruleId) - 8 * 3);
    for (const r of rules) t.push([clean(r.ruleId), st.severity(r.severity), right(r.fail), right(r.unknown), cut(clean(r.title), titleWidth)]);
    const failingRules = [...agg.rules.values()].filter((r) => r.fail > 0).length;
    yield `\n${c.bold('Top failing rules')}\n${t.toString()}\n${more(rules.length, failingRules, 'failing rules', st)}`;
  }

  // By service.
  if (agg.services.size > 0) {
    const t = grid(['Service', 'Pass', 'Fail', 'Unknown', 'N/A'], st);
    const rows = [...agg.services.entries()].sort(([a, x], [b, y]) => y.fail - x.fail || y.unknown - x.unknown || a.localeCompare(b));
    for (const [svc, k] of rows) t.push([clean(svc), right(k.pass), right(k.fail), right(k.unknown), right(k.not_applicable)]);
    yield `\n${c.bold('By service')}\n${t.toString()}\n`;
  }

  // By account.
  if (agg.accounts.size > 0) {
    const top = opts.topAccounts ?? 20;
    const t = grid(['Provider', 'Account', 'Pass', 'Fail', 'Unknown', 'N/A'], st);
    const rows = [...agg.accounts.values()].sort((x, y) => y.fail - x.fail || y.unknown - x.unknown || x.account.localeCompare(y.account));
    for (const k of rows.slice(0, top)) t.push([clean(k.provider), clean(k.account), right(k.pass), right(k.fail), right(k.unknown), right(k.not_applicable)]);
    yield `\n${c.bold('By account')}\n${t.toString()}\n${more(Math.min(top, rows.length), rows.length, 'accounts', st)}`;
  }

  // Collection errors.
  if (report.errors.length > 0) {
    const top = opts.topErrors ?? 20;
    const groups = groupErrors(report.errors);
    const t = grid(['Provider', 'Account', 'Region', 'Service', 'Operation', 'Code', 'Count'], st);
    for (const g of groups.slice(0, top)) t.push([clean(g.provider), clean(g.account), clean(g.region), clean(g.service), clean(g.operation), c.yellow(clean(g.code)), right(g.count)]);
    yield `\n${c.bold(`Collection errors (${num(report.errors.length)})`)}  ${c.dim('(checks that needed the missing data are unknown, never pass)')}\n${t.toString()}\n${more(Math.min(top, groups.length), groups.length, 'error groups', st)}`;
  }

  // Findings needing attention.
  if (agg.attentionTotal > 0) {
    yield `\n${c.bold(`Findings needing attention`)} ${c.dim(`(fail ${num(agg.byStatus.fail)}, unknown ${num(agg.byStatus.unknown)})`)}\n`;
    if (agg.attention.length > 0) {
      const rows = agg.attention;
      let ruleW = Math.min(44, widest(rows, 4, (r) => r.ruleId));
      let assetW = Math.min(32, widest(rows, 5, (r) => clean(r.assetName || r.assetId)));
      const accountW = Math.min(36, widest(rows, 7, (r) => r.account));
      const regionW = Math.min(20, widest(rows, 6, (r) => r.region));
      // 8 borders, 2 padding per column, severity 8 and status 7 wide.
      const fixed = 8 + 7 * 2 + 8 + 7 + accountW + regionW;
      // On narrow terminals the rule and asset columns give way before the reason does.
      let short = 24 - (width - fixed - ruleW - assetW);
      if (short > 0) {
        const fromRule = Math.min(short, Math.max(0, ruleW - 20));
        ruleW -= fromRule;
        short -= fromRule;
        assetW -= Math.min(short, Math.max(0, assetW - 12));
      }
      const reasonW = Math.max(12, width - fixed - ruleW - assetW);
      const t = grid(['Severity', 'Status', 'Rule', 'Asset', 'Account', 'Region', 'Reason'], st);
      for (const r of rows) {
        t.push([
          st.severity(r.severity),
          st.status(r.status),
          cut(clean(r.ruleId), ruleW),
          cut(clean(r.assetName || r.assetId), assetW),
          cut(clean(r.account), accountW),
          cut(clean(r.region), regionW),
          cut(clean(r.reason), reasonW),
        ]);
      }
      yield `${t.toString()}\n`;
    }
    if (agg.attentionTotal > agg.attention.length) yield `... and ${num(agg.attentionTotal - agg.attention.length)} more (use --format json)\n`;
  } else if (agg.total > 0) {
    yield `\n${c.green('No failing or unknown findings.')}\n`;
  }

  // Suppressed: still shown, with who accepted the risk and until when; never counted as failures.
  if (agg.suppressed > 0) {
    yield `\n${c.bold(`Suppressed (${num(agg.suppressed)})`)} ${c.dim('(accepted by a suppression: not counted toward --fail-on or the score)')}\n`;
    const t = grid(['Severity', 'Status', 'Rule', 'Asset', 'Owner', 'Until', 'Reason (source)'], st);
    const reasonW = Math.max(20, width - 90);
    for (const r of agg.suppressedRows) {
      const s = r.suppression;
      t.push([st.severity(r.severity), st.status(r.status), cut(clean(r.ruleId), 36), cut(clean(r.assetName || r.assetId), 24), cut(clean(s.owner ?? '-'), 20), clean(s.until ?? '-'), cut(clean(`${s.reason} (${s.source})`), reasonW)]);
    }
    yield `${t.toString()}\n`;
    if (agg.suppressed > agg.suppressedRows.length) yield `... and ${num(agg.suppressed - agg.suppressedRows.length)} more (use --format json)\n`;
  }
}

function widest<T>(rows: readonly T[], min: number, text: (row: T) => string): number {
  let w = min;
  for (const r of rows) w = Math.max(w, text(r).length);
  return w;
}

function section(agg: Aggregate, st: Style): string {
  const { c } = st;
  let out = '';
  if (agg.byStatus.fail > 0) {
    out += `${c.bold('Failing by severity')}  ${SEVERITIES.map((s) => st.severity(s, `${s} ${num(agg.failBySeverity[s])}`)).join('   ')}\n`;
  }
  if (agg.byStatus.unknown > 0) {
    out += `${c.bold('Unknown by severity')}  ${SEVERITIES.map((s) => `${s} ${num(agg.unknownBySeverity[s])}`).join('   ')}  ${c.dim('(data missing, denied or errored)')}\n`;
  }
  return out;
}
