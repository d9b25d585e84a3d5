import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Provider } from '../../core/asset.js';
import type { Discover } from '../../providers/discovery.js';
import { UsageError } from '../exit-codes.js';
import { parseFormat, parseList, parseSeverity } from '../options.js';
import { defaultDb } from '../paths.js';
import { runScanCommand } from '../report-output.js';

const CLOUDS: Provider[] = ['aws', 'azure', 'gcp'];

/**
 * `parapet scan all`: every cloud in one scan, each configured the way its own tools are (AWS credential
 * chain and AWS_ENDPOINT_URL; AZURE_* and PARAPET_AZURE_*; Application Default Credentials and
 * PARAPET_GCP_ENDPOINT), widened to the organization with the per-cloud flags. A cloud that cannot be
 * reached is reported as an error naming it, and the others are still scanned.
 */
export function registerScanAll(scan: Command): void {
  scan
    .command('all')
    .description('scan AWS, Azure and GCP in one scan, each with its standard credentials (read-only)')
    .option('--clouds <names>', 'only these clouds (aws,azure,gcp)', CLOUDS.join(','))
    .option('--aws-org', 'AWS: every account of the organization (assumes --aws-member-role)')
    .option('--aws-member-role <name>', 'AWS: role to assume in member accounts', 'OrganizationAccountAccessRole')
    .option('--aws-regions <names>', 'AWS: only these regions')
    .option('--azure-management-group <id>', 'Azure: every subscription under this management group (default: every subscription the credential sees)')
    .option('--gcp-organization <id>', 'GCP: every project under this organization (default: every project the credential sees)')
    .option('--format <format>', 'table | json | csv | ocsf | sarif | junit', 'table')
    .option('--output <file>', 'write the report here instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a failing finding has this severity or higher')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const { azureDiscovery } = await import('../../providers/azure/runtime/scan.js');
      const { gcpDiscovery } = await import('../../providers/gcp/runtime/scan.js');
      const { awsDiscovery, scanClouds } = await import('../run-scan.js');
      const format = parseFormat(String(o.format));
      const failOn = o.failOn ? parseSeverity('--fail-on', String(o.failOn)) : undefined;
      const clouds = parseList(String(o.clouds)) ?? CLOUDS;
      for (const c of clouds) if (!CLOUDS.includes(c as Provider)) throw new UsageError(`--clouds: unknown cloud '${c}' (aws, azure, gcp)`);
      const parts: Array<{ provider: Provider; discover: Discover }> = [];
      if (clouds.includes('aws')) {
        parts.push({
          provider: 'aws',
          discover: awsDiscovery('all', { org: Boolean(o.awsOrg), memberRole: o.awsMemberRole as string, regions: parseList(o.awsRegions as string | undefined), endpoint: process.env.AWS_ENDPOINT_URL }),
        });
      }
      if (clouds.includes('azure')) {
        const caFile = process.env.PARAPET_AZURE_CA_FILE;
        const ca = caFile ? await readFile(caFile, 'utf8') : process.env.PARAPET_AZURE_CA || undefined;
        parts.push({
          provider: 'azure',
          discover: azureDiscovery({ endpoint: process.env.PARAPET_AZURE_ENDPOINT, authorityHost: process.env.AZURE_AUTHORITY_HOST, tenantId: process.env.AZURE_TENANT_ID, ca, managementGroup: o.azureManagementGroup as string | undefined }),
        });
      }
      if (clouds.includes('gcp')) {
        const org = o.gcpOrganization as string | undefined;
        parts.push({ provider: 'gcp', discover: gcpDiscovery({ endpoint: process.env.PARAPET_GCP_ENDPOINT, organization: org ? (org.startsWith('organizations/') ? org : `organizations/${org}`) : undefined }) });
      }
      await runScanCommand({ db: String(o.db), format, output: o.output as string | undefined, failOn }, (store, onEvent) => scanClouds(store, 'all', parts, onEvent));
    });
}
