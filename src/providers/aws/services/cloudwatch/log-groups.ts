import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsCollector } from '../../collector.js';

/**
 * CloudWatch Logs log groups, from DescribeLogGroups (50 per page, the maximum). The listing entry is the
 * whole description rules need (retentionInDays, kmsKeyId), so no per-group calls are made.
 */
export const logGroupsCollector: AwsCollector = {
  id: 'aws.cloudwatch.log-groups',
  service: 'logs',
  scope: 'regional',
  types: ['AWS::Logs::LogGroup'],
  permissions: ['logs:DescribeLogGroups'],
  async *collect(ctx) {
    const logs = ctx.client(CloudWatchLogsClient);
    for await (const page of ctx.pages(
      'DescribeLogGroups',
      (token) => logs.send(new DescribeLogGroupsCommand({ limit: 50, nextToken: token })),
      (p) => p.nextToken,
    )) {
      for (const group of page.logGroups ?? []) {
        if (!group.logGroupName) continue;
        // `arn` carries a trailing ":*"; the log group's own ARN is without it.
        const id = group.logGroupArn ?? group.arn?.replace(/:\*$/, '') ?? `arn:${ctx.partition}:logs:${ctx.region}:${ctx.account}:log-group:${group.logGroupName}`;
        const asset = ctx.asset({ id, type: 'AWS::Logs::LogGroup', kind: 'logging.log-group', name: group.logGroupName });
        ctx.aspect(asset, 'logGroup', { ok: true, value: group });
        yield asset;
      }
      ctx.progress(page.logGroups?.length ?? 0);
    }
  },
};
