import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Finding } from '../../core/finding.js';
import { isIsoDate } from '../../policy/config.js';
import { addSuppression } from '../../policy/config-edit.js';
import { starterConfig } from '../../policy/starter.js';
import { openStore } from '../../store/open.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { defaultDb } from '../paths.js';
import { configPathOf } from '../policy.js';

/** `parapet init`: a commented starter parapet.yaml. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented starter parapet.yaml (targets, rule selection, custom rules, suppressions, output)')
    .option('--path <file>', 'where to write it', 'parapet.yaml')
    .option('--force', 'overwrite an existing file')
    .action((o: { path: string; force?: boolean }) => {
      const path = resolve(o.path);
      if (existsSync(path) && !o.force) throw new UsageError(`${o.path} exists; pass --force to overwrite it`);
      writeFileSync(path, starterConfig());
      process.stdout.write(`wrote ${o.path}: edit it, then run parapet scan ... (it is read from the current folder, or with --config)\n`);
    });
}

/** The finding an id or unique prefix (8+ hex characters) names, from the latest state of every finding. */
function findingByPrefix(findings: Finding[], wanted: string): Finding {
  const id = wanted.toLowerCase();
  if (!/^[0-9a-f]{8,32}$/.test(id)) throw new UsageError(`'${wanted}' is not a finding id (8 to 32 hex characters, as parapet findings --format json shows)`);
  const matches = findings.filter((f) => f.id.startsWith(id));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UsageError(`no finding ${wanted} in the database (run a scan first, or pass the --db it was stored in)`);
  throw new UsageError(`finding id prefix ${wanted} is ambiguous (${matches.length} findings); give more characters`);
}

