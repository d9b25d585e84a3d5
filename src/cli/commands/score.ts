import type { Command } from 'commander';
import Table from 'cli-table3';
import { style } from '../../report/style.js';
import { colorFor } from '../../report/text.js';
import { openStore } from '../../store/open.js';
import type { ScoreRow } from '../../store/store.js';
import { UsageError } from '../exit-codes.js';
import { defaultDb } from '../paths.js';
import { withOutput } from '../report-output.js';
import { pickScan } from '../scan-pick.js';
import { VERSION } from '../version.js';

const SCOPES = ['total', 'provider', 'account', 'framework'] as const;
const fmt = (s: number | null) => (s === null ? '–' : s.toFixed(1));

/** A text sparkline of a score series (0–100). */
export function sparkline(values: Array<number | null>): string {
  const bars = '▁▂▃▄▅▆▇█';
  return values.map((v) => (v === null ? ' ' : bars[Math.min(7, Math.floor((v / 100) * 8))])).join('');
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('posture score of a scan (severity-weighted, per cloud, account and framework); --history for the trend')
    .option('--history', 'the score of every complete scan, oldest first')
    .option('--scope <scope>', `with --history: ${SCOPES.join(' | ')}`, 'total')
    .option('--key <key>', 'with --history and a scope other than total: aws, aws:123456789012, a framework id')
    .option('--limit <n>', 'with --history: the last N scans', '30')
    .option('--scan <id>', 'scan id (default: the latest complete scan)')
    .option('--format <format>', 'table | json', 'table')
    .option('--output <file>', 'write here instead of stdout')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const format = String(o.format);
      if (format !== 'table' && format !== 'json') throw new UsageError(`--format: '${format}' is not one of table, json`);
      const scope = String(o.scope) as ScoreRow['scope'];
      if (!(SCOPES as readonly string[]).includes(scope)) throw new UsageError(`--scope: '${scope}' is not one of ${SCOPES.join(', ')}`);
      const key = scope === 'total' ? '' : String(o.key ?? '');
      if (scope !== 'total' && !key) throw new UsageError(`--scope ${scope} needs --key (e.g. ${scope === 'provider' ? 'aws' : scope === 'account' ? 'aws:123456789012' : 'cis-aws-foundations-v5.0.0'})`);
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: '${String(o.limit)}' is not a positive whole number`);
      const db = String(o.db);
      const st = style(!o.output && colorFor(process.stdout));
      const store = await openStore(db);
      try {
        if (o.history) {
          const rows = await store.scoreHistory(scope, key, limit);
          if (rows.length === 0) throw new UsageError(`no score for ${scope}${key ? ` ${key}` : ''} in ${db}: run 'parapet demo' or 'parapet scan ...' first`);
          await withOutput(o.output as string | undefined, async (out) => {
            if (format === 'json') return void out.write(`${JSON.stringify({ parapet: VERSION, scope, key, history: rows }, null, 2)}\n`);
            const t = new Table({ head: ['scan', 'started', 'score', 'change', 'pass', 'fail', 'unknown'].map((h) => st.c.bold(h)), style: { head: [], border: [], compact: true } });
            rows.forEach((r, i) => {
              const prev = i > 0 ? rows[i - 1]!.score : null;
              const delta = r.score !== null && prev !== null ? r.score - prev : null;
              const change = delta === null ? '' : delta > 0 ? st.c.green(`+${delta.toFixed(1)}`) : delta < 0 ? st.c.red(delta.toFixed(1)) : '0.0';
              t.push([r.scanId, r.at, fmt(r.score), change, r.pass, r.fail, r.unknown]);
            });
            out.write(`Posture score (${scope}${key ? ` ${key}` : ''}), ${rows.length} scans: ${sparkline(rows.map((r) => r.score))}\n${t.toString()}\n`);
          });
          return;
        }
        const scan = await pickScan(store, db, { scan: o.scan as string | undefined });
        const rows = await store.scores(scan.id);
        if (rows.length === 0) throw new UsageError(`scan ${scan.id} has no stored score (scanned by an older Parapet): scan again`);
        await withOutput(o.output as string | undefined, async (out) => {
          if (format === 'json') return void out.write(`${JSON.stringify({ parapet: VERSION, scan, scores: rows }, null, 2)}\n`);
          const t = new Table({ head: ['scope', 'key', 'score', 'pass', 'fail', 'unknown'].map((h) => st.c.bold(h)), style: { head: [], border: [], compact: true } });
          for (const r of rows) t.push([r.scope, r.key, fmt(r.score), r.pass, r.fail, r.unknown]);
          const total = rows.find((r) => r.scope === 'total');
          out.write(`Posture score of scan ${scan.id}: ${fmt(total?.score ?? null)} / 100 (severity-weighted share of passing checks; docs/scoring.md)\n${t.toString()}\n`);
        });
      } finally {
        await store.close();
      }
    });
}
