/**
 * Benchmark log groups for one account and region: mostly Lambda, ECS and application groups, about a
 * quarter never expiring, some with short retention, a few KMS-encrypted, and about one in ten with an
 * application metric filter (each filter is an asset too).
 */
import type { ResourceGenerator } from '../../generator.js';
import type { LogsSection } from '../logs.js';
import { chance, pick, resourceName, uuid, type Rng } from './random.js';

const RETENTION = [1, 3, 7, 14, 30, 60, 90, 180, 365, 400, 731, 1827, 3653];
const PREFIXES = ['/aws/lambda/', '/ecs/', '/aws/rds/instance/', '/app/', '/aws/apigateway/', '/aws/codebuild/'];
const APP_PATTERNS = ['{ $.level = "ERROR" }', '{ $.statusCode >= 500 }', '[ip, id, user, timestamp, request, status_code = 5*, size]', '{ $.latencyMs > 2000 }'];

function logGroup(rng: Rng, i: number, accountId: string, region: string): NonNullable<LogsSection['logGroups']>[number] {
  const never = chance(rng, 0.25);
  return {
    logGroupName: `${pick(rng, PREFIXES)}${resourceName(rng, i)}`,
    creationTime: Date.parse('2021-01-01T00:00:00Z') + Math.floor(rng() * 5 * 365) * 86_400_000,
    ...(never ? {} : { retentionInDays: pick(rng, RETENTION) }),
    ...(chance(rng, 0.15) ? { kmsKeyId: `arn:aws:kms:${region}:${accountId}:key/${uuid(rng)}` } : {}),
    storedBytes: Math.floor(rng() * 5e9),
  };
}

export const logsGenerator: ResourceGenerator = {
  service: 'logs',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const logGroups: NonNullable<LogsSection['logGroups']> = [];
    const metricFilters: NonNullable<LogsSection['metricFilters']> = [];
    for (let i = 0; logGroups.length + metricFilters.length < n; i++) {
      const g = logGroup(rng, i, accountId, region);
      logGroups.push(g);
      if (logGroups.length + metricFilters.length < n && chance(rng, 0.1)) {
        metricFilters.push({
          filterName: `errors-${i}`,
          logGroupName: g.logGroupName,
          filterPattern: pick(rng, APP_PATTERNS),
          metricTransformations: [{ metricName: `Errors-${i}`, metricNamespace: 'App', metricValue: '1', defaultValue: 0 }],
        });
      }
    }
    return { section: { logGroups, metricFilters } satisfies LogsSection, assets: logGroups.length + metricFilters.length };
  },
};
