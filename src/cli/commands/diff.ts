import type { Command } from 'commander';
import pc from 'picocolors';
import type { Finding } from '../../core/finding.js';
import { openStore } from '../../store/open.js';
import type { ScanDiff } from '../../store/store.js';
import { UsageError } from '../exit-codes.js';
import { parseFormat } from '../options.js';
import { defaultDb } from '../paths.js';
import { withOutput } from '../report-output.js';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('compare two scans (default: the last two complete scans): new, resolved, still failing')
    .option('--from <id>', 'older scan id')
    .option('--to <id>', 'newer scan id')
    .option('--format <format>', 'table | json', 'table')
    .option('--output <file>', 'write here instead of stdout')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | undefined>) => {
      const format = parseFormat(String(o.format));
      if (format !== 'table' && format !== 'json') throw new UsageError(`--format: diff writes table or json, not ${format}`);
      const store = await openStore(String(o.db));
      try {
        const complete = (await store.listScans(50)).filter((s) => s.status === 'complete');
        const to = o.to ?? complete[0]?.id;
        if (!to) throw new UsageError(`no complete scan in ${String(o.db)}`);
        const from = o.from ?? complete.find((s) => s.id < to)?.id ?? null;
        const diff = await store.diff(from, to);
        await withOutput(o.output, async (out) => {
          out.write(format === 'json' ? `${JSON.stringify(diffJson(diff), null, 2)}\n` : diffTable(diff, out === process.stdout && process.stdout.isTTY && !process.env.NO_COLOR));
        });
      } finally {
        await store.close();
      }
    });
}

const brief = (f: Finding) => ({ id: f.id, ruleId: f.ruleId, severity: f.severity, status: f.status, reason: f.reason, asset: f.asset, firstSeen: f.firstSeen, lastSeen: f.lastSeen, state: f.state });

function diffJson(d: ScanDiff) {
  return {
    from: d.from?.id ?? null,
    to: d.to.id,
    counts: { new: d.new.length, resolved: d.resolved.length, stillFailing: d.stillFailing.length },
    new: d.new.map(brief),
    resolved: d.resolved.map(brief),
    stillFailing: d.stillFailing.map(brief),
  };
}

function diffTable(d: ScanDiff, color: boolean): string {
  const c = color ? pc : { red: String, green: String, yellow: String, bold: String };
  const lines = [
    c.bold(`Scan ${d.from?.id ?? '(none)'} -> ${d.to.id}`),
    `${c.red(`+${d.new.length} new`)}   ${c.green(`-${d.resolved.length} resolved`)}   ${c.yellow(`${d.stillFailing.length} still failing`)}`,
    '',
  ];
  const section = (title: string, list: Finding[]) => {
    if (!list.length) return;
    lines.push(c.bold(title));
    for (const f of list.slice(0, 50)) lines.push(`  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(48)} ${f.asset.name} (${f.asset.account}/${f.asset.region})`);
    if (list.length > 50) lines.push(`  ... and ${list.length - 50} more (use --format json)`);
    lines.push('');
  };
  section('New', d.new);
  section('Resolved', d.resolved);
  section('Still failing', d.stillFailing);
  return `${lines.join('\n')}\n`;
}
