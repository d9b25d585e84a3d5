import type { Command } from 'commander';
import { UsageError } from '../exit-codes.js';
import { parseAccounts, parseFormat, parseList, parseRegions, parseSeverity } from '../options.js';
import { defaultDb } from '../paths.js';
import { runScanCommand } from '../report-output.js';
import { registerScanAzure } from './scan-azure.js';
import { registerScanGcp } from './scan-gcp.js';
import { registerScanAll } from './scan-all.js';
import { registerScanOffline } from '../offline/scan-offline.js';

export function registerScan(program: Command): void {
  const scan = program.command('scan').description('discover resources and judge them against the rules');
  scan
    .command('aws')
    .description('scan AWS accounts through the AWS APIs (read-only)')
    .option('--profile <name>', 'AWS profile (default: the standard credential chain)')
    .option('--role-arn <arn>', 'assume this role first')
    .option('--external-id <id>', 'external id for --role-arn')
    .option('--org', 'scan every active account of the organization (from the management or delegated admin account)')
    .option('--member-role <name>', 'role to assume in member accounts', 'OrganizationAccountAccessRole')
    .option('--accounts <ids>', 'only these accounts (comma-separated)')
    .option('--exclude-accounts <ids>', 'skip these accounts')
    .option('--regions <names>', 'only these regions (default: every enabled region)')
    .option('--services <names>', 'only these services (iam,s3,ec2,...)')
    .option('--endpoint <url>', 'custom AWS endpoint for every service (default: AWS_ENDPOINT_URL, else AWS)')
    .option('--workers <n>', 'scanning threads, accounts split between them (default: PARAPET_SCAN_WORKERS, else the cores)')
    .option('--format <format>', 'table | json | csv | ocsf | sarif | junit', 'table')
    .option('--output <file>', 'write the report here instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a failing finding has this severity or higher')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const { scanAws } = await import('../run-scan.js');
      const format = parseFormat(String(o.format));
      const failOn = o.failOn ? parseSeverity('--fail-on', String(o.failOn)) : undefined;
      const endpoint = (o.endpoint as string | undefined) ?? process.env.AWS_ENDPOINT_URL;
      if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new UsageError(`--endpoint: '${endpoint}' is not an http(s) URL`);
      const workers = o.workers === undefined ? undefined : Number(o.workers);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new UsageError(`--workers: '${String(o.workers)}' is not a thread count from 1 to 64`);
      const flags = {
        profile: o.profile as string | undefined,
        roleArn: o.roleArn as string | undefined,
        externalId: o.externalId as string | undefined,
        org: Boolean(o.org),
        memberRole: o.memberRole as string | undefined,
        accounts: parseAccounts('--accounts', o.accounts as string | undefined),
        excludeAccounts: parseAccounts('--exclude-accounts', o.excludeAccounts as string | undefined),
        regions: parseRegions(o.regions as string | undefined),
        services: parseList(o.services as string | undefined),
        endpoint,
        ...(workers ? { workers } : {}),
      };
      await runScanCommand({ db: String(o.db), format, output: o.output as string | undefined, failOn }, (store, onEvent) => scanAws(store, 'aws', flags, onEvent));
    });
  registerScanAzure(scan);
  registerScanGcp(scan);
  registerScanAll(scan);
  registerScanOffline(scan);
}
