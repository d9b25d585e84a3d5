import type { Command } from 'commander';
import { builtinFrameworks, findFramework } from '../../compliance/registry.js';
import type { Framework } from '../../core/framework.js';
import { writeHtmlReport } from '../../report/html/index.js';
import { openStore } from '../../store/open.js';
import { UsageError } from '../exit-codes.js';
import { defaultDb } from '../paths.js';
import { VERSION } from '../version.js';

/** `frameworks`: where the framework list comes from (tests inject a small one). */
export function registerReport(program: Command, deps: { frameworks?: () => Framework[] } = {}): void {
  program
    .command('report')
    .description('write a self-contained HTML posture report of a scan: score trend, scores per cloud and account, compliance, findings')
    .option('--output <file>', 'HTML file to write', 'parapet-report.html')
    .option('--framework <ids...>', 'only these frameworks in the compliance tables (id or unique prefix)')
    .option('--scan <id>', 'scan id (default: the latest complete scan)')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: { output: string; framework?: string[]; scan?: string; db: string }) => {
      const all = (deps.frameworks ?? builtinFrameworks)();
      let frameworks = all;
      if (o.framework?.length) {
        try {
          frameworks = [...new Set(o.framework.flatMap((f) => f.split(',')).filter(Boolean).map((f) => findFramework(all, f)))];
        } catch (e) {
          throw new UsageError(`--framework: ${(e as Error).message}`);
        }
      }
      const store = await openStore(o.db);
      try {
        if (o.scan && !(await store.getScan(o.scan))) throw new UsageError(`--scan: no scan '${o.scan}' in ${o.db}`);
        if (!o.scan && !(await store.listScans(50)).some((s) => s.status === 'complete')) throw new UsageError(`no complete scan in ${o.db}: run 'parapet scan aws' or 'parapet demo' first`);
        const { path } = await writeHtmlReport(store, o.output, { scanId: o.scan, frameworks, parapet: VERSION });
        process.stdout.write(`${path}\n`);
      } finally {
        await store.close();
      }
    });
}