/** `parapet suppress <finding-id>`: records an exception with reason, owner and expiry in parapet.yaml. */
export function registerSuppress(program: Command): void {
  program
    .command('suppress')
    .description('accept one finding as a documented exception: records rule, asset, reason, owner and expiry in parapet.yaml')
    .argument('<finding-id>', 'the finding (id or unique prefix of 8+ characters)')
    .requiredOption('--reason <text>', 'why the risk is accepted (shown with the finding in every report)')
    .requiredOption('--owner <who>', 'who owns the exception (a person or team an auditor can ask)')
    .requiredOption('--until <date>', 'last day it holds, YYYY-MM-DD; after it the finding re-opens')
    .option('--config <file>', 'parapet.yaml to record it in (default: PARAPET_CONFIG, else ./parapet.yaml, created when absent)')
    .option('--db <path>', 'database the finding is in', defaultDb())
    .action(async (wanted: string, o: { reason: string; owner: string; until: string; config?: string; db: string }) => {
      if (!o.reason.trim()) throw new UsageError('--reason: say why the risk is accepted');
      if (!o.owner.trim()) throw new UsageError('--owner: name who owns the exception');
      if (!isIsoDate(o.until)) throw new UsageError(`--until: '${o.until}' is not a date YYYY-MM-DD`);
      const today = new Date().toISOString().slice(0, 10);
      if (o.until < today) throw new UsageError(`--until: ${o.until} is in the past (today is ${today})`);
      const store = await openStore(o.db);
      let finding: Finding;
      try {
        finding = findingByPrefix(await store.findings({}), wanted);
      } finally {
        await store.close();
      }
      const path = configPathOf(o.config) ?? resolve('parapet.yaml');
      let added: { line: number; created: boolean };
      try {
        added = addSuppression(path, { finding: finding.id, rule: finding.ruleId, asset: finding.asset.id, reason: o.reason.trim(), owner: o.owner.trim(), until: o.until });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      process.stdout.write(
        `${added.created ? 'created' : 'updated'} ${path}:${added.line}: ${finding.ruleId} on ${finding.asset.name || finding.asset.id} suppressed until ${o.until} (owner ${o.owner.trim()}); the next scan marks it suppressed\n`,
      );
    });
}

interface SuppressionRow {
  id: string;
  source: string;
  selects: string;
  owner: string;
  until: string;
  status: 'active' | 'expiring' | 'expired';
  /** Whole days from today to `until` (negative: expired that many days ago). */
  daysLeft: number;
  reason: string;
  /** Findings it accepted in the scan read (null without a scan). */
  findings: number | null;
}

/** `parapet suppressions`: the exceptions in parapet.yaml with owner, expiry and what they accept: the auditor's view. */
export function registerSuppressions(program: Command): void {
  program
    .command('suppressions')
    .description('list the suppressions of parapet.yaml: owner, expiry, status, and the findings each accepted in the latest scan')
    .option('--config <file>', 'parapet.yaml (default: PARAPET_CONFIG, else ./parapet.yaml)')
    .option('--db <path>', 'database whose latest complete scan gives the counts', defaultDb())
    .option('--scan <id>', 'count in this scan instead of the latest complete one')
    .option('--expiring <days>', "'expiring' means within this many days", '30')
    .option('--fail-on-expired', 'exit 1 when a suppression has expired')
    .option('--fail-on-expiring', 'exit 1 when a suppression expires within --expiring days')
    .option('--format <format>', 'table | json', 'table')
    .action(async (o: { config?: string; db: string; scan?: string; expiring: string; failOnExpired?: boolean; failOnExpiring?: boolean; format: string }) => {
      const { readConfig } = await import('../policy.js');
      const { untilEnd } = await import('../../policy/suppress.js');
      const window = Number(o.expiring);
      if (!Number.isInteger(window) || window < 0) throw new UsageError(`--expiring: '${o.expiring}' is not a number of days`);
      if (o.format !== 'table' && o.format !== 'json') throw new UsageError(`--format: suppressions writes table or json, not ${o.format}`);
      const path = configPathOf(o.config);
      if (!path) throw new UsageError('no parapet.yaml here (parapet init writes one; --config names another)');
      const config = (await readConfig(path, (l) => process.stderr.write(`parapet: ${l}\n`)))!;
      // Counts from the stored verdicts: which suppression accepted each finding of the scan.
      let counts: Map<string, number> | undefined;
      let scanId: string | undefined;
      if (existsSync(o.db)) {
        const store = await openStore(o.db);
        try {
          scanId = o.scan ?? (await store.listScans(20)).find((s) => s.status === 'complete')?.id;
          if (scanId) {
            counts = new Map();
            for (const f of await store.findings({ scanId, state: ['suppressed'] })) if (f.suppression?.id) counts.set(f.suppression.id, (counts.get(f.suppression.id) ?? 0) + 1);
          }
        } finally {
          await store.close();
        }
      }
      const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
      const rows: SuppressionRow[] = config.suppressions.map((s) => {
        const daysLeft = Math.round((untilEnd(s) + 1 - today) / 86_400_000) - 1;
        const status = daysLeft < 0 ? 'expired' : daysLeft <= window ? 'expiring' : 'active';
        const selects = [s.rule && `rule ${s.rule}`, s.asset && `asset ${s.asset}`, s.finding && `finding ${s.finding.slice(0, 12)}`, s.accounts && `accounts ${s.accounts.join(',')}`, s.regions && `regions ${s.regions.join(',')}`, s.tags && `tags ${Object.entries(s.tags).map(([k, v]) => `${k}=${v}`).join(',')}`]
          .filter(Boolean)
          .join('; ');
        return { id: s.id, source: s.source, selects, owner: s.owner, until: s.until, status, daysLeft, reason: s.reason, findings: counts ? (counts.get(s.id) ?? 0) : null };
      });
      if (o.format === 'json') process.stdout.write(`${JSON.stringify({ config: path, scan: scanId ?? null, expiringWithinDays: window, suppressions: rows }, null, 2)}\n`);
      else {
        for (const r of rows) {
          const when = r.status === 'expired' ? `expired ${-r.daysLeft} day${r.daysLeft === -1 ? '' : 's'} ago` : `${r.daysLeft} day${r.daysLeft === 1 ? '' : 's'} left`;
          process.stdout.write(`${r.status.padEnd(9)} ${r.id.padEnd(20)} ${r.until} (${when})  owner ${r.owner}  ${r.findings === null ? '' : `findings ${r.findings}  `}${r.source}\n          ${r.selects}: ${r.reason}\n`);
        }
        const by = (s: SuppressionRow['status']) => rows.filter((r) => r.status === s).length;
        process.stdout.write(`${rows.length} suppression${rows.length === 1 ? '' : 's'}: ${by('active')} active, ${by('expiring')} expiring within ${window} days, ${by('expired')} expired${scanId ? ` (counts from scan ${scanId})` : ''}\n`);
      }
      const expired = rows.some((r) => r.status === 'expired');
      const expiring = rows.some((r) => r.status === 'expiring');
      process.exitCode = (o.failOnExpired && expired) || (o.failOnExpiring && (expired || expiring)) ? EXIT.policyFailed : EXIT.ok;
    });
}
