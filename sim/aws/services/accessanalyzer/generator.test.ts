import { describe, expect, it } from 'vitest';
import { seededRng } from '../../rng.js';
import type { AccessAnalyzerSection } from '../accessanalyzer.js';
import { accessAnalyzerGenerator } from './generator.js';

const build = (seed: number, n = 3) => accessAnalyzerGenerator.build(n, { accountId: '123456789012', region: 'us-east-1', rng: seededRng(seed) }) as { section: AccessAnalyzerSection; assets: number };

describe('Access Analyzer benchmark generator', () => {
  it('is deterministic and counts the analyzers it makes', () => {
    expect(JSON.stringify(build(3))).toBe(JSON.stringify(build(3)));
    for (let i = 0; i < 50; i++) expect(build(i).assets).toBe(build(i).section.analyzers?.length);
  });

  it('leaves some regions without an active external access analyzer', () => {
    const regions = Array.from({ length: 400 }, (_, i) => build(i).section.analyzers ?? []);
    const covered = regions.filter((as) => as.some((a) => a.type === 'ACCOUNT' && a.status === 'ACTIVE')).length / regions.length;
    expect(covered).toBeGreaterThan(0.65);
    expect(covered).toBeLessThan(0.85);
    expect(regions.some((as) => as.length === 1 && as[0]!.type === 'ACCOUNT_UNUSED_ACCESS')).toBe(true);
  });

  it('makes nothing when asked for nothing', () => {
    expect(build(1, 0)).toEqual({ section: { analyzers: [] }, assets: 0 });
  });
});
