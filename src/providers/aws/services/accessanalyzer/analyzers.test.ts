import { describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { SimAnalyzer } from '../../../../../sim/aws/services/accessanalyzer.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import type { Asset } from '../../../../core/asset.js';
import { runRule } from '../../../../core/rule.js';
import { rule as enabled } from '../../../../rules/aws/accessanalyzer/enabled-in-region.js';
import { ANALYZER_TYPE, analyzersCollector } from './analyzers.js';

const ACCOUNT = '111111111111';
const estate = (byRegion: Record<string, SimAnalyzer[]>): Estate => ({
  accounts: [{ id: ACCOUNT, name: 'management', regions: ['us-east-1', 'eu-west-1'], global: {}, regional: Object.fromEntries(Object.entries(byRegion).map(([r, analyzers]) => [r, { 'access-analyzer': { analyzers } }])) }],
});
const region = (r: string): Asset => ({ id: `arn:aws:::account/${ACCOUNT}/region/${r}`, provider: 'aws', account: ACCOUNT, region: r, type: 'AWS::::Region', kind: 'account.region', name: r, tags: {}, facets: {}, config: {}, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00Z' });

describe('aws.accessanalyzer.analyzers collector', () => {
  it('lists every analyzer across several ListAnalyzers pages', async () => {
    const many: SimAnalyzer[] = Array.from({ length: 230 }, (_, i) => ({ name: `analyzer-${String(i).padStart(3, '0')}`, type: i % 2 ? 'ACCOUNT_UNUSED_ACCESS' : 'ACCOUNT' }));
    const sim = await startSimulator({ estate: estate({ 'us-east-1': many }) });
    try {
      const out = await scanWith(sim, [analyzersCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(230);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(230);
      // 100 per page: three pages, each read once.
      expect(sim.stats().byOperation['access-analyzer:ListAnalyzers']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('builds the asset from the summary; active external analyzer passes, unused-access only fails', async () => {
    const e = estate({
      'us-east-1': [{ name: 'external', type: 'ACCOUNT', tags: { owner: 'security' } }],
      'eu-west-1': [{ name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', configuration: { unusedAccess: { unusedAccessAge: 90 } } }],
    });
    const east = await collectFrom(e, analyzersCollector, { region: 'us-east-1' });
    const eu = await collectFrom(e, analyzersCollector, { region: 'eu-west-1' });
    expect([...east.errors, ...eu.errors]).toEqual([]);
    const a = east.assets[0]!;
    expect(a).toMatchObject({ id: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/external`, type: ANALYZER_TYPE, kind: 'security.analyzer', name: 'external', region: 'us-east-1', tags: { owner: 'security' } });
    expect(a.config.analyzer).toMatchObject({ type: 'ACCOUNT', status: 'ACTIVE' });
    expect((a.config.analyzer as { createdAt: unknown }).createdAt).toBeInstanceOf(Date);
    const ctx = fixtureContext([...east.assets, ...eu.assets]);
    expect(runRule(enabled, region('us-east-1'), ctx).status).toBe('pass');
    expect(runRule(enabled, region('eu-west-1'), ctx).status).toBe('fail');
  });

  it('a denied ListAnalyzers is incomplete coverage naming the call, and the region is unknown, not failed', async () => {
    const out = await collectFrom(estate({ 'us-east-1': [{ name: 'external' }] }), analyzersCollector, { faults: [{ effect: 'deny', service: 'access-analyzer', operation: 'ListAnalyzers' }] });
    const expected = { provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'access-analyzer', operation: 'ListAnalyzers', code: 'AccessDeniedException' };
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining(expected)]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.accessanalyzer.analyzers', ok: false, error: expect.objectContaining(expected) })]);
    const v = runRule(enabled, region('us-east-1'), fixtureContext(out.assets, { [ANALYZER_TYPE]: out.errors }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('ListAnalyzers');
  });
});
