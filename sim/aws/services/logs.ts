/**
 * CloudWatch Logs (awsJson1_1, signing name `logs`): DescribeLogGroups and DescribeMetricFilters.
 *
 * Estate section `regional[<region>].logs` ({@link LogsSection}): log groups and metric filters in the
 * SDK's (camelCase) shapes. The handlers fill what AWS computes: `arn` (with the `:*` suffix AWS
 * returns), `logGroupArn` (without it), `metricFilterCount`, `storedBytes`, `logGroupClass`, and turn ISO
 * `creationTime` strings into epoch milliseconds. Both listings are alphabetical, 50 per page by default
 * (the maximum), with `nextToken`.
 */
import type { LogGroup, MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { logsGenerator } from './logs/generator.js';

export interface LogsSection {
  /** `logGroupName` required; `retentionInDays` absent = never expire; `kmsKeyId` = KMS key ARN. */
  logGroups?: Array<Omit<LogGroup, 'creationTime'> & { logGroupName: string; creationTime?: number | string }>;
  /** `logGroupName` must name a log group of this section. */
  metricFilters?: Array<Omit<MetricFilter, 'creationTime'> & { filterName: string; logGroupName: string; creationTime?: number | string }>;
}

const MAX_PAGE = 50;
const CREATED = Date.parse('2024-03-01T00:00:00Z');

function epochMs(v: number | string | undefined): number {
  if (typeof v === 'number') return v;
  const t = v === undefined ? Number.NaN : Date.parse(v);
  return Number.isNaN(t) ? CREATED : t;
}

function limitOf(limit: number | undefined): number | undefined {
  if (limit !== undefined && (limit < 1 || limit > MAX_PAGE))
    throw new SimError('InvalidParameterException', `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${MAX_PAGE}`, 400);
  return limit;
}

function section(ctx: SimContext): LogsSection {
  return ctx.regional<LogsSection>('logs');
}

function byName<T>(items: T[], key: (t: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export const service: SimService = {
  signingName: 'logs',
  sdk: '@aws-sdk/client-cloudwatch-logs',
  operations: {
    DescribeLogGroups(input: { logGroupNamePrefix?: string; logGroupNamePattern?: string; nextToken?: string; limit?: number }, ctx) {
      if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined)
        throw new SimError('InvalidParameterException', 'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.', 400);
      const s = section(ctx);
      const filters = s.metricFilters ?? [];
      const groups = byName(s.logGroups ?? [], (g) => g.logGroupName).filter(
        (g) => (!input.logGroupNamePrefix || g.logGroupName.startsWith(input.logGroupNamePrefix)) && (!input.logGroupNamePattern || g.logGroupName.toLowerCase().includes(input.logGroupNamePattern.toLowerCase())),
      );
      const p = page(groups, input.nextToken, limitOf(input.limit), MAX_PAGE);
      return {
        logGroups: p.items.map((g): LogGroup => {
          const arn = `arn:aws:logs:${ctx.region}:${ctx.account.id}:log-group:${g.logGroupName}`;
          return {
            storedBytes: 0,
            logGroupClass: 'STANDARD',
            ...g,
            creationTime: epochMs(g.creationTime),
            metricFilterCount: filters.filter((f) => f.logGroupName === g.logGroupName).length,
            arn: `${arn}:*`,
            logGroupArn: arn,
          };
        }),
        nextToken: p.next,
      };
    },

    DescribeMetricFilters(input: { logGroupName?: string; filterNamePrefix?: string; nextToken?: string; limit?: number; metricName?: string; metricNamespace?: string }, ctx) {
      if (input.filterNamePrefix !== undefined && input.logGroupName === undefined)
        throw new SimError('InvalidParameterException', 'If you specify filterNamePrefix, you must also specify logGroupName.', 400);
      if ((input.metricName === undefined) !== (input.metricNamespace === undefined))
        throw new SimError('InvalidParameterException', 'metricName and metricNamespace must be specified together.', 400);
      const s = section(ctx);
      if (input.logGroupName !== undefined && !(s.logGroups ?? []).some((g) => g.logGroupName === input.logGroupName))
        throw new SimError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
      const filters = byName(s.metricFilters ?? [], (f) => `${f.logGroupName}\u0000${f.filterName}`).filter(
        (f) =>
          (input.logGroupName === undefined || f.logGroupName === input.logGroupName) &&
          (input.filterNamePrefix === undefined || f.filterName.startsWith(input.filterNamePrefix)) &&
          (input.metricName === undefined || (f.metricTransformations ?? []).some((t) => t.metricName === input.metricName && t.metricNamespace === input.metricNamespace)),
      );
      const p = page(filters, input.nextToken, limitOf(input.limit), MAX_PAGE);
      return { metricFilters: p.items.map((f): MetricFilter => ({ ...f, creationTime: epochMs(f.creationTime) })), nextToken: p.next };
    },
  },
};

export const generators: ResourceGenerator[] = [logsGenerator];
