/**
 * The demo estate's CloudWatch fragment, scanned for real, judged by the CIS 4.x monitoring rules and the
 * log group and alarm rules: each shows the fail and pass the fragment's header promises. The trails are
 * fixtures matching what the header expects of the CloudTrail fragment.
 */
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { scanWith } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import type { Asset } from '../../../../core/asset.js';
import { runRule, type Rule } from '../../../../core/rule.js';
import { rules } from '../../../../rules/aws/cloudwatch/index.js';
import { topicsCollector } from '../sns/topics.js';
import { alarmsCollector } from './alarms.js';
import { loadDemoFragments } from './demo-fragments.js';
import { logGroupsCollector } from './log-groups.js';
import { metricFiltersCollector } from './metric-filters.js';

const rule = (id: string): Rule => rules.find((r) => r.id === `aws.cloudwatch.${id}`)!;
const CIS_RULES = rules.filter((r) => r.types?.includes('AWS::::Account'));

function asset(account: string, type: string, id: string, region: string, config: Record<string, unknown>): Asset {
  return { id, provider: 'aws', account, region, type, kind: 'test', name: id.slice(id.lastIndexOf('/') + 1), tags: {}, facets: {}, config, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00.000Z' };
}

function trail(account: string, name: string): Asset {
  const arn = `arn:aws:cloudtrail:us-east-1:${account}:trail/${name}`;
  return asset(account, 'AWS::CloudTrail::Trail', arn, 'us-east-1', {
    trail: { Name: name, TrailARN: arn, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${account}:log-group:aws-cloudtrail-logs-${account}:*` },
    status: { IsLogging: true },
    eventSelectors: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] },
  });
}

async function scanAccount(account: string, trails: Asset[]) {
  const estate = await loadDemoFragments();
  const sim = await startSimulator({ estate });
  try {
    const out = await scanWith(sim, [logGroupsCollector, metricFiltersCollector, alarmsCollector, topicsCollector], { account, region: 'us-east-1' });
    const ctx = fixtureContext([...trails, ...out.assets]);
    const acct = asset(account, 'AWS::::Account', `arn:aws:::account/${account}`, 'global', { regions: ['us-east-1'] });
    const cis = Object.fromEntries(CIS_RULES.map((r) => [r.compliance[0]!.control, runRule(r, acct, ctx)]));
    // Filters and alarms share names in the demo: look up by name and type.
    const named = (n: string, type?: string) => out.assets.find((a) => a.name === n && (!type || a.type === type))!;
    return { out, ctx, cis, named };
  } finally {
    await sim.close();
  }
}

describe('demo estate: CloudWatch', () => {
  it('management monitors every CIS 4.x control but 4.10 (pre-v5 pattern) and 4.15 (actions disabled)', async () => {
    const { cis, named, ctx } = await scanAccount('111111111111', [trail('111111111111', 'org-trail')]);
    const failing = Object.entries(cis).filter(([, v]) => v.status !== 'pass').map(([k]) => k);
    expect(failing.sort()).toEqual(['4.10', '4.15']);
    expect(cis['4.10']!.reason).toContain('ModifySecurityGroupRules');
    expect(cis['4.15']!.reason).toContain('actions disabled');
    expect(runRule(rule('log-group-retention-set'), named('/aws/vpc/flow-logs-mgmt'), ctx).status).toBe('fail');
    expect(runRule(rule('log-group-retention-one-year'), named('/aws/lambda/org-account-vending'), ctx).status).toBe('fail');
    expect(runRule(rule('log-group-kms-encrypted'), named('aws-cloudtrail-logs-111111111111'), ctx).status).toBe('pass');
    expect(runRule(rule('alarm-has-action'), named('billing-estimated-charges'), ctx).status).toBe('fail');
    expect(runRule(rule('alarm-actions-enabled'), named('cis-4.15-OrganizationsChanges', 'AWS::CloudWatch::Alarm'), ctx).status).toBe('fail');
  });

  it('prod monitors only unauthorized API calls; root usage stops at a pending subscription', async () => {
    const { cis, named, ctx } = await scanAccount('222222222222', [trail('222222222222', 'prod-trail')]);
    expect(cis['4.1']!.status).toBe('pass');
    expect(cis['4.3']).toMatchObject({ status: 'fail', reason: expect.stringContaining('no confirmed subscription') });
    expect(cis['4.4']).toMatchObject({ status: 'fail', reason: expect.stringContaining('by AssumedRole') });
    expect(cis['4.14']).toMatchObject({ status: 'fail', reason: expect.stringContaining('covers VPC changes') });
    expect(runRule(rule('alarm-actions-enabled'), named('prod-db-cpu-high'), ctx).status).toBe('fail');
    expect(runRule(rule('alarm-actions-enabled'), named('prod-api-5xx'), ctx).status).toBe('pass');
    expect(runRule(rule('log-group-retention-one-year'), named('aws-cloudtrail-logs-222222222222'), ctx).status).toBe('pass');
    expect(runRule(rule('log-group-kms-encrypted'), named('aws-cloudtrail-logs-222222222222'), ctx).status).toBe('fail');
  });

  it('dev has no trail delivering to CloudWatch Logs, so every CIS 4.x control fails', async () => {
    const { cis } = await scanAccount('333333333333', []);
    expect(Object.values(cis).every((v) => v.status === 'fail' && v.reason.includes('no CloudTrail trail'))).toBe(true);
    expect(Object.keys(cis)).toHaveLength(15);
  });
});
