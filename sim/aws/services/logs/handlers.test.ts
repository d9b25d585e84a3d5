import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import { service } from '../logs.js';

const filter = (logGroupName: string, filterName: string) => ({ logGroupName, filterName, filterPattern: '{ $.x = 1 }', metricTransformations: [{ metricName: filterName, metricNamespace: 'Ns', metricValue: '1' }] });

describe('logs simulator', () => {
  let sim: Simulator;
  let logs: CloudWatchLogsClient;
  beforeAll(async () => {
    const groups = Array.from({ length: 55 }, (_, i) => ({ logGroupName: `/app/${String(i).padStart(2, '0')}` }));
    const section = { logGroups: [{ logGroupName: '/aws/cloudtrail', retentionInDays: 90, creationTime: '2025-02-03T04:05:06Z' }, ...groups], metricFilters: [filter('/aws/cloudtrail', 'b'), filter('/aws/cloudtrail', 'a'), filter('/app/00', 'c')] };
    sim = await startSimulator({ estate: tinyEstate({ regional: { 'us-east-1': { logs: section } } }), services: [service] });
    logs = new CloudWatchLogsClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('pages log groups 50 at a time, alphabetically, with AWS-computed fields', async () => {
    const first = await logs.send(new DescribeLogGroupsCommand({}));
    expect(first.logGroups).toHaveLength(50);
    expect(first.nextToken).toBeDefined();
    const second = await logs.send(new DescribeLogGroupsCommand({ nextToken: first.nextToken }));
    expect(second.logGroups).toHaveLength(6);
    expect(second.nextToken).toBeUndefined();
    const trail = second.logGroups!.find((g) => g.logGroupName === '/aws/cloudtrail')!;
    expect(trail).toMatchObject({
      retentionInDays: 90,
      creationTime: Date.parse('2025-02-03T04:05:06Z'),
      metricFilterCount: 2,
      arn: `arn:aws:logs:us-east-1:${MGMT}:log-group:/aws/cloudtrail:*`,
      logGroupArn: `arn:aws:logs:us-east-1:${MGMT}:log-group:/aws/cloudtrail`,
    });
  });

  it('rejects a page size over 50 and conflicting name filters', async () => {
    expect((await failure(logs.send(new DescribeLogGroupsCommand({ limit: 51 })))).name).toBe('InvalidParameterException');
    expect((await failure(logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/a', logGroupNamePattern: 'b' })))).name).toBe('InvalidParameterException');
  });

  it('lists metric filters region-wide or per log group; an unknown log group is ResourceNotFoundException', async () => {
    const all = await logs.send(new DescribeMetricFiltersCommand({}));
    expect(all.metricFilters?.map((f) => `${f.logGroupName}/${f.filterName}`)).toEqual(['/app/00/c', '/aws/cloudtrail/a', '/aws/cloudtrail/b']);
    const one = await logs.send(new DescribeMetricFiltersCommand({ logGroupName: '/aws/cloudtrail', limit: 1 }));
    expect(one.metricFilters).toHaveLength(1);
    expect(one.nextToken).toBeDefined();
    expect((await failure(logs.send(new DescribeMetricFiltersCommand({ logGroupName: '/nope' })))).name).toBe('ResourceNotFoundException');
  });

  it('serves each region its own section', async () => {
    const eu = new CloudWatchLogsClient(sdkConfig(sim, 'eu-west-1'));
    expect((await eu.send(new DescribeLogGroupsCommand({}))).logGroups).toEqual([]);
  });
});
