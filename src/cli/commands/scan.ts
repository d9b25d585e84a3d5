import type { Command } from 'commander';
import { UsageError } from '../exit-codes.js';
import { parseAccounts, parseList, parseRegions } from '../options.js';
import { outputOf, outputOptions, policyOptions, resolvePolicy, type PolicyFlags } from '../policy.js';
import { defaultDb } from '../paths.js';
import { runScanCommand } from '../report-output.js';
import { registerScanAzure } from './scan-azure.js';
import { registerScanGcp } from './scan-gcp.js';
import { registerScanAll } from './scan-all.js';
import { registerScanOffline } from '../offline/scan-offline.js';

export function registerScan(program: Command): void {
  const scan = program.command('scan').description('discover resources and judge them against the rules');
  outputOptions(
    policyOptions(
      scan
        .command('aws')
        .description('scan AWS accounts through the AWS APIs (read-only)')
        .option('--profile <name>', 'AWS profile (default: parapet.yaml targets.aws.profile, else the standard credential chain)')
        .option('--role-arn <arn>', 'assume this role first')
        .option('--external-id <id>', 'external id for --role-arn')
        .option('--org', 'scan every active account of the organization (from the management or delegated admin account)')
        .option('--member-role <name>', 'role to assume in member accounts (default: OrganizationAccountAccessRole)')
        .option('--accounts <ids>', 'only these accounts (comma-separated)')
        .option('--exclude-accounts <ids>', 'skip these accounts')
        .option('--regions <names>', 'only these regions (default: every enabled region)')
        .option('--services <names>', 'only these services (iam,s3,ec2,...)')
        .option('--endpoint <url>', 'custom AWS endpoint for every service (default: AWS_ENDPOINT_URL, else AWS)')
        .option('--workers <n>', 'scanning threads, accounts split between them (default: PARAPET_SCAN_WORKERS, else the cores less one; 1 scans inline)'),
    ),
  ).action(async (o: Record<string, string | boolean | string[] | undefined>) => {
    const { awsDiscovery } = await import('../run-scan.js');
    const policy = await resolvePolicy(o as PolicyFlags);
    const out = outputOf(o as Record<string, string | undefined>, policy, { db: defaultDb() });
    // Targets: each flag, else parapet.yaml targets.aws.
    const t = policy.config?.targets.aws ?? {};
    const endpoint = (o.endpoint as string | undefined) ?? process.env.AWS_ENDPOINT_URL;
    if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new UsageError(`--endpoint: '${endpoint}' is not an http(s) URL`);
    const workers = o.workers === undefined ? undefined : Number(o.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new UsageError(`--workers: '${String(o.workers)}' is not a thread count from 1 to 64`);
    const flags = {
      profile: (o.profile as string | undefined) ?? t.profile,
      roleArn: (o.roleArn as string | undefined) ?? t.roleArn,
      externalId: (o.externalId as string | undefined) ?? t.externalId,
      org: Boolean(o.org ?? t.organization),
      memberRole: (o.memberRole as string | undefined) ?? t.memberRole ?? 'OrganizationAccountAccessRole',
      accounts: parseAccounts('--accounts', o.accounts as string | undefined) ?? t.accounts,
      excludeAccounts: parseAccounts('--exclude-accounts', o.excludeAccounts as string | undefined) ?? t.excludeAccounts,
      regions: parseRegions(o.regions as string | undefined) ?? t.regions,
      services: parseList(o.services as string | undefined) ?? t.services,
      endpoint,
      ...(workers ? { workers } : {}),
    };
    await runScanCommand({ ...out, target: 'aws', policy }, awsDiscovery('aws', flags));
  });
  registerScanAzure(scan);
  registerScanGcp(scan);
  registerScanAll(scan);
  registerScanOffline(scan);
}
