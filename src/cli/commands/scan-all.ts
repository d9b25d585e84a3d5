import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Provider } from '../../core/asset.js';
import type { Discover } from '../../providers/discovery.js';
import { UsageError } from '../exit-codes.js';
import { parseList } from '../options.js';
import { defaultDb } from '../paths.js';
import { outputOf, outputOptions, policyOptions, resolvePolicy, type PolicyFlags } from '../policy.js';
import { runScanCommand } from '../report-output.js';

const CLOUDS: Provider[] = ['aws', 'azure', 'gcp'];

/**
 * `parapet scan all`: every cloud in one scan, each configured the way its own tools are (AWS credential
 * chain and AWS_ENDPOINT_URL; AZURE_* and PARAPET_AZURE_*; Application Default Credentials and
 * PARAPET_GCP_ENDPOINT), widened to the organization with the per-cloud flags. A cloud that cannot be
 * reached is reported as an error naming it, and the others are still scanned.
 */
export function registerScanAll(scan: Command): void {
  outputOptions(
    policyOptions(
      scan
        .command('all')
        .description('scan AWS, Azure and GCP in one scan, each with its standard credentials (read-only)')
        .option('--clouds <names>', 'only these clouds (aws,azure,gcp)', CLOUDS.join(','))
        .option('--aws-org', 'AWS: every account of the organization (assumes --aws-member-role)')
        .option('--aws-member-role <name>', 'AWS: role to assume in member accounts (default: OrganizationAccountAccessRole)')
        .option('--aws-regions <names>', 'AWS: only these regions')
        .option('--azure-management-group <id>', 'Azure: every subscription under this management group (default: every subscription the credential sees)')
        .option('--gcp-organization <id>', 'GCP: every project under this organization (default: every project the credential sees)'),
    ),
  )
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const { azureDiscovery } = await import('../../providers/azure/runtime/scan.js');
      const { gcpDiscovery } = await import('../../providers/gcp/runtime/scan.js');
      const { awsDiscovery } = await import('../run-scan.js');
      const { discoverInTurn } = await import('../../providers/discovery.js');
      const policy = await resolvePolicy(o as PolicyFlags);
      const out = outputOf(o as Record<string, string | undefined>, policy, { db: defaultDb() });
      const clouds = parseList(String(o.clouds)) ?? CLOUDS;
      for (const c of clouds) if (!CLOUDS.includes(c as Provider)) throw new UsageError(`--clouds: unknown cloud '${c}' (aws, azure, gcp)`);
      const parts: Array<{ provider: Provider; discover: Discover }> = [];
      const { organization: awsOrg, ...awsTargets } = policy.config?.targets.aws ?? {};
      const azureTargets = policy.config?.targets.azure ?? {};
      const gcpTargets = policy.config?.targets.gcp ?? {};
      if (clouds.includes('aws')) {
        parts.push({
          provider: 'aws',
          discover: awsDiscovery('all', {
            ...awsTargets,
            org: Boolean(o.awsOrg ?? awsOrg),
            memberRole: (o.awsMemberRole as string | undefined) ?? awsTargets.memberRole ?? 'OrganizationAccountAccessRole',
            regions: parseList(o.awsRegions as string | undefined) ?? awsTargets.regions,
            endpoint: process.env.AWS_ENDPOINT_URL,
          }),
        });
      }
      if (clouds.includes('azure')) {
        const caFile = process.env.PARAPET_AZURE_CA_FILE;
        const ca = caFile ? await readFile(caFile, 'utf8') : process.env.PARAPET_AZURE_CA || undefined;
        parts.push({
          provider: 'azure',
          discover: azureDiscovery({ endpoint: process.env.PARAPET_AZURE_ENDPOINT, authorityHost: process.env.AZURE_AUTHORITY_HOST, tenantId: azureTargets.tenantId ?? process.env.AZURE_TENANT_ID, ca, subscriptions: azureTargets.subscriptions, managementGroup: (o.azureManagementGroup as string | undefined) ?? azureTargets.managementGroup }),
        });
      }
      if (clouds.includes('gcp')) {
        const org = (o.gcpOrganization as string | undefined) ?? gcpTargets.organization;
        const folders = gcpTargets.folders?.map((f) => (f.startsWith('folders/') ? f : `folders/${f}`));
        parts.push({ provider: 'gcp', discover: gcpDiscovery({ endpoint: process.env.PARAPET_GCP_ENDPOINT, organization: org ? (org.startsWith('organizations/') ? org : `organizations/${org}`) : undefined, folders, projects: gcpTargets.projects }) });
      }
      await runScanCommand({ ...out, target: 'all', policy }, discoverInTurn(parts));
    });
}
