import type { Command } from 'commander';
import { awsCollectors } from '../../providers/aws/services/index.js';
import { UsageError } from '../exit-codes.js';

/** Every IAM action the AWS collectors declare, plus what the driver itself calls. */
export function awsPermissions(): string[] {
  const driver = ['sts:GetCallerIdentity', 'sts:AssumeRole', 'organizations:ListAccounts', 'ec2:DescribeRegions'];
  return [...new Set([...driver, ...awsCollectors.flatMap((c) => c.permissions)])].sort();
}

export function registerPermissions(program: Command): void {
  program
    .command('permissions')
    .argument('<provider>', 'aws')
    .description('print the read-only permissions a scan needs, as an IAM policy (or a list)')
    .option('--format <format>', 'policy | list', 'policy')
    .action((provider: string, o: { format: string }) => {
      if (provider !== 'aws') throw new UsageError(`permissions: '${provider}' is not a supported provider (aws)`);
      const actions = awsPermissions();
      if (o.format === 'list') process.stdout.write(`${actions.join('\n')}\n`);
      else if (o.format === 'policy')
        process.stdout.write(`${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ParapetReadOnlyScan', Effect: 'Allow', Action: actions, Resource: '*' }] }, null, 2)}\n`);
      else throw new UsageError(`--format: permissions writes policy or list, not ${o.format}`);
    });
}
