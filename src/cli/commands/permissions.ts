import type { Command } from 'commander';
import { UsageError } from '../exit-codes.js';

const POLICIES = {
  aws: (actions: string[]) => ({ Version: '2012-10-17', Statement: [{ Sid: 'ParapetReadOnlyScan', Effect: 'Allow', Action: actions, Resource: '*' }] }),
  // An Azure custom role definition (assign it at the management group or subscriptions to scan).
  azure: (actions: string[]) => ({ Name: 'Parapet Reader', IsCustom: true, Description: 'Read-only scan by Parapet', Actions: actions, NotActions: [], DataActions: [], AssignableScopes: ['/subscriptions/00000000-0000-0000-0000-000000000000'] }),
  // A GCP custom role (gcloud iam roles create --file): grant it at the organization, folder or project.
  gcp: (permissions: string[]) => ({ title: 'Parapet Reader', description: 'Read-only scan by Parapet', stage: 'GA', includedPermissions: permissions }),
};

export function registerPermissions(program: Command): void {
  program
    .command('permissions')
    .argument('<provider>', 'aws | azure | gcp')
    .description('print the read-only permissions a scan needs, as a policy or role definition (or a list)')
    .option('--format <format>', 'policy | list', 'policy')
    .action(async (provider: string, o: { format: string }) => {
      const { awsPermissions, azurePermissions, gcpPermissions } = await import('./permission-lists.js');
      const list = provider === 'aws' ? awsPermissions() : provider === 'azure' ? azurePermissions() : provider === 'gcp' ? gcpPermissions() : undefined;
      if (!list) throw new UsageError(`permissions: '${provider}' is not a supported provider (aws, azure, gcp)`);
      if (o.format === 'list') process.stdout.write(`${list.join('\n')}\n`);
      else if (o.format === 'policy') process.stdout.write(`${JSON.stringify(POLICIES[provider as keyof typeof POLICIES](list), null, 2)}\n`);
      else throw new UsageError(`--format: permissions writes policy or list, not ${o.format}`);
    });
}
