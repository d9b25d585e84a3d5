import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './enabled-in-region.js';

const ACCOUNT = '111122223333';
const region = awsAsset({ id: `arn:aws:::account/${ACCOUNT}/region/us-east-1`, type: 'AWS::::Region', kind: 'account.region', account: ACCOUNT, region: 'us-east-1' });
const analyzer = (name: string, type: AnalyzerSummary['type'], status: AnalyzerSummary['status'] = 'ACTIVE', r = 'us-east-1', account = ACCOUNT): Asset => {
  const arn = `arn:aws:access-analyzer:${r}:${account}:analyzer/${name}`;
  return awsAsset({ id: arn, type: 'AWS::AccessAnalyzer::Analyzer', kind: 'security.analyzer', account, region: r, name, config: { analyzer: { arn, name, type, status, createdAt: new Date('2024-01-01T00:00:00Z') } } });
};

describe(rule.id, () => {
  it.each<{ name: string; assets: Asset[]; expect: Status; reason: RegExp }>([
    { name: 'active account analyzer', assets: [analyzer('external', 'ACCOUNT')], expect: 'pass', reason: /external \(ACCOUNT\) is active in us-east-1/ },
    { name: 'active organization analyzer', assets: [analyzer('org', 'ORGANIZATION')], expect: 'pass', reason: /org \(ORGANIZATION\)/ },
    { name: 'one failed and one active', assets: [analyzer('broken', 'ACCOUNT', 'FAILED'), analyzer('org', 'ORGANIZATION')], expect: 'pass', reason: /org/ },
    { name: 'no analyzer at all', assets: [], expect: 'fail', reason: /^No external access analyzer in us-east-1$/ },
    { name: 'only an unused access analyzer', assets: [analyzer('unused', 'ACCOUNT_UNUSED_ACCESS')], expect: 'fail', reason: /only unused/ },
    { name: 'only an internal access analyzer', assets: [analyzer('internal', 'ORGANIZATION_INTERNAL_ACCESS')], expect: 'fail', reason: /only internal/ },
    { name: 'external analyzer that failed', assets: [analyzer('broken', 'ACCOUNT', 'FAILED')], expect: 'fail', reason: /broken is FAILED/ },
    { name: 'external analyzer still being created', assets: [analyzer('new', 'ACCOUNT', 'CREATING')], expect: 'fail', reason: /new is CREATING/ },
    { name: 'analyzer only in another region', assets: [analyzer('external', 'ACCOUNT', 'ACTIVE', 'eu-west-1')], expect: 'fail', reason: /No external access analyzer/ },
    { name: 'analyzer only in another account', assets: [analyzer('external', 'ACCOUNT', 'ACTIVE', 'us-east-1', '999999999999')], expect: 'fail', reason: /No external access analyzer/ },
  ])('$name -> $expect', ({ assets, expect: status, reason }) => {
    const v = runRule(rule, region, fixtureContext(assets));
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(reason);
  });

  it('is unknown, never pass or fail, when ListAnalyzers failed', () => {
    const v = runRule(rule, region, fixtureContext([analyzer('external', 'ACCOUNT')], { 'AWS::AccessAnalyzer::Analyzer': [deniedGap('access-analyzer', 'ListAnalyzers', 'AccessDeniedException')] }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toMatch(/ListAnalyzers AccessDeniedException/);
  });

  it('cites the status of the analyzers it judged', () => {
    expect(runRule(rule, region, fixtureContext([analyzer('external', 'ACCOUNT')])).evidence).toEqual([
      { path: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/external#config.analyzer.status`, observed: 'ACTIVE', expected: 'ACTIVE' },
    ]);
    expect(runRule(rule, region, fixtureContext([analyzer('unused', 'ACCOUNT_UNUSED_ACCESS')])).evidence[0]?.observed).toEqual(['unused: ACCOUNT_UNUSED_ACCESS']);
  });
});
