import type { Command } from 'commander';
import { complianceCsv, complianceJson, frameworkTable, listJson, listTable, summaryTable } from '../../compliance/format.js';
import { builtinFrameworks, findFramework } from '../../compliance/registry.js';
import { complianceOf } from '../../compliance/result.js';
import type { Framework } from '../../core/framework.js';
import { style } from '../../report/style.js';
import { colorFor } from '../../report/text.js';
import { openStore } from '../../store/open.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { defaultDb } from '../paths.js';
import { withOutput } from '../report-output.js';
import { pickScan } from '../scan-pick.js';
import { evidenceLines } from './compliance-evidence.js';

const FORMATS = ['table', 'json', 'csv', 'html'] as const;
type ComplianceFormat = (typeof FORMATS)[number];

function parseFormat(v: string): ComplianceFormat {
  if ((FORMATS as readonly string[]).includes(v)) return v as ComplianceFormat;
  throw new UsageError(`--format: '${v}' is not one of ${FORMATS.join(', ')}`);
}

export function registerCompliance(program: Command): void {
  program
    .command('compliance')
    .argument('[framework]', 'framework id or unique prefix (default: every framework, one line each)')
    .description('compliance status per framework and control: pass, fail, partial, unknown, manual')
    .option('--list', 'list the frameworks with their coverage (automated controls of all controls)')
    .option('--control <id>', 'one control, with the evidence records behind its status')
    .option('--scan <id>', 'scan id (default: the latest complete scan)')
    .option('--at <date>', 'as of a date or timestamp: the latest complete scan started then or before')
    .option('--format <format>', FORMATS.join(' | '), 'table')
    .option('--output <file>', 'write here instead of stdout')
    .option('--failing <n>', 'json and table: failing resources listed per control (all: every one; csv lists all)')
    .option('--fail-on-control', 'exit 1 when a control fails')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (wanted: string | undefined, o: Record<string, string | boolean | undefined>) => {
      const format = parseFormat(String(o.format));
      const maxFailing = parseFailing(o.failing as string | undefined, format === 'json' ? 100 : o.control ? 50 : 3);
      const all = builtinFrameworks();
      const st = style(!o.output && colorFor(process.stdout));
      if (o.list) {
        if (format === 'csv' || format === 'html') throw new UsageError('--list: use --format table or json');
        await withOutput(o.output as string | undefined, async (out) => void out.write(format === 'json' ? listJson(all) : listTable(all, st)));
        return;
      }
      let frameworks: Framework[] = all;
      if (wanted) frameworks = [findUsage(all, wanted)];
      if (o.control && !wanted) throw new UsageError('--control: name the framework too (parapet compliance <framework> --control <id>)');
      if (o.control) {
        const fw = frameworks[0]!;
        const control = fw.controls.find((c) => c.id === o.control);
        if (!control) throw new UsageError(`--control: ${fw.id} has no control '${String(o.control)}'`);
        frameworks = [{ ...fw, controls: [control] }];
      }
      const db = String(o.db);
      const store = await openStore(db);
      try {
        const scan = await pickScan(store, db, { scan: o.scan as string | undefined, at: o.at as string | undefined });
        if (format === 'html') {
          const { writeComplianceHtml } = await import('../compliance-html.js');
          await writeComplianceHtml(store, scan.id, frameworks, (o.output as string | undefined) ?? `parapet-compliance${wanted ? `-${frameworks[0]!.id}` : ''}.html`);
          return;
        }
        const result = await complianceOf(store, scan, frameworks);
        await withOutput(o.output as string | undefined, async (out) => {
          if (format === 'json') out.write(complianceJson(result, maxFailing));
          else if (format === 'csv') for (const line of complianceCsv(result)) out.write(line);
          else if (!wanted) out.write(summaryTable(result, st));
          else {
            out.write(frameworkTable(result, result.frameworks[0]!, st, maxFailing));
            if (o.control) for (const line of await evidenceLines(store, scan.id, frameworks[0]!.controls[0]!)) out.write(line);
          }
        });
        const failing = result.frameworks.some((f) => f.controlStatus.fail > 0);
        process.exitCode = o.failOnControl && failing ? EXIT.policyFailed : EXIT.ok;
      } finally {
        await store.close();
      }
    });
}

function parseFailing(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (v === 'all') return Number.POSITIVE_INFINITY;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--failing: '${v}' is not a whole number or 'all'`);
  return n;
}

function findUsage(all: Framework[], wanted: string): Framework {
  try {
    return findFramework(all, wanted);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
