import type { Command } from 'commander';
import { openStore } from '../../store/open.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { parseAccounts, parseFormat, parseList, parseRegions, parseSeverities, parseSeverity, parseStatuses } from '../options.js';
import { defaultDb } from '../paths.js';
import { emitScanReport } from '../report-output.js';

export function registerFindings(program: Command): void {
  program
    .command('findings')
    .description('show the findings of a scan (default: the latest)')
    .option('--scan <id>', 'scan id (default: the latest complete scan)')
    .option('--status <list>', 'pass,fail,unknown,not_applicable')
    .option('--severity <list>', 'critical,high,medium,low,info')
    .option('--state <list>', 'open,suppressed,resolved (suppressed: accepted by a suppression, shown with its reason, owner and expiry)')
    .option('--rule <ids>', 'rule ids')
    .option('--account <ids>', 'account ids')
    .option('--region <names>', 'regions')
    .option('--new', 'only findings failing now that were not failing in the previous scan')
    .option('--format <format>', 'table | json | csv | ocsf | sarif | junit', 'table')
    .option('--output <file>', 'write here instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a listed failing finding has this severity or higher')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const format = parseFormat(String(o.format));
      const failOn = o.failOn ? parseSeverity('--fail-on', String(o.failOn)) : undefined;
      const store = await openStore(String(o.db));
      try {
        const scanId = (o.scan as string | undefined) ?? (await store.listScans(20)).find((s) => s.status === 'complete')?.id;
        if (!scanId) throw new UsageError(`no complete scan in ${String(o.db)}: run 'parapet scan aws' or 'parapet demo' first`);
        if (!(await store.getScan(scanId))) throw new UsageError(`--scan: no scan '${scanId}' in ${String(o.db)}`);
        const region = parseList(o.region as string | undefined);
        const query = {
          status: parseStatuses(o.status as string | undefined),
          severity: parseSeverities(o.severity as string | undefined),
          ruleId: parseList(o.rule as string | undefined),
          account: parseAccounts('--account', o.account as string | undefined),
          region: region ? (region.includes('global') ? region : parseRegions(region.join(','))) : undefined,
          newOnly: Boolean(o.new),
          state: parseStates(o.state as string | undefined),
        };
        const { failures } = await emitScanReport(store, scanId, format, o.output as string | undefined, query, { failOn });
        process.exitCode = failures > 0 ? EXIT.policyFailed : EXIT.ok;
      } finally {
        await store.close();
      }
    });
}

const STATES = ['open', 'suppressed', 'resolved'] as const;

function parseStates(v: string | undefined): Array<(typeof STATES)[number]> | undefined {
  const list = parseList(v);
  for (const s of list ?? []) if (!(STATES as readonly string[]).includes(s)) throw new UsageError(`--state: '${s}' is not one of ${STATES.join(', ')}`);
  return list as Array<(typeof STATES)[number]> | undefined;
}
