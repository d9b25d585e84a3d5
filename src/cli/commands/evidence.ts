import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { builtinFrameworks, findFramework } from '../../compliance/registry.js';
import type { Framework } from '../../core/framework.js';
import { exportEvidence } from '../../evidence/export.js';
import { exportScope } from '../../evidence/scope.js';
import { parseInstant } from '../../evidence/time-range.js';
import { openStore } from '../../store/open.js';
import type { ChainCheck } from '../../store/store.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { defaultDb } from '../paths.js';

export interface EvidenceDeps {
  /** Where frameworks come from (tests inject their own). */
  frameworks?: () => Framework[];
}

/** The one line that says whether the chain holds, and if not, which record and what is wrong. */
export function chainLine(check: ChainCheck): string {
  if (check.ok) return `evidence chain intact: ${check.records.toLocaleString('en-US')} records, head ${check.head ?? '(empty)'}`;
  const p = check.problem!;
  return `evidence chain broken at seq ${p.seq} (${p.kind}): ${p.message}`;
}

/** The store at `db`, refusing to create one: verifying or exporting a file that is not there is a mistake. */
async function openExisting(db: string) {
  if (db !== ':memory:' && !existsSync(db)) throw new UsageError(`no database at ${db}: run 'parapet scan …' or 'parapet demo' first, or pass --db`);
  return openStore(db);
}

function instant(flag: string, v: unknown, end: 'start' | 'end'): string | undefined {
  if (v === undefined) return undefined;
  try {
    return parseInstant(flag, String(v), end);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function registerEvidence(program: Command, deps: EvidenceDeps = {}): void {
  const frameworks = deps.frameworks ?? builtinFrameworks;
  const evidence = program.command('evidence').description('the hash-chained evidence log: export an audit package, verify the chain');

  evidence
    .command('export')
    .description('write evidence.json, evidence.csv, summary.html and manifest.json for a framework (or one control)')
    .requiredOption('--framework <id>', 'framework id, or a unique prefix (pci → pci-dss-v4.0.1)')
    .option('--control <id>', "one control's official id (default: every control)")
    .option('--since <time>', 'records evaluated at or after: a date (UTC) or an ISO timestamp')
    .option('--until <time>', 'records evaluated at or before (a date includes the whole day)')
    .option('--output <dir>', 'directory to write (default: ./parapet-evidence-<framework>)')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | undefined>) => {
      let framework: Framework;
      try {
        framework = findFramework(frameworks(), String(o.framework));
      } catch (e) {
        throw new UsageError(`--framework: ${(e as Error).message}`);
      }
      if (o.control !== undefined) {
        try {
          exportScope(framework, o.control);
        } catch (e) {
          throw new UsageError(`--control: ${(e as Error).message}`);
        }
      }
      const since = instant('--since', o.since, 'start');
      const until = instant('--until', o.until, 'end');
      if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
      const outDir = resolve(o.output ?? `parapet-evidence-${framework.id}`);
      const store = await openExisting(String(o.db));
      try {
        const r = await exportEvidence(store, { framework, control: o.control, since, until, outDir });
        process.stdout.write(
          `wrote ${r.files.map((f) => f.name).join(', ')} to ${outDir}: ${r.records.toLocaleString('en-US')} records of ${framework.id}` +
            `${o.control ? ` control ${o.control}` : ''}\n${chainLine(r.chain)}\n`,
        );
        // A package taken from a broken log is written (it says so), but the run fails like a policy failure.
        process.exitCode = r.chain.ok ? EXIT.ok : EXIT.policyFailed;
      } finally {
        await store.close();
      }
    });

  evidence
    .command('verify')
    .description('re-walk the evidence chain; exit 1 naming the first edited, reordered, missing or truncated record')
    .option('--format <format>', 'table | json', 'table')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | undefined>) => {
      const format = String(o.format);
      if (format !== 'table' && format !== 'json') throw new UsageError(`--format: '${format}' is not one of table, json`);
      const store = await openExisting(String(o.db));
      try {
        const check = await store.verifyEvidence();
        process.stdout.write(format === 'json' ? `${JSON.stringify(check, null, 2)}\n` : `${chainLine(check)}\n`);
        process.exitCode = check.ok ? EXIT.ok : EXIT.policyFailed;
      } finally {
        await store.close();
      }
    });
}
